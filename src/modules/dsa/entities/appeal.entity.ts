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
import { ModerationDecision } from './moderation-decision.entity.js';

export type AppealStatus = 'open' | 'upheld' | 'reversed';

/** An internal appeal against a decision (DSA art. 20): one per decision, within six months. */
@Entity('appeals')
@Index('appeals_decision_key', ['decisionId'], { unique: true })
@Index('appeals_created_idx', ['createdAt'])
@Check('appeals_status_check', `status IN ('open', 'upheld', 'reversed')`)
export class Appeal {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  decisionId: string;

  @ManyToOne(() => ModerationDecision, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'decision_id' })
  decision?: Relation<ModerationDecision>;

  @Column('uuid')
  authorId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<User>;

  @Column({ type: 'varchar', length: 5000 })
  explanation: string;

  @Column({ type: 'varchar', length: 16, default: 'open' })
  status: AppealStatus;

  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy?: Relation<User>;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  note: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;
}
