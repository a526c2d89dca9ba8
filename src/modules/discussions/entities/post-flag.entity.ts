import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { User } from '../../users/entities/user.entity.js';
import { Post } from './post.entity.js';

export type FlagReason = 'spam' | 'abuse' | 'off_topic' | 'illegal' | 'other';
export const FLAG_REASONS: readonly FlagReason[] = ['spam', 'abuse', 'off_topic', 'illegal', 'other'];
/** pending until a moderator decides; agreed (post hidden/rejected) or dismissed. */
export type FlagOutcome = 'pending' | 'agreed' | 'dismissed';

/** A reader's flag on a post: one per user per post (unique). */
@Entity('post_flags')
@Unique('post_flags_post_user_key', ['postId', 'userId'])
@Check('post_flags_reason_check', `reason IN ('spam', 'abuse', 'off_topic', 'illegal', 'other')`)
export class PostFlag {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  postId: string;

  @ManyToOne(() => Post, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: Relation<Post>;

  @Index()
  @Column('uuid')
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Column({ type: 'varchar', length: 16 })
  reason: FlagReason;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  comment: string | null;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  outcome: FlagOutcome;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;
}
