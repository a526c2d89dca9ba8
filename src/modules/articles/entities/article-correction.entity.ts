import {
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
import { Article } from './article.entity.js';

/** One dated note of an article's public corrections log (append-only). */
@Entity('article_corrections')
@Index(['articleId', 'createdAt'])
export class ArticleCorrection {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  articleId: string;

  @ManyToOne(() => Article, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: Relation<Article>;

  @Column({ type: 'varchar', length: 2000 })
  note: string;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Relation<User>;

  /** The error report this correction resolved, when it came from one. */
  @Column({ type: 'uuid', nullable: true })
  errorReportId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
