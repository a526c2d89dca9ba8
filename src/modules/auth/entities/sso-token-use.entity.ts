import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Every SSO token (`jti`) already exchanged, kept until it expires: the
 * primary key makes a second use fail in the database itself, however many
 * requests race. Rows past their expiry are pruned on later sign-ins.
 */
@Entity('sso_token_uses')
export class SsoTokenUse {
  @PrimaryColumn({ type: 'varchar', length: 255 })
  issuer: string;

  @PrimaryColumn({ type: 'varchar', length: 255 })
  jti: string;

  @Index()
  @Column({ type: 'timestamptz' })
  expiresAt: Date;
}
