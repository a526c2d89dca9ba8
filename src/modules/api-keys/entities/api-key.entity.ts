import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ApiKeyScopeName } from '../../../common/auth/decorators.js';

/**
 * Service API keys of the newsroom's systems (CMS, newsletter, …). Only the
 * SHA-256 of the key is stored; the key itself is shown once, at creation.
 * Revoked keys are kept (revokedAt set) so the audit log keeps naming them.
 */
@Entity('api_keys')
export class ApiKey {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'text', array: true })
  scopes: ApiKeyScopeName[];

  @Column({ type: 'char', length: 64, unique: true })
  keyHash: string;

  /** The first characters of the key (`trb_` and four more), to tell keys apart in a list. */
  @Column({ type: 'varchar', length: 16 })
  prefix: string;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
