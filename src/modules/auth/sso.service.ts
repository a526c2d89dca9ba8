import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { notFound } from '../../common/errors/problem.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { sqlRows } from '../../database/sql.js';
import { AuthService, type Session } from './auth.service.js';
import { IdentitiesService } from './identities.service.js';
import { SsoTokenVerifier, ssoRejected, type SsoClaims } from './sso-token.js';

/**
 * POST /api/auth/sso: the news site signs a short-lived token for its reader
 * and the widget trades it for a Tribune session. Every check that can refuse
 * runs before anything is written; the token id is recorded in the same
 * transaction as the account link, so a refused or failed sign-in leaves no row.
 */
@Injectable()
export class SsoService {
  private readonly verifier: SsoTokenVerifier;

  constructor(
    private readonly identities: IdentitiesService,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.verifier = new SsoTokenVerifier(config);
  }

  async signIn(token: string): Promise<Session> {
    if (!this.verifier.enabled) throw notFound('auth.sso_disabled');
    const claims = await this.verifier.verify(token);
    const user = await this.identities.signIn(
      {
        issuer: claims.issuer,
        subject: claims.subject,
        email: claims.email,
        emailVerified: claims.emailVerified,
        name: claims.name,
      },
      (manager) => this.consumeTokenId(manager, claims),
    );
    this.auth.ensureMayLogIn(user);
    return this.auth.startSession(user);
  }

  /** The primary key refuses a second use, whichever request gets there first. */
  private async consumeTokenId(manager: EntityManager, claims: SsoClaims): Promise<void> {
    await manager.query(`DELETE FROM sso_token_uses WHERE expires_at < now() - interval '1 minute'`);
    const inserted = await sqlRows(
      manager,
      `INSERT INTO sso_token_uses (issuer, jti, expires_at) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING jti`,
      [claims.issuer, claims.tokenId, claims.expiresAt],
    );
    if (inserted.length === 0) throw ssoRejected('replayed', 'jti');
  }
}
