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
import { Article } from '../../articles/entities/article.entity.js';
import { User } from '../../users/entities/user.entity.js';

export type PollMode = 'single' | 'multiple';
export type ResultsVisibility = 'always' | 'after_vote' | 'after_close';

/** A reader poll under an article. Closed when `closedAt` is set or `closesAt` has passed. */
@Entity('polls')
@Check('polls_mode_check', `mode IN ('single', 'multiple')`)
@Check('polls_visibility_check', `results_visibility IN ('always', 'after_vote', 'after_close')`)
@Check('polls_max_choices_check', `max_choices >= 1`)
export class Poll {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column('uuid')
  articleId: string;

  @ManyToOne(() => Article, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: Relation<Article>;

  @Column({ type: 'varchar', length: 500 })
  question: string;

  @Column({ type: 'varchar', length: 16 })
  mode: PollMode;

  /** 1 in single mode. */
  @Column({ type: 'integer', default: 1 })
  maxChoices: number;

  @Column({ type: 'timestamptz', nullable: true })
  closesAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'varchar', length: 16, default: 'always' })
  resultsVisibility: ResultsVisibility;

  @Column({ type: 'boolean', default: true })
  allowVoteChange: boolean;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
