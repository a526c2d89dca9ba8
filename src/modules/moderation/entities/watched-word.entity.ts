import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { User } from '../../users/entities/user.entity.js';
import type { WatchedAction } from '../watched-words.js';

/** A word or phrase that blocks, holds for approval, or flags a post. Unique ignoring case. */
@Entity('watched_words')
@Check('watched_words_action_check', `action IN ('block', 'require_approval', 'flag')`)
export class WatchedWord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'citext', unique: true })
  pattern: string;

  @Column({ type: 'varchar', length: 20 })
  action: WatchedAction;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
