/**
 * The one HTTP client of every page and of the widget: JSON in and out,
 * problem+json errors as ApiError, the access token kept in memory only and
 * the refresh token in localStorage (rotated on every use, so a single
 * refresh is in flight at a time). `api.client` is the same client typed from
 * the OpenAPI document (openapi-fetch over the generated api-types.ts).
 */
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './api-types.js';

export interface FieldError {
  field: string;
  message: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  /** Stable catalogue key (`auth.reset_invalid`): pages word their message from it. */
  code?: string;
  errors?: FieldError[];
  /** `auth.account_suspended`: until when (ISO 8601) and why. */
  suspendedUntil?: string | null;
  reason?: string | null;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
  }

  /** The message of one field, when the server named it. */
  fieldMessage(field: string): string | undefined {
    return this.problem.errors?.find((error) => error.field === field || error.field.startsWith(`${field}.`))?.message;
  }
}

export interface Me {
  id: string;
  username: string;
  email?: string | null;
  displayName: string | null;
  role: 'reader' | 'editor' | 'moderator' | 'admin';
  status: 'active' | 'suspended' | 'banned';
  suspendedUntil?: string | null;
  suspensionReason?: string | null;
  emailVerified?: boolean;
}

interface TokenPair {
  user: Me;
  accessToken: string;
  refreshToken: string;
}

export const REFRESH_TOKEN_KEY = 'tribune.refreshToken';

type Listener = (user: Me | null) => void;

/** Why a session ended without the reader signing out (shown by the widget, never dropped silently). */
export type SessionEnd = ApiError;

function readStorage(): string | null {
  try {
    return localStorage.getItem(REFRESH_TOKEN_KEY);
  } catch {
    return null;
  }
}

function writeStorage(value: string | null): void {
  try {
    if (value) localStorage.setItem(REFRESH_TOKEN_KEY, value);
    else localStorage.removeItem(REFRESH_TOKEN_KEY);
  } catch {
    // Storage refused (private mode, sandboxed frame): the session lasts as long as the page.
  }
}

export class Api {
  private accessToken: string | null = null;
  private refreshing: Promise<boolean> | null = null;
  private listeners = new Set<Listener>();
  user: Me | null = null;
  /** The refusal that ended the last session (refresh refused), until the next sign-in. */
  sessionEnd: SessionEnd | null = null;
  /**
   * Typed calls: paths, parameters, bodies and answers come from the OpenAPI
   * document. `await api.ok(api.client.GET('/api/threads/{id}', { params: { path: { id } } }))`.
   */
  readonly client: Client<paths>;

  constructor(
    readonly base: string,
    readonly language: string,
  ) {
    this.client = createClient<paths>({ baseUrl: base, fetch: (request) => this.authorizedFetch(request) });
  }

  /** What `client` sends: the caller's language and token; on a 401, one refresh and one retry. */
  private async authorizedFetch(request: Request): Promise<Response> {
    const send = (original: Request) => {
      const headers = new Headers(original.headers);
      headers.set('Accept-Language', this.language);
      if (this.accessToken) headers.set('Authorization', `Bearer ${this.accessToken}`);
      return fetch(new Request(original, { headers }));
    };
    const retry = request.clone();
    let response = await send(request);
    if (response.status === 401 && readStorage() && (await this.refresh())) response = await send(retry);
    if (response.status === 403) {
      const problem = (await response
        .clone()
        .json()
        .catch(() => null)) as Problem | null; // a 403 without a JSON body tells nothing about the account
      if (problem) this.noticeSanction(problem);
    }
    return response;
  }

  /**
   * A write refused because the account was suspended or banned while this page
   * was open: the user (and every listener) learns it at once, with until when and why.
   */
  private noticeSanction(problem: Problem): void {
    if (!this.user) return;
    if (problem.code === 'auth.account_suspended') {
      this.setUser({
        ...this.user,
        status: 'suspended',
        suspendedUntil: problem.suspendedUntil ?? this.user.suspendedUntil ?? null,
        suspensionReason: problem.reason ?? this.user.suspensionReason ?? null,
      });
    } else if (problem.code === 'auth.account_banned') {
      this.setUser({ ...this.user, status: 'banned' });
    }
  }

  /** Re-reads my account (status, suspension) without waiting for a refused write. */
  async recheck(): Promise<void> {
    if (!this.user) return;
    try {
      const me = await this.get<Me>('/api/me');
      if (this.user && (me.status !== this.user.status || me.suspendedUntil !== this.user.suspendedUntil)) {
        this.setUser(me);
      }
    } catch {
      // Offline or a refused refresh: refresh() already recorded why the session ended.
    }
  }

