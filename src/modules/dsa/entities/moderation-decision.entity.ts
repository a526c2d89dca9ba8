import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Post } from '../../discussions/entities/post.entity.js';
import { User } from '../../users/entities/user.entity.js';

export type DecisionAction = 'hide' | 'reject';
/** What brought the post to the decision (transparency reports count by it). */
export type DecisionSource = 'flag' | 'notice' | 'watched_word' | 'premoderation' | 'automated' | 'moderator';

/**
 * A statement of reasons (DSA art. 17): written for every restriction of a
 * reader's post — hidden, or rejected while waiting for approval — with the
 * ground, the facts, whether it was automated, and how to appeal.
 */
@Entity('moderation_decisions')
@Index('moderation_decisions_author_idx', ['authorId', 'createdAt', 'id'])
@Index('moderation_decisions_post_idx', ['postId'])
@Index('moderation_decisions_created_idx', ['createdAt'])
@Check('moderation_decisions_action_check', `action IN ('hide', 'reject')`)
@Check(
  'moderation_decisions_source_check',
  `source IN ('flag', 'notice', 'watched_word', 'premoderation', 'automated', 'moderator')`,
)
export class ModerationDecision {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  postId: string;

  @ManyToOne(() => Post, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: Relation<Post>;

  /** Whom the decision is about (the post's author at the time). */
  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<User>;

  @Column({ type: 'varchar', length: 16 })
  action: DecisionAction;

  @Column({ type: 'varchar', length: 200 })
  ground: string;

  @Column({ type: 'varchar', length: 2000 })
  explanation: string;

  @Column({ type: 'varchar', length: 16 })
  source: DecisionSource;

  @Column({ type: 'boolean', default: false })
  automated: boolean;

  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy?: Relation<User>;

  /** When the review that led to it was opened (for the median time to decision). */
  @Column({ type: 'timestamptz', nullable: true })
  reviewOpenedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
