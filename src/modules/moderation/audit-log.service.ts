import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badRequest } from '../../common/errors/problem.js';
import { isUuid } from '../../common/http/uuid-param.pipe.js';
import { decodeCursor, toPage, type Page } from '../../common/pagination/cursor.js';
import { sqlRows } from '../../database/sql.js';

export interface AuditLogEntry {
  id: string;
  actor: { id: string; username: string | null } | null;
  actorRole: string | null;
  action: string;
  targetType: string;
  targetId: string;
  reason: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  createdAt: string;
}

interface AuditRow {
  id: string;
  actor_id: string | null;
  actor_username: string | null;
  actor_role: string | null;
  action: string;
  target_type: string;
  target_id: string;
  reason: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  created_at: Date;
}

export interface AuditLogFilter {
  actor?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  limit: number;
  cursor?: string;
}

/** Reads the append-only audit log, newest first, keyset on its identity id. */
@Injectable()
export class AuditLogService {
  constructor(private readonly dataSource: DataSource) {}

  async list(filter: AuditLogFilter): Promise<Page<AuditLogEntry>> {
    if (filter.actor !== undefined && !isUuid(filter.actor)) {
      throw badRequest('validation.failed', {}, [{ field: 'actor', code: 'moderation.invalid_filter' }]);
    }
    let before: string | null = null;
    if (filter.cursor) {
      const [id] = decodeCursor(filter.cursor, ['string']);
      if (!/^\d{1,19}$/.test(String(id))) {
        throw badRequest('validation.invalid_cursor', {}, [{ field: 'cursor', code: 'validation.invalid_cursor' }]);
      }
      before = String(id);
    }
    const rows = await sqlRows<AuditRow>(
      this.dataSource,
      `SELECT l.id, l.actor_id, u.username::text AS actor_username, l.actor_role, l.action, l.target_type, l.target_id,
              l.reason, l.before, l.after, l.created_at
         FROM audit_log l LEFT JOIN users u ON u.id = l.actor_id
        WHERE ($1::uuid IS NULL OR l.actor_id = $1)
          AND ($2::text IS NULL OR l.action = $2)
          AND ($3::text IS NULL OR l.target_type = $3)
          AND ($4::text IS NULL OR l.target_id = $4)
          AND ($5::bigint IS NULL OR l.id < $5::bigint)
        ORDER BY l.id DESC
        LIMIT $6`,
      [
        filter.actor?.toLowerCase() ?? null,
        filter.action ?? null,
        filter.targetType ?? null,
        filter.targetId ?? null,
        before,
        filter.limit + 1,
      ],
    );
    return toPage(
      rows,
      filter.limit,
      (row): AuditLogEntry => ({
        id: String(row.id),
        actor: row.actor_id ? { id: row.actor_id, username: row.actor_username } : null,
        actorRole: row.actor_role,
        action: row.action,
        targetType: row.target_type,
        targetId: row.target_id,
        reason: row.reason,
        before: row.before,
        after: row.after,
        createdAt: new Date(row.created_at).toISOString(),
      }),
      (row) => [String(row.id)],
    );
  }
}
