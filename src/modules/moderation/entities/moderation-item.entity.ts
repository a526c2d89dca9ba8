import type { QueueReasons } from '../../discussions/post-pipeline.types.js';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import { User } from '../../users/entities/user.entity.js';

export type ModerationKind = 'flagged' | 'pending' | 'error_report' | 'dsa_notice' | 'appeal';
export type ModerationSubjectType = 'post' | 'error_report';
export type ModerationItemStatus = 'open' | 'resolved';

/** Why an item is in the queue (the post pipeline's vocabulary, see QueueReasons). */
export type ModerationReasons = QueueReasons;

/**
 * The review queue, in the spirit of Discourse's Reviewable: one open item per
 * subject (partial unique index + INSERT … ON CONFLICT), a version for
 * optimistic concurrency and an advisory claim.
 */
@Entity('moderation_items')
@Index('moderation_items_open_subject_key', ['subjectType', 'subjectId'], {
  unique: true,
  where: `status = 'open'`,
})
@Index('moderation_items_queue_idx', ['status', 'kind', 'createdAt', 'id'])
// Resolved items latest first, on (coalesce(resolved_at, created_at), id): migration ModerationResolvedIndex.
@Index('moderation_items_resolved_idx', { synchronize: false })
@Check('moderation_items_kind_check', `kind IN ('flagged', 'pending', 'error_report', 'dsa_notice', 'appeal')`)
@Check('moderation_items_status_check', `status IN ('open', 'resolved')`)
export class ModerationItem {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 16 })
  kind: ModerationKind;

  @Column({ type: 'varchar', length: 16 })
  subjectType: ModerationSubjectType;

  @Column('uuid')
  subjectId: string;

  @Column({ type: 'varchar', length: 16, default: 'open' })
  status: ModerationItemStatus;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  reasons: ModerationReasons;

  @VersionColumn({ default: 1 })
  version: number;

  @Column({ type: 'uuid', nullable: true })
  claimedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'claimed_by_id' })
  claimedBy?: Relation<User>;

  /** A claim older than 15 minutes no longer binds. */
  @Column({ type: 'timestamptz', nullable: true })
  claimedAt: Date | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  resolution: string | null;

  @Column({ type: 'uuid', nullable: true })
  resolvedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'resolved_by_id' })
  resolvedBy?: Relation<User>;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
