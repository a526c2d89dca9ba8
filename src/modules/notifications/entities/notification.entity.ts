import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { User } from '../../users/entities/user.entity.js';

export type NotificationKind =
  'post.reply' | 'post.mention' | 'post.moderated' | 'flag.outcome' | 'error_report.resolved' | 'appeal.decided';

/** Something a user should know: replies, mentions, moderation, report outcomes. */
@Entity('notifications')
@Index('notifications_user_recent_idx', ['userId', 'createdAt', 'id'])
@Index('notifications_mail_idx', ['userId', 'mailKey', 'mailedAt'], { where: 'mail_key IS NOT NULL' })
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Column({ type: 'varchar', length: 32 })
  kind: NotificationKind;

  /** Small, self-contained payload (ids, numbers, excerpt) so listing needs no joins. */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  data: Record<string, unknown>;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /**
   * What mails gather it (its thread, or the error report): null when it is never
   * mailed (a kind without mail, or the recipient's preference was off).
   */
  @Column({ type: 'varchar', length: 64, nullable: true })
  mailKey: string | null;

  /** When the mail that carried it was written to the outbox. */
  @Column({ type: 'timestamptz', nullable: true })
  mailedAt: Date | null;
}
