import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor, ApiKeyScopeName, ServicePrincipal } from '../../common/auth/decorators.js';
import { notFound } from '../../common/errors/problem.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import type { ApiKeyDto, CreatedApiKeyDto } from './dto/api-keys.dto.js';
import { ApiKey } from './entities/api-key.entity.js';

export const API_KEY_PREFIX = 'trb_';
/** `trb_` + 43 base64url characters (32 random bytes). */
const KEY_SHAPE = /^trb_[A-Za-z0-9_-]{43}$/;
const LAST_USED_RESOLUTION_MS = 60_000;

const hashKey = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex');

export const looksLikeApiKey = (value: unknown): boolean =>
  typeof value === 'string' && value.startsWith(API_KEY_PREFIX);

const toDto = (key: ApiKey): ApiKeyDto => ({
  id: key.id,
  name: key.name,
  scopes: key.scopes,
  prefix: key.prefix,
  createdAt: key.createdAt.toISOString(),
  lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
});

/**
 * Service API keys: random, shown once, stored as SHA-256 (a key has 256 bits of
 * entropy, so a fast hash is enough, and a lookup is one index probe). Every
 * request re-reads the key's row, so a revocation bites on the next request.
 */
@Injectable()
export class ApiKeysService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, name: string, scopes: ApiKeyScopeName[]): Promise<CreatedApiKeyDto> {
    const key = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    const unique = [...new Set(scopes)];
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.save(
        manager.create(ApiKey, {
          name,
          scopes: unique,
          keyHash: hashKey(key),
          prefix: key.slice(0, 8),
          createdBy: actor.id,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'api_key.create',
        targetType: 'api_key',
        targetId: row.id,
        after: { name, scopes: unique, prefix: row.prefix },
      });
      return { ...toDto(row), key };
    });
  }

  async list(): Promise<{ items: ApiKeyDto[]; nextCursor: null }> {
    const rows = await this.dataSource
      .getRepository(ApiKey)
      .createQueryBuilder('k')
      .where('k.revoked_at IS NULL')
      .orderBy('k.created_at', 'DESC')
      .addOrderBy('k.id', 'DESC')
      .getMany();
    return { items: rows.map(toDto), nextCursor: null };
  }

  async revoke(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const rows = (await manager.query(
        `UPDATE api_keys SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING name, scopes, prefix`,
        [id],
      )) as [Array<{ name: string; scopes: string[]; prefix: string }>, number];
      const revoked = rows[0][0];
      if (!revoked) throw notFound();
      await this.audit.record(manager, actor, {
        action: 'api_key.revoke',
        targetType: 'api_key',
        targetId: id,
        before: { ...revoked },
      });
    });
  }

  /** The principal of a live key, or null for an unknown, malformed or revoked one. */
  async authenticate(key: string): Promise<ServicePrincipal | null> {
    if (!KEY_SHAPE.test(key)) return null;
    const rows = (await this.dataSource.query(
      `SELECT id, name, scopes, last_used_at FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL`,
      [hashKey(key)],
    )) as Array<{ id: string; name: string; scopes: ApiKeyScopeName[]; last_used_at: Date | null }>;
    const row = rows[0];
    if (!row) return null;
    if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > LAST_USED_RESOLUTION_MS) {
      // Fire and forget, at most once a minute per key; never waits on a locked row.
      this.dataSource
        .query(
          `UPDATE api_keys SET last_used_at = now()
            WHERE id = (SELECT id FROM api_keys WHERE id = $1 FOR UPDATE SKIP LOCKED)`,
          [row.id],
        )
        .catch(() => undefined);
    }
    return { kind: 'service', keyId: row.id, name: row.name, scopes: row.scopes };
  }
}
