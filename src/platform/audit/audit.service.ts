import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/decorators.js';

export interface AuditRecord {
  action: string;
  targetType: string;
  targetId: string;
  reason?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/**
 * Writes audit entries. Always called with the transaction's manager, so the
 * entry commits or rolls back with the change it describes.
 */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, actor: Pick<Actor, 'id' | 'role'> | null, record: AuditRecord): Promise<void> {
    await manager.query(
      `INSERT INTO audit_log (actor_id, actor_role, action, target_type, target_id, reason, before, after)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        actor?.id ?? null,
        actor?.role ?? null,
        record.action,
        record.targetType,
        record.targetId,
        record.reason ?? null,
        record.before ? JSON.stringify(record.before) : null,
        record.after ? JSON.stringify(record.after) : null,
      ],
    );
  }
}
