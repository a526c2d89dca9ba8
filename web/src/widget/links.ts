import { focusPost } from './context.js';

/** Asked of the thread when a post to show is not on screen yet: it loads it, then focuses it. */
export const SHOW_POST_EVENT = 'tribune:show-post';

export interface PostRef {
  id: string;
  number: number;
}

/** Focuses post n° `number` of this widget's thread, asking the thread to load it first if needed. */
export function showPost(root: ShadowRoot, post: PostRef): void {
  if (focusPost(root, post.number)) return;
  root.dispatchEvent(new CustomEvent<PostRef>(SHOW_POST_EVENT, { detail: post }));
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** A date in the reader's time zone, in words: « 30 novembre 2026 à 11:05 » (one formatter per language: building one is slow). */
export function formatWhen(iso: string | null | undefined, lang: 'fr' | 'en'): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'long', timeStyle: 'short' });
    formats.set(lang, format);
  }
  return format.format(date);
}

/**
 * A post's HTML with its @mention links (`/u/<username>`, relative, as the server
 * renders them) pointing at this Tribune's profile pages: on a news site that embeds
 * the widget, a relative link would lead to the news site's own /u/… instead.
 */
export function withAbsoluteMentions(html: string, base: string): string {
  return base ? html.replaceAll('href="/u/', `href="${base}/u/`) : html;
}