  /** The answer of a typed call, or its problem as an ApiError (status 0: the network failed). */
  async ok<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
    let result: { data?: T; error?: unknown; response: Response };
    try {
      result = await call;
    } catch {
      throw new ApiError(0, { status: 0, detail: this.language === 'en' ? 'Network error' : 'Erreur réseau' });
    }
    if (!result.response.ok) {
      const problem = result.error && typeof result.error === 'object' ? (result.error as Problem) : undefined;
      throw new ApiError(result.response.status, { ...problem, status: result.response.status });
    }
    return result.data as T;
  }

  onUser(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private setUser(user: Me | null): void {
    this.user = user;
    for (const listener of this.listeners) listener(user);
  }

  private adopt(pair: TokenPair): Me {
    this.sessionEnd = null;
    this.accessToken = pair.accessToken;
    writeStorage(pair.refreshToken);
    this.setUser(pair.user);
    return pair.user;
  }

  /** Signs back in from the stored refresh token, if any. */
  async restore(): Promise<Me | null> {
    if (this.user) return this.user;
    if (!readStorage()) return null;
    if (!(await this.refresh())) return null;
    try {
      this.setUser(await this.get<Me>('/api/me'));
    } catch {
      this.setUser(null);
    }
    return this.user;
  }

  private refresh(): Promise<boolean> {
    this.refreshing ??= (async () => {
      const refreshToken = readStorage();
      if (!refreshToken) return false;
      try {
        const pair = await this.send<TokenPair>('POST', '/api/auth/refresh', { refreshToken }, false);
        this.accessToken = pair.accessToken;
        writeStorage(pair.refreshToken);
        if (pair.user) this.user = pair.user;
        return true;
      } catch (error) {
        // 401: the session ended (signed out elsewhere, password reset, theft); 403: the account was banned.
        if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
          writeStorage(null);
          this.accessToken = null;
          this.sessionEnd = error;
          this.setUser(null);
        }
        return false;
      }
    })().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  async login(login: string, password: string, otp?: string): Promise<Me> {
    const body = otp ? { login, password, otp } : { login, password };
    return this.adopt(await this.send<TokenPair>('POST', '/api/auth/login', body, false));
  }

  async register(fields: { username: string; email: string; password: string; displayName?: string }): Promise<Me> {
    return this.adopt(await this.send<TokenPair>('POST', '/api/auth/register', fields, false));
  }

  /** Always the same answer, whether or not an account has this address (no enumeration). */
  async forgotPassword(email: string): Promise<void> {
    await this.send('POST', '/api/auth/password/forgot', { email }, false);
  }

  async logout(): Promise<void> {
    const refreshToken = readStorage();
    writeStorage(null);
    this.accessToken = null;
    this.setUser(null);
    if (refreshToken) await this.send('POST', '/api/auth/logout', { refreshToken }, false).catch(() => undefined);
  }

  get<T>(path: string): Promise<T> {
    return this.request<T>('GET', path);
  }

  /** An authenticated request, refreshing the access token once when it expired. */
  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    try {
      return await this.send<T>(method, path, body, true);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401 && readStorage() && (await this.refresh())) {
        return this.send<T>(method, path, body, true);
      }
      if (error instanceof ApiError && error.status === 403) this.noticeSanction(error.problem);
      throw error;
    }
  }

  private async send<T>(method: string, path: string, body: unknown, withAuth: boolean): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': this.language };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (withAuth && this.accessToken) headers.Authorization = `Bearer ${this.accessToken}`;
    let response: Response;
    try {
      response = await fetch(this.base + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new ApiError(0, { status: 0, detail: this.language === 'en' ? 'Network error' : 'Erreur réseau' });
    }
    const text = await response.text();
    let payload: unknown = null;
    if (text) {
      try {
        payload = JSON.parse(text);
      } catch {
        payload = null;
      }
    }
    if (!response.ok) {
      const problem: Problem =
        payload && typeof payload === 'object' ? (payload as Problem) : { status: response.status };
      throw new ApiError(response.status, { ...problem, status: response.status });
    }
    return payload as T;
  }
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The page language: English when the browser prefers it, French otherwise. */
export function preferredLanguage(): 'fr' | 'en' {
  const languages = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const language of languages) {
    const code = (language ?? '').toLowerCase();
    if (code.startsWith('fr')) return 'fr';
    if (code.startsWith('en')) return 'en';
  }
  return 'fr';
}

export function formatDate(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleString(language === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'medium', timeStyle: 'short' });
}
