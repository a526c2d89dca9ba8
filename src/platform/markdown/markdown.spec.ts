import { xssPayloads } from '../../../test/fixtures/xss-payloads.js';
import { renderArticleMarkdown, renderPostMarkdown, USER_LINK_REL } from './markdown.js';

/**
 * The sanitizer emits well-formed HTML: every literal "<" starts a real tag, attribute
 * values are double-quoted with '"' escaped. So a small regex scanner is enough to
 * inspect the tags and attributes actually present in the output.
 */
interface ParsedTag {
  name: string;
  attributes: Record<string, string>;
}

function parseTags(html: string): ParsedTag[] {
  return [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g)].map(([, name, rest]) => {
    const attributes: Record<string, string> = {};
    for (const [, attrName, value] of rest!.matchAll(/\s([^\s=/>]+)(?:="([^"]*)")?/g)) {
      attributes[attrName!.toLowerCase()] = value ?? '';
    }
    return { name: name!.toLowerCase(), attributes };
  });
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  colon: ':',
  tab: '\t',
  newline: '\n',
  nbsp: '\u00A0',
};

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (entity, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X')) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}

/** What a browser would effectively see as the URL scheme. */
function effectiveUrl(value: string): string {
  return decodeEntities(value)
    .trim()
    .toLowerCase()
    .replace(/[\s\u0000-\u001f\u007f-\u009f\u200b]/g, '');
}

const DANGEROUS_SCHEME = /^(?:javascript|data|vbscript|livescript|file):/;
const FORBIDDEN_TAGS =
  /<\s*\/?\s*(?:script|iframe|object|embed|svg|math|style|img|base|meta|link|form|input|button|frame|frameset|applet|template|noscript|textarea|video|audio|source)\b/i;
const POST_ALLOWED_TAGS = new Set([
  'p',
  'br',
  'strong',
  'em',
  'del',
  's',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
]);
const ARTICLE_ALLOWED_TAGS = new Set([...POST_ALLOWED_TAGS, 'h2']);

function expectSafe(html: string, allowedTags: Set<string>): void {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(FORBIDDEN_TAGS);
  for (const tag of parseTags(html)) {
    expect(allowedTags).toContain(tag.name);
    for (const [name, value] of Object.entries(tag.attributes)) {
      expect(name).not.toMatch(/^on/);
      expect(['href', 'title', 'rel', 'class', 'start']).toContain(name);
      if (name === 'href' || name === 'src') {
        const url = effectiveUrl(value);
        expect(url).not.toMatch(DANGEROUS_SCHEME);
        expect(url).not.toMatch(/^[/\\]{2}/);
      }
    }
    if (tag.name === 'a' && !('target' in tag.attributes) && Object.keys(tag.attributes).length > 0) {
      expect(tag.attributes['rel']).toBe(USER_LINK_REL);
    }
    expect(tag.attributes).not.toHaveProperty('target');
    expect(tag.attributes).not.toHaveProperty('style');
  }
  // No event-handler attribute anywhere inside a tag. Quoted values are blanked first:
  // a title such as `t" onclick="x` is inert text once its quotes are escaped.
  for (const [tagSource] of html.matchAll(/<[^>]*>/g)) {
    expect(tagSource.replace(/"[^"]*"/g, '""')).not.toMatch(/\son\w+\s*=/i);
  }
}

describe('XSS payloads', () => {
  it.each([
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    '<a href=" &#106;avascript:alert(1)">x</a>',
    '<a href="DATA:text/html,x">x</a>',
    '<a href="//evil.example">x</a>',
    '<p onclick="alert(1)">x</p>',
    '<img src="x">',
    '<a href="https://ok.example" target="_blank" rel="nofollow ugc noopener">x</a>',
  ])('the safety check itself rejects %j', (unsafeHtml) => {
    expect(() => expectSafe(unsafeHtml, POST_ALLOWED_TAGS)).toThrow();
  });

  it('the fixture is substantial', () => {
    expect(xssPayloads.length).toBeGreaterThanOrEqual(110);
    expect(new Set(xssPayloads).size).toBe(xssPayloads.length);
  });

  it.each(xssPayloads.map((payload) => [payload]))('post stays safe: %j', (payload) => {
    expectSafe(renderPostMarkdown(payload).html, POST_ALLOWED_TAGS);
  });

  it.each(xssPayloads.map((payload) => [payload]))('article stays safe: %j', (payload) => {
    expectSafe(renderArticleMarkdown(payload), ARTICLE_ALLOWED_TAGS);
  });

  it('a hostile mentionHref is still sanitized', () => {
    const { html } = renderPostMarkdown('hi @bob', { mentionHref: () => 'javascript:alert(1)' });
    expectSafe(html, POST_ALLOWED_TAGS);
    expect(html).not.toContain('javascript');
  });

  it('all payloads at once stay safe', () => {
    expectSafe(renderPostMarkdown(xssPayloads.join('\n\n')).html, POST_ALLOWED_TAGS);
  });
});

describe('renderPostMarkdown', () => {
  it('renders emphasis', () => {
    expect(renderPostMarkdown('**gras** et *italique* et ~~barré~~').html).toBe(
      '<p><strong>gras</strong> et <em>italique</em> et <s>barré</s></p>\n',
    );
  });

  it('renders lists and quotes', () => {
    expect(renderPostMarkdown('- un\n- deux').html).toBe('<ul>\n<li>un</li>\n<li>deux</li>\n</ul>\n');
    expect(renderPostMarkdown('3. trois\n4. quatre').html).toContain('<ol start="3">');
    expect(renderPostMarkdown('> cité').html).toBe('<blockquote>\n<p>cité</p>\n</blockquote>\n');
  });

  it('turns single line breaks into <br>', () => {
    expect(renderPostMarkdown('ligne 1\nligne 2').html).toBe('<p>ligne 1<br />\nligne 2</p>\n');
  });

  it('keeps code content escaped, with the language class', () => {
    const { html } = renderPostMarkdown('```js\nif (a < b && c) { alert("<b>") }\n```');
    expect(html).toBe(
      '<pre><code class="language-js">if (a &lt; b &amp;&amp; c) { alert("&lt;b&gt;") }\n</code></pre>\n',
    );
    expect(renderPostMarkdown('`<b>x</b>`').html).toBe('<p><code>&lt;b&gt;x&lt;/b&gt;</code></p>\n');
  });

  it('escapes raw HTML instead of rendering it', () => {
    expect(renderPostMarkdown('<b>gras</b>').html).toBe('<p>&lt;b&gt;gras&lt;/b&gt;</p>\n');
  });

  it('adds rel to links and drops target', () => {
    const { html } = renderPostMarkdown('[Le Monde](https://www.lemonde.fr "titre") et https://example.org/a?b=1&c=2');
    expect(html).toBe(
      `<p><a href="https://www.lemonde.fr" title="titre" rel="${USER_LINK_REL}">Le Monde</a> et ` +
        `<a href="https://example.org/a?b=1&amp;c=2" rel="${USER_LINK_REL}">https://example.org/a?b=1&amp;c=2</a></p>\n`,
    );
  });

  it('links e-mail addresses with mailto', () => {
    expect(renderPostMarkdown('écrivez à redaction@tribune.fr').html).toBe(
      `<p>écrivez à <a href="mailto:redaction@tribune.fr" rel="${USER_LINK_REL}">redaction@tribune.fr</a></p>\n`,
    );
  });

  it('leaves links to other schemes and relative URLs as plain text', () => {
    expect(renderPostMarkdown('[x](javascript:alert(1))').html).toBe('<p>[x](javascript:alert(1))</p>\n');
    expect(renderPostMarkdown('[x](/admin)').html).toBe('<p>[x](/admin)</p>\n');
    expect(renderPostMarkdown('[x](//evil.example)').html).toBe('<p>[x](//evil.example)</p>\n');
  });

  it('renders images as links, never as <img>', () => {
    expect(renderPostMarkdown('![une photo](https://img.example/a.png)').html).toBe(
      `<p><a href="https://img.example/a.png" rel="${USER_LINK_REL}">une photo</a></p>\n`,
    );
    expect(renderPostMarkdown('![](https://img.example/a.png)').html).toBe(
      `<p><a href="https://img.example/a.png" rel="${USER_LINK_REL}">https://img.example/a.png</a></p>\n`,
    );
    expect(renderPostMarkdown('[![photo](https://img.example/a.png)](https://site.example)').html).toBe(
      `<p><a href="https://site.example" rel="${USER_LINK_REL}">photo</a></p>\n`,
    );
  });

  it('demotes h1/h2 to h3 so posts never outrank the article', () => {
    expect(renderPostMarkdown('# Un\n## Deux\n#### Quatre').html).toBe('<h3>Un</h3>\n<h3>Deux</h3>\n<h4>Quatre</h4>\n');
  });

  it('links mentions and lists them lowercased, distinct, in order', () => {
    const { html, mentions } = renderPostMarkdown('Merci @Marie_L et @jean.dupont, comme disait @marie_l.');
    expect(html).toBe(
      '<p>Merci ' +
        `<a href="/u/Marie_L" class="mention" rel="${USER_LINK_REL}">@Marie_L</a> et ` +
        `<a href="/u/jean.dupont" class="mention" rel="${USER_LINK_REL}">@jean.dupont</a>, comme disait ` +
        `<a href="/u/marie_l" class="mention" rel="${USER_LINK_REL}">@marie_l</a>.</p>\n`,
    );
    expect(mentions).toEqual(['marie_l', 'jean.dupont']);
  });

  it('uses the provided mentionHref', () => {
    const { html } = renderPostMarkdown('@bob', { mentionHref: (username) => `https://tribune.example/u/${username}` });
    expect(html).toBe(
      `<p><a href="https://tribune.example/u/bob" class="mention" rel="${USER_LINK_REL}">@bob</a></p>\n`,
    );
  });

  it('links mentions at the start, after punctuation and inside emphasis', () => {
    expect(renderPostMarkdown('@alice (@bob) **@carol**').mentions).toEqual(['alice', 'bob', 'carol']);
  });

  it('does not link mentions inside code spans or code blocks', () => {
    const { html, mentions } = renderPostMarkdown('`@bob` et\n\n```\n@alice\n```\n\n    @carol');
    expect(mentions).toEqual([]);
    expect(html).not.toContain('class="mention"');
    expect(html).toContain('<code>@bob</code>');
  });

  it('does not treat e-mail addresses as mentions', () => {
    const { html, mentions } = renderPostMarkdown('bob@example.com, jean.dupont@localhost, a+b@host, x@bob');
    expect(mentions).toEqual([]);
    expect(html).not.toContain('class="mention"');
  });

  it('does not link mentions inside links', () => {
    expect(renderPostMarkdown('[voir @bob](https://example.org)').mentions).toEqual([]);
  });

  it('enforces the username length limits', () => {
    expect(renderPostMarkdown('@ab').mentions).toEqual([]);
    expect(renderPostMarkdown('@abc').mentions).toEqual(['abc']);
    expect(renderPostMarkdown(`@${'a'.repeat(32)}`).mentions).toEqual(['a'.repeat(32)]);
    expect(renderPostMarkdown(`@${'a'.repeat(33)}`).mentions).toEqual([]);
  });

  it('ignores fediverse-style handles', () => {
    expect(renderPostMarkdown('@bob@instance').mentions).toEqual([]);
  });
});

describe('renderArticleMarkdown', () => {
  it('allows h2 to h6 and demotes h1 to h2', () => {
    expect(renderArticleMarkdown('# Un\n## Deux\n###### Six')).toBe('<h2>Un</h2>\n<h2>Deux</h2>\n<h6>Six</h6>\n');
  });

  it('does not link mentions', () => {
    expect(renderArticleMarkdown('Selon @bob')).toBe('<p>Selon @bob</p>\n');
  });

  it('adds rel to links', () => {
    expect(renderArticleMarkdown('[source](https://insee.fr)')).toBe(
      `<p><a href="https://insee.fr" rel="${USER_LINK_REL}">source</a></p>\n`,
    );
  });
});
