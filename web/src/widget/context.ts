import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { Api, Me } from '../shared/api.js';
import type { Messages } from './i18n.js';

export interface WidgetContext {
  api: Api;
  t: Messages;
  lang: 'fr' | 'en';
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
