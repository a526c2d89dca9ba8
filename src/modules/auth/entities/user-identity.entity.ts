import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { User } from '../../users/entities/user.entity.js';

/**
 * An outside identity (the news site's SSO, an OpenID provider) linked to a
 * Tribune account. The key is (issuer, subject): an account is found by who
 * vouches for it and that party's id for the person, never by email alone.
 */
@Entity('user_identities')
export class UserIdentity {
  @PrimaryColumn({ type: 'varchar', length: 255 })
  issuer: string;

  @PrimaryColumn({ type: 'varchar', length: 255 })
  subject: string;

  @Index()
  @Column('uuid')
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  /** The email the issuer last asserted (kept even when another account holds it in Tribune). */
  @Column({ type: 'citext', nullable: true })
  email: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  lastUsedAt: Date;
}
