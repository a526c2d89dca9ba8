import { createContext } from 'preact';
import { useContext, useState } from 'preact/hooks';
import type { Api } from '../shared/api.js';
import type { Lang } from '../shared/problem-text.js';
import type { Messages } from './i18n.js';

export interface ReaderContext {
  api: Api;
  t: Messages;
  lang: Lang;
}

export const Ctx = createContext<ReaderContext>(null as unknown as ReaderContext);
export const useReader = (): ReaderContext => useContext(Ctx);

let sequence = 0;
export function useId(prefix: string): string {
  const [id] = useState(() => `reader-${prefix}-${++sequence}`);
  return id;
}

/** The page's `?token=` (null when absent or empty). */
export function tokenParam(): string | null {
  const token = new URLSearchParams(window.location.search).get('token');
  return token && token.trim() ? token.trim() : null;
}

/** The tab's title for this page. */
export function titled(text: string): void {
  document.title = `${text} — Le Fil numérique`;
}
