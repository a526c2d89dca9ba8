import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { User } from '../../users/entities/user.entity.js';

/**
 * A one-time ticket for `GET /api/me/events?ticket=` (an EventSource cannot send
 * an Authorization header). Stored as SHA-256, primary key: using it is ONE
 * `DELETE … RETURNING`, so it serves once whichever instance it reaches.
 */
@Entity('event_tickets')
export class EventTicket {
  @PrimaryColumn({ type: 'char', length: 64 })
  tokenHash: string;

  @Column('uuid')
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Index()
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
