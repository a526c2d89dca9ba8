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
import { Article } from './article.entity.js';

/**
 * The text of each revision of an article (title, summary, body), written with
 * the change that made it: error reports quote a revision, and a newsroom must be
 * able to show what a reader saw.
 */
@Entity('article_revisions')
@Index(['articleId', 'revision'], { unique: true })
export class ArticleRevision {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column('uuid')
  articleId: string;

  @ManyToOne(() => Article, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: Relation<Article>;

  @Column({ type: 'integer' })
  revision: number;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'varchar', length: 2000 })
  summary: string;

  @Column({ type: 'text' })
  body: string;

  /** A user id, or an API key id for a CMS sync (no foreign key: either may go). */
  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
