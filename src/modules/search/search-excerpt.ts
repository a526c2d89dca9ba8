/**
 * ts_headline marks matches with these control characters instead of HTML:
 * the excerpt is escaped in full afterwards, then the markers (stripped from
 * the source text beforehand, so a post cannot forge them) become <mark>.
 * Whatever a post contains, the only markup in an excerpt is <mark>.
 */
export const HIGHLIGHT_START = '\u0001';
export const HIGHLIGHT_STOP = '\u0002';

/**
 * What `tribune_search_text()` (migration BoundedSearchParsing) puts in the text
 * it hands the parser: `<` becomes PARSER_LT, PARSER_BREAK cuts long runs. The
 * excerpt maps them back (PARSER_LT to `<`, PARSER_BREAK removed); a post's own
 * copies are stripped beforehand, like the highlight markers.
 */
export const PARSER_LT = '\u0003';
export const PARSER_BREAK = '\u0004';

/** The ts_headline options: fragments around matches, joined by an ellipsis. */
export const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "`;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

/** Turns a ts_headline result into safe HTML whose only tags are balanced <mark>s. */
export function toExcerptHtml(headline: string): string {
  let open = false;
  let html = '';
  for (const part of headline.split(/([\u0001\u0002])/)) {
    if (part === HIGHLIGHT_START) {
      if (!open) html += '<mark>';
      open = true;
    } else if (part === HIGHLIGHT_STOP) {
      if (open) html += '</mark>';
      open = false;
    } else {
      html += escapeHtml(part);
    }
  }
  return (open ? html + '</mark>' : html).replace(/\s+/g, ' ').trim();
}
