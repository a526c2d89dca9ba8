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

export type NoticeStatus = 'open' | 'actioned' | 'dismissed';

/**
 * A notice of allegedly illegal content (EU Digital Services Act, art. 16):
 * anyone may send one, with or without an account. The notifier is told the
 * decision (art. 16(5)) when the post's review is resolved.
 */
@Entity('dsa_notices')
@Index('dsa_notices_post_idx', ['postId', 'status'])
@Index('dsa_notices_created_idx', ['createdAt'])
@Check('dsa_notices_status_check', `status IN ('open', 'actioned', 'dismissed')`)
export class DsaNotice {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  postId: string;

  @ManyToOne(() => Post, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: Relation<Post>;

  @Column({ type: 'varchar', length: 200 })
  legalGround: string;

  @Column({ type: 'varchar', length: 5000 })
  explanation: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  name: string | null;

  @Column({ type: 'uuid', nullable: true })
  notifierId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'notifier_id' })
  notifier?: Relation<User>;

  /** The notifier's language for the mails (from Accept-Language). */
  @Column({ type: 'varchar', length: 2, default: 'fr' })
  locale: string;

  @Column({ type: 'varchar', length: 16, default: 'open' })
  status: NoticeStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;
}
