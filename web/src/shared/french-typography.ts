/**
 * French typography for texts outside the widget's catalogue (the reader pages,
 * the problem texts): a narrow no-break space (U+202F) before ? ! ; and %, a
 * no-break space (U+00A0) before : and inside « », and after n° — the same rule
 * as the widget's catalogue (web/src/widget/i18n.ts).
 */
export function frenchTypography(text: string): string {
  return text
    .replace(/ ([?!;%])/g, '\u202f$1')
    .replace(/ :/g, '\u00a0:')
    .replace(/« /g, '«\u00a0')
    .replace(/ »/g, '\u00a0»')
    .replace(/n° /g, 'n°\u00a0');
}

/** A catalogue with every string (and every string a function returns) typeset. */
export function typeset<T>(value: T): T {
  if (typeof value === 'string') return frenchTypography(value) as T;
  if (typeof value === 'function') {
    const call = value as (...args: unknown[]) => unknown;
    return ((...args: unknown[]) => typeset(call(...args))) as T;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, typeset(entry)])) as T;
  }
  return value;
}
