import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { User } from '../../users/entities/user.entity.js';

/**
 * A user's mail choices and the language of their mails (the last
 * Accept-Language they sent). No row means every default: mail on, language
 * unknown (English).
 */
@Entity('notification_preferences')
export class NotificationPreference {
  @PrimaryColumn('uuid')
  userId: string;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Column({ type: 'boolean', default: true })
  emailOnReply: boolean;

  @Column({ type: 'boolean', default: true })
  emailOnMention: boolean;

  @Column({ type: 'boolean', default: true })
  emailOnReportResolved: boolean;

  @Column({ type: 'boolean', default: true })
  emailOnModeration: boolean;

  /** 'fr' or 'en'; null until the user sent an Accept-Language. */
  @Column({ type: 'varchar', length: 2, nullable: true })
  language: 'fr' | 'en' | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
