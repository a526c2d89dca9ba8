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
import { User } from '../../users/entities/user.entity.js';

/**
 * Opaque refresh tokens, stored as SHA-256 hashes. Each use rotates the token
 * within its family; presenting a token that was already used revokes the family.
 */
@Entity('refresh_tokens')
@Check(
  'refresh_tokens_revoked_reason_check',
  `revoked_reason IN ('logout', 'password_reset', 'password_change', 'ban', 'reuse')`,
)
export class RefreshToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column('uuid')
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Index()
  @Column('uuid')
  familyId: string;

  @Column({ type: 'char', length: 64, unique: true })
  tokenHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  /** Why it was revoked, so that presenting it later says what happened. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  revokedReason: RevokedReason | null;
}

export type RevokedReason = 'logout' | 'password_reset' | 'password_change' | 'ban' | 'reuse';
