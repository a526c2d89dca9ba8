import MarkdownItConstructor, { type MarkdownIt, type StateCore, type Token } from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * Markdown → safe HTML for reader posts and article bodies.
 *
 * Two layers, on purpose:
 *  1. markdown-it with raw HTML disabled and a link validator that only accepts
 *     http, https and mailto, so most attacks never become markup at all;
 *  2. sanitize-html with a strict allowlist as the last word, so a bug or a new
 *     feature in layer 1 cannot smuggle a dangerous tag, attribute or URL through.
 */

export interface RenderedMarkdown {
  html: string;
  /** Distinct mentioned usernames, lowercased, in order of first appearance. */
  mentions: string[];
}

export interface PostMarkdownOptions {
  /** Profile URL for a mentioned user; defaults to `/u/{username}`. Receives the username as typed. */
  mentionHref?: (username: string) => string;
}

const defaultMentionHref = (username: string): string => `/u/${encodeURIComponent(username)}`;

/** Every link we render gets this: no SEO credit for user content, no window.opener access. */
export const USER_LINK_REL = 'nofollow ugc noopener';

// ---------------------------------------------------------------------------
// Layer 1: markdown-it
// ---------------------------------------------------------------------------

interface MentionEnv {
  [key: string | symbol]: unknown;
  /** Present only when mentions should be linked (posts, not articles). */
  mentionHref?: (username: string) => string;
  mentions?: string[];
}

/** Schemes a reader may link to. Anything else, relative URLs included, stays plain text. */
const ALLOWED_LINK_PATTERN = /^(?:https?:\/\/|mailto:)/i;

/**
 * `@` followed by a username candidate. The character before the `@` must not be a word
 * character nor one of the punctuation marks that appear in e-mail local parts, so that
 * "jean.dupont@site" or "a+b@site" (when linkify did not turn them into mailto links)
 * are not mistaken for mentions.
 */
const MENTION_CANDIDATE = /(?<![\p{L}\p{N}_.+\-@])@([A-Za-z0-9_.-]+)/gu;
const USERNAME_MIN_LENGTH = 3;
const USERNAME_MAX_LENGTH = 32;

function createMarkdownIt(): MarkdownIt {
  const md = new MarkdownItConstructor('default', { html: false, linkify: true, typographer: false, breaks: true });
  // Tables are not in the sanitizer allowlist; disabling them keeps the pipes as readable text
  // instead of letting the sanitizer flatten cells into one run-on line.
  md.disable('table');

  md.validateLink = (url: string): boolean => ALLOWED_LINK_PATTERN.test(url.trim());

  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    const src = String(token.attrGet('src') ?? '');
    const alt = self.renderInlineAsText(token.children ?? [], options, env).trim();
    const label = md.utils.escapeHtml(alt === '' ? src : alt);
    // No <img>: third-party images leak readers' IPs and invite tracking pixels and
    // shock content. A link lets the reader decide. Inside a link we only keep the text,
    // because nested anchors are invalid HTML.
    if (isInsideLink(tokens, idx)) return label;
    return `<a href="${md.utils.escapeHtml(src)}">${label}</a>`;
  };

  md.core.ruler.push('tribune_mentions', linkMentions);
  return md;
}

function isInsideLink(tokens: readonly Token[], idx: number): boolean {
  let depth = 0;
  for (let i = 0; i < idx; i++) {
    if (tokens[i]!.type === 'link_open') depth++;
    else if (tokens[i]!.type === 'link_close') depth--;
  }
  return depth > 0;
}

/**
 * Core rule run after text_join, so each run of plain text is a single `text` token.
 * Working on tokens (instead of regex-replacing the source) means code spans and code
 * blocks are skipped for free (they are `code_inline` / `fence` tokens, not `text`),
 * and existing links (including linkified e-mail addresses) are skipped explicitly.
 */
