import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { Api, Me } from '../shared/api.js';
import type { Messages } from './i18n.js';

export interface WidgetContext {
  api: Api;
  t: Messages;
  lang: 'fr' | 'en';
  /** The widget's shadow root: ids are looked up here (document.getElementById does not see inside it). */
  root: ShadowRoot;
  /** The page's `[data-tribune-article]` element holding the shadow root. */
  host: HTMLElement;
}

export const Ctx = createContext<WidgetContext>(null as unknown as WidgetContext);

export const useWidget = (): WidgetContext => useContext(Ctx);

/** The signed-in user, re-rendering on sign in and out. */
export function useUser(): Me | null {
  const { api } = useWidget();
  const [user, setUser] = useState<Me | null>(api.user);
  useEffect(() => api.onUser(setUser), [api]);
  return user;
}

let sequence = 0;
/** A document-unique id for label/aria wiring (several widgets may share a page). */
export function useId(prefix: string): string {
  const [id] = useState(() => `tribune-${prefix}-${++sequence}`);
  return id;
}

/** Dispatched on the widget's root when the thread's stream says a poll changed (`detail`: its id). */
export const POLL_UPDATED_EVENT = 'tribune:poll-updated';

/** The DOM id of post n° `number` inside the widget. */
export const postAnchor = (number: number): string => `tribune-post-${number}`;

/**
 * Scrolls to post n° `number` and moves the focus there. In-page `#fragment`
 * links do not reach into a shadow root, so the widget's own links call this.
 * Returns false when that post is not on screen (not loaded yet).
 */
export function focusPost(root: ShadowRoot, number: number): boolean {
  const element = root.getElementById(postAnchor(number));
  if (!element) return false;
  element.scrollIntoView({ block: 'center' });
  element.focus({ preventScroll: true });
  return true;
}
