import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { User } from '../../users/entities/user.entity.js';

/**
 * A user's TOTP authenticator (RFC 6238, SHA-1, 6 digits, 30 s). The secret is
 * stored encrypted (AES-256-GCM) and shown once, at setup; `enabledAt` stays
 * null until a first code proved the authenticator works. `lastTimeStep` is
 * the time step of the last code accepted: a code is never accepted twice.
 */
@Entity('user_two_factor')
export class UserTwoFactor {
  @PrimaryColumn('uuid')
  userId: string;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Column({ type: 'text' })
  secretSealed: string;

  @Column({ type: 'timestamptz', nullable: true })
  enabledAt: Date | null;

  @Column({ type: 'bigint', nullable: true })
  lastTimeStep: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** Ten single-use recovery codes per enrolment, stored as SHA-256 (they carry 80 random bits). */
@Entity('two_factor_recovery_codes')
@Unique('two_factor_recovery_codes_user_hash_key', ['userId', 'codeHash'])
export class TwoFactorRecoveryCode {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The unique (user_id, code_hash) index serves lookups by user too. */
  @Column('uuid')
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Column({ type: 'char', length: 64 })
  codeHash: string;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