function linkMentions(state: StateCore): void {
  const env = state.env as MentionEnv;
  const mentionHref = env.mentionHref;
  if (mentionHref === undefined) return;
  const mentions = (env.mentions ??= []);

  for (const blockToken of state.tokens) {
    if (blockToken.type !== 'inline' || blockToken.children === null) continue;
    const rewritten: Token[] = [];
    let linkDepth = 0;
    for (const token of blockToken.children) {
      if (token.type === 'link_open') linkDepth++;
      else if (token.type === 'link_close') linkDepth--;
      if (token.type === 'text' && linkDepth === 0) {
        rewritten.push(...splitMentions(token, state, mentionHref, mentions));
      } else {
        rewritten.push(token);
      }
    }
    blockToken.children = rewritten;
  }
}

function splitMentions(
  textToken: Token,
  state: StateCore,
  mentionHref: (username: string) => string,
  mentions: string[],
): Token[] {
  const content = textToken.content;
  const pieces: Token[] = [];
  let consumed = 0;

  const pushText = (text: string): void => {
    if (text === '') return;
    const token = new state.Token('text', '', 0);
    token.content = text;
    token.level = textToken.level;
    pieces.push(token);
  };

  for (const match of content.matchAll(MENTION_CANDIDATE)) {
    // Trailing dots and hyphens are sentence punctuation ("merci @bob."), not part of the name.
    const username = match[1]!.replace(/[.-]+$/, '');
    const end = match.index + 1 + username.length;
    if (username.length < USERNAME_MIN_LENGTH || username.length > USERNAME_MAX_LENGTH) continue;
    // "@bob@instance" is a fediverse handle or an address, not a mention of "bob".
    if (content[end] === '@') continue;

    pushText(content.slice(consumed, match.index));

    const open = new state.Token('link_open', 'a', 1);
    open.attrs = [
      ['href', mentionHref(username)],
      ['class', 'mention'],
    ];
    open.level = textToken.level;
    const label = new state.Token('text', '', 0);
    label.content = `@${username}`;
    label.level = textToken.level + 1;
    const close = new state.Token('link_close', 'a', -1);
    close.level = textToken.level;
    pieces.push(open, label, close);

    const normalized = username.toLowerCase();
    if (!mentions.includes(normalized)) mentions.push(normalized);
    consumed = end;
  }

  if (consumed === 0) return [textToken];
  pushText(content.slice(consumed));
  return pieces;
}

const markdown = createMarkdownIt();

// ---------------------------------------------------------------------------
// Layer 2: sanitize-html
// ---------------------------------------------------------------------------

const COMMON_TAGS = ['p', 'br', 'strong', 'em', 'del', 's', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'hr'];

function sanitizerOptions(headingTags: string[], demoteHeadingsTo: Record<string, string>): sanitizeHtml.IOptions {
  const transformTags: Record<string, sanitizeHtml.Transformer> = {
    a: (_tagName, attribs) => {
      const { target: _dropped, ...kept } = attribs;
      return { tagName: 'a', attribs: { ...kept, rel: USER_LINK_REL } };
    },
  };
  for (const [from, to] of Object.entries(demoteHeadingsTo)) transformTags[from] = sanitizeHtml.simpleTransform(to, {});

  return {
    allowedTags: [...COMMON_TAGS, ...headingTags],
    allowedAttributes: {
      a: ['href', 'title', 'rel', 'class'],
      code: ['class'],
      ol: ['start'],
    },
    allowedClasses: {
      a: ['mention'],
      code: [/^language-[\w+#-]{1,32}$/],
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: {},
    allowedSchemesAppliedToAttributes: ['href'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    allowVulnerableTags: false,
    transformTags,
  };
}

// Posts sit under the article: their headings must not outrank the article's own h1/h2.
const POST_SANITIZER = sanitizerOptions(['h3', 'h4', 'h5', 'h6'], { h1: 'h3', h2: 'h3' });
// The article title is the page's h1, so body headings start at h2.
const ARTICLE_SANITIZER = sanitizerOptions(['h2', 'h3', 'h4', 'h5', 'h6'], { h1: 'h2' });

export function renderPostMarkdown(source: string, opts: PostMarkdownOptions = {}): RenderedMarkdown {
  const env: MentionEnv = { mentionHref: opts.mentionHref ?? defaultMentionHref, mentions: [] };
  const unsafeHtml = markdown.render(source, env);
  return { html: sanitizeHtml(unsafeHtml, POST_SANITIZER), mentions: env.mentions ?? [] };
}

export function renderArticleMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source, {}), ARTICLE_SANITIZER);
}
