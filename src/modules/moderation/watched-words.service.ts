import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/decorators.js';
import { badRequest, conflict, notFound } from '../../common/errors/problem.js';
import { decodeCursor, toPage, type Page } from '../../common/pagination/cursor.js';
import { sqlRows, type Queryable } from '../../database/sql.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import {
  compileWatchedWords,
  describeInvalidWatchedPattern,
  type WatchedAction,
  type WatchedWordMatcher,
} from './watched-words.js';
import { PG_UNIQUE_VIOLATION, isPgError } from '../../database/postgres-errors.js';

export interface WatchedWordResponse {
  id: string;
  pattern: string;
  action: WatchedAction;
  createdBy: { id: string; username: string | null } | null;
  createdAt: string;
}

interface WatchedWordRow {
  id: string;
  pattern: string;
  action: WatchedAction;
  created_by_id: string | null;
  created_by_username: string | null;
  created_at: Date;
}

/** Other instances pick up changes within this delay; this instance at once. */
const MATCHER_TTL_MS = 30_000;

const toResponse = (row: WatchedWordRow): WatchedWordResponse => ({
  id: row.id,
  pattern: row.pattern,
  action: row.action,
  createdBy: row.created_by_id ? { id: row.created_by_id, username: row.created_by_username } : null,
  createdAt: new Date(row.created_at).toISOString(),
});

/**
 * The watched-word list and its compiled matcher: compiled once, cached, and
 * dropped whenever the list changes on this instance (other instances reload
 * after MATCHER_TTL_MS).
 */
@Injectable()
export class WatchedWordsService {
  private matcher: { value: Promise<WatchedWordMatcher>; until: number } | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Pass a transaction's manager when calling inside one: a cold cache then loads on its connection. */
  getMatcher(db: Queryable = this.dataSource): Promise<WatchedWordMatcher> {
    const now = Date.now();
    if (!this.matcher || this.matcher.until <= now) {
      const value = sqlRows<{ id: string; pattern: string; action: WatchedAction }>(
        db,
        `SELECT id, pattern, action FROM watched_words ORDER BY created_at, id`,
      ).then((rows) =>
        // A pattern stored before validation existed must not take posting down: skip it.
        compileWatchedWords(rows.filter((row) => describeInvalidWatchedPattern(row.pattern) === null)),
      );
      value.catch(() => {
        if (this.matcher?.value === value) this.matcher = null;
      });
      this.matcher = { value, until: now + MATCHER_TTL_MS };
    }
    return this.matcher.value;
  }

  invalidate(): void {
    this.matcher = null;
  }

  async list(limit: number, cursor?: string): Promise<Page<WatchedWordResponse>> {
    const after = cursor ? String(decodeCursor(cursor, ['string'])[0]) : null;
    const rows = await sqlRows<WatchedWordRow>(
      this.dataSource,
      `SELECT w.id, w.pattern::text AS pattern, w.action, w.created_by_id, u.username::text AS created_by_username, w.created_at
         FROM watched_words w LEFT JOIN users u ON u.id = w.created_by_id
        WHERE $1::citext IS NULL OR w.pattern > $1::citext
        ORDER BY w.pattern LIMIT $2`,
      [after, limit + 1],
    );
    return toPage(rows, limit, toResponse, (row) => [row.pattern]);
  }

  async create(actor: Actor, pattern: string, action: WatchedAction): Promise<WatchedWordResponse> {
    const trimmed = pattern.trim();
    const invalid = describeInvalidWatchedPattern(trimmed);
    if (invalid) {
      throw badRequest('validation.failed', {}, [
        { field: 'pattern', code: 'moderation.invalid_pattern', params: { reason: invalid } },
      ]);
    }
    try {
      const row = await this.dataSource.transaction(async (manager) => {
        const [created] = await sqlRows<WatchedWordRow>(
          manager,
          `INSERT INTO watched_words (pattern, action, created_by_id) VALUES ($1, $2, $3)
           RETURNING id, pattern::text AS pattern, action, created_by_id, $4::text AS created_by_username, created_at`,
          [trimmed, action, actor.id, actor.username],
        );
        await this.audit.record(manager, actor, {
          action: 'watched_word.create',
          targetType: 'watched_word',
          targetId: created.id,
          after: { pattern: created.pattern, action },
        });
        return created;
      });
      return toResponse(row);
    } catch (error) {
      if (isPgError(error, PG_UNIQUE_VIOLATION)) {
        throw conflict('moderation.duplicate_word');
      }
      throw error;
    } finally {
      this.invalidate();
    }
  }

  async remove(actor: Actor, id: string): Promise<void> {
    try {
      await this.dataSource.transaction(async (manager) => {
        const [deleted] = await sqlRows<{ id: string; pattern: string; action: WatchedAction }>(
          manager,
          `DELETE FROM watched_words WHERE id = $1 RETURNING id, pattern::text AS pattern, action`,
          [id],
        );
        if (!deleted) throw notFound();
        await this.audit.record(manager, actor, {
          action: 'watched_word.delete',
          targetType: 'watched_word',
          targetId: id,
          before: { pattern: deleted.pattern, action: deleted.action },
        });
      });
    } finally {
      this.invalidate();
    }
  }
}
