import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The audit log: who did what to what, when, why, before → after.
 * Append-only, enforced by a trigger that rejects UPDATE and DELETE (see the
 * migration), not merely by the absence of a route. No foreign key on actor or
 * target: an entry must outlive anything it mentions.
 */
@Entity('audit_log')
@Index('audit_log_recent_idx', ['createdAt', 'id'])
@Index('audit_log_actor_idx', ['actorId', 'createdAt'])
@Index('audit_log_target_idx', ['targetType', 'targetId', 'createdAt'])
@Index('audit_log_action_idx', ['action', 'createdAt'])
export class AuditEntry {
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'ALWAYS',
  })
  id: string;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  actorRole: string | null;

  @Column({ type: 'varchar', length: 48 })
  action: string;

  @Column({ type: 'varchar', length: 24 })
  targetType: string;

  @Column({ type: 'varchar', length: 64 })
  targetId: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  reason: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
