import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AccountStatus, Role } from '../../../common/auth/decorators.js';

/**
 * A reader, editor, moderator or admin. username and email are citext, so
 * uniqueness ignores case in the database itself. An anonymized account keeps
 * its id (posts and audit entries point at it) and loses everything personal.
 */
// Trigram GIN indexes for the admin search (operator classes TypeORM cannot express),
// owned by the migration AdminUserSearchTrigram.
@Index('users_username_trgm_idx', { synchronize: false })
@Index('users_email_trgm_idx', { synchronize: false })
@Index('users_display_name_trgm_idx', { synchronize: false })
@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** null once anonymized. */
  @Column({ type: 'citext', unique: true, nullable: true })
  username: string | null;

  @Column({ type: 'citext', unique: true, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  displayName: string | null;

  @Column({ type: 'varchar', length: 2000, default: '' })
  bio: string;

  @Column({ type: 'varchar', length: 16, default: 'reader' })
  role: Role;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status: AccountStatus;

  @Column({ type: 'timestamptz', nullable: true })
  suspendedUntil: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  sanctionReason: string | null;

  /** argon2id; null for an anonymized account, which can never log in again. */
  @Column({ type: 'varchar', length: 255, nullable: true, select: false })
  passwordHash: string | null;

  /** Counts every post the user wrote (numbers are never reused), for moderators' context. */
  @Column({ type: 'integer', default: 0 })
  postCount: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastSeenAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  anonymizedAt: Date | null;

  /** When the owner proved the address (the link mailed at registration); null until then. */
  @Column({ type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  /** A placeholder created by an import (no password): SSO may later link it by a verified email. */
  @Column({ type: 'boolean', default: false })
  imported: boolean;
}
