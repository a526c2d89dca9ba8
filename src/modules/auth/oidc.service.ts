import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import * as oidc from 'openid-client';
import { DataSource, type EntityManager } from 'typeorm';
import { ProblemError, badRequest, notFound, unauthorized } from '../../common/errors/problem.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { sqlRows } from '../../database/sql.js';
import { UsersService } from '../users/users.service.js';
import { AuthService, type Session } from './auth.service.js';
import { IdentitiesService } from './identities.service.js';
import { Sealer, sealingSecret } from './sealing.js';

/** The login attempt kept in a sealed cookie between /login and /callback. */
interface PendingLogin {
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string;
  expiresAt: number;
}

/** What the widget's page receives in the URL fragment, traded once by POST /api/auth/oidc/exchange. */
interface ExchangeCode {
  userId: string;
  id: string;
  expiresAt: number;
}

export const OIDC_COOKIE = 'tribune_oidc';
export const OIDC_COOKIE_PATH = '/api/auth/oidc';
const LOGIN_TTL_MS = 10 * 60_000;
const EXCHANGE_TTL_MS = 60_000;
/** Single use of exchange codes rides on the SSO token-use table (primary key), under its own issuer. */
const EXCHANGE_ISSUER = 'tribune:oidc-exchange';

/**
 * OpenID Connect login with openid-client: authorization code flow with PKCE
 * (S256), `state` and `nonce`, all three random per attempt and kept in an
 * encrypted, HttpOnly, 10-minute cookie bound to the browser that started.
 * The callback links the account by (iss, sub) like SSO and sends the browser
 * back to the page it came from with a one-time, 60-second code in the URL
 * fragment; the page trades it for tokens with a POST. Tokens never travel in
 * a URL or a page.
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger('OidcService');
  private configuration: Promise<oidc.Configuration> | null = null;
  private readonly cookieSealer: Sealer;
  private readonly codeSealer: Sealer;

  constructor(
    private readonly dataSource: DataSource,
    private readonly identities: IdentitiesService,
    private readonly auth: AuthService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.cookieSealer = new Sealer(sealingSecret(config), 'oidc-login-cookie');
    this.codeSealer = new Sealer(sealingSecret(config), 'oidc-exchange-code');
  }

  get enabled(): boolean {
    return !!(this.config.OIDC_ISSUER_URL && this.config.OIDC_CLIENT_ID && this.config.OIDC_CLIENT_SECRET);
  }

  get callbackUrl(): string {
    return new URL('/api/auth/oidc/callback', this.config.PUBLIC_URL).toString();
  }

  /** Where to send the browser, and the sealed cookie that must come back with it. */
  async start(returnTo: string | undefined): Promise<{ location: string; cookie: string }> {
    const configuration = await this.discover();
    const pending: PendingLogin = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      verifier: oidc.randomPKCECodeVerifier(),
      returnTo: this.checkReturnTo(returnTo),
      expiresAt: Date.now() + LOGIN_TTL_MS,
    };
    const location = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.callbackUrl,
      scope: this.config.OIDC_SCOPES,
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { location: location.href, cookie: this.cookieSealer.seal(JSON.stringify(pending)) };
  }

  /** The login attempt of this browser, or null when the cookie is absent, forged or stale. */
  readPending(cookie: string | undefined): PendingLogin | null {
    const opened = cookie ? this.cookieSealer.open(cookie) : null;
    if (!opened) return null;
    const pending = JSON.parse(opened) as PendingLogin;
    return pending.expiresAt > Date.now() ? pending : null;
  }

  /**
   * Checks the provider's answer (state, PKCE, nonce, ID token) and links the
   * account; returns the page to send the browser back to, with its code.
   */
  async finish(pending: PendingLogin, currentUrl: URL): Promise<string> {
    const configuration = await this.discover();
    const tokens = await oidc.authorizationCodeGrant(configuration, currentUrl, {
      pkceCodeVerifier: pending.verifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims()!;
    const info = await oidc.fetchUserInfo(configuration, tokens.access_token, claims.sub);
    const email = typeof info.email === 'string' ? info.email.toLowerCase() : null;
    const user = await this.identities.signIn({
      issuer: claims.iss,
      subject: claims.sub,
      email: email && /^[^\s@]+@[^\s@]+$/.test(email) && email.length <= 254 ? email : null,
      emailVerified: info.email_verified === true,
      name: typeof info.name === 'string' ? info.name.replace(/\s+/g, ' ').trim().slice(0, 64) || null : null,
    });
    this.auth.ensureMayLogIn(user);
    const code: ExchangeCode = { userId: user.id, id: randomUUID(), expiresAt: Date.now() + EXCHANGE_TTL_MS };
    return withFragment(pending.returnTo, { tribune_code: this.codeSealer.seal(JSON.stringify(code)) });
  }

  /** The same page with the reason in the fragment, for a refused or failed login. */
  failureRedirect(pending: PendingLogin, reason: string): string {
    return withFragment(pending.returnTo, { tribune_error: reason });
  }

  /** Trades a code from the callback for a session, once. */
  async exchange(sealed: string): Promise<Session> {
    if (!this.enabled) throw notFound('auth.oidc_disabled');
    const opened = this.codeSealer.open(sealed);
    const code = opened ? (JSON.parse(opened) as ExchangeCode) : null;
    if (!code || code.expiresAt <= Date.now()) throw unauthorized('auth.oidc_code_invalid');
    const used = await this.dataSource.transaction((manager) => this.consume(manager, code));
    if (!used) throw unauthorized('auth.oidc_code_invalid');
    const user = await this.users.findById(code.userId);
    if (!user || user.anonymizedAt) throw unauthorized('auth.oidc_code_invalid');
    this.auth.ensureMayLogIn(user);
    return this.auth.startSession(user);
  }

  private async consume(manager: EntityManager, code: ExchangeCode): Promise<boolean> {
    const inserted = await sqlRows(
      manager,
      `INSERT INTO sso_token_uses (issuer, jti, expires_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING jti`,
      [EXCHANGE_ISSUER, code.id, new Date(code.expiresAt)],
    );
    return inserted.length > 0;
  }

  /** A page of this site or of a site in CORS_ORIGINS; anything else could harvest the code. */
  private checkReturnTo(returnTo: string | undefined): string {
    const fallback = new URL('/', this.config.PUBLIC_URL).toString();
    if (returnTo === undefined || returnTo === '') return fallback;
    let url: URL;
    try {
      url = new URL(returnTo);
    } catch {
      throw badRequest('validation.failed', {}, [{ field: 'returnTo', code: 'auth.oidc_return_to' }]);
    }
    const allowed = [new URL(this.config.PUBLIC_URL).origin, ...this.config.CORS_ORIGINS.map((o) => new URL(o).origin)];
    if (!allowed.includes(url.origin)) {
      throw badRequest('validation.failed', {}, [{ field: 'returnTo', code: 'auth.oidc_return_to' }]);
    }
    return url.toString();
  }

  /** Discovery once, retried on the next login when the provider was unreachable. */
  private discover(): Promise<oidc.Configuration> {
    if (!this.enabled) return Promise.reject(notFound('auth.oidc_disabled'));
    this.configuration ??= this.runDiscovery().catch((error: unknown) => {
      this.configuration = null;
      this.logger.warn(`OIDC discovery failed: ${String(error)}`);
      throw new ProblemError(503, 'auth.oidc_unavailable');
    });
    return this.configuration;
  }

  private runDiscovery(): Promise<oidc.Configuration> {
    const issuer = new URL(this.config.OIDC_ISSUER_URL!);
    // openid-client refuses plain http; allowed outside production only (tests, a local provider).
    const insecure = issuer.protocol === 'http:' && this.config.NODE_ENV !== 'production';
    return oidc.discovery(
      issuer,
      this.config.OIDC_CLIENT_ID!,
      { client_secret: this.config.OIDC_CLIENT_SECRET },
      oidc.ClientSecretBasic(this.config.OIDC_CLIENT_SECRET),
      insecure ? { execute: [oidc.allowInsecureRequests], timeout: 10 } : { timeout: 10 },
    );
  }
}

function withFragment(page: string, values: Record<string, string>): string {
  const url = new URL(page);
  url.hash = new URLSearchParams(values).toString();
  return url.toString();
}
