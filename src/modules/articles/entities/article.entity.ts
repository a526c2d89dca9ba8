import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { User } from '../../users/entities/user.entity.js';

export interface ArticleSource {
  label: string;
  url: string;
}
export interface RelatedLink {
  title: string;
  url: string;
}

/** A news article; its discussion thread is created in the same transaction. */
@Entity('articles')
@Index('articles_search_idx', { synchronize: false })
export class Article {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 120, unique: true })
  slug: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'varchar', length: 2000, default: '' })
  summary: string;

  /** Markdown source. */
  @Column({ type: 'text' })
  body: string;

  /** Sanitized HTML rendered from `body` on write. */
  @Column({ type: 'text' })
  bodyHtml: string;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  sources: ArticleSource[];

  @Column({ type: 'jsonb', default: () => `'[]'` })
  discussionPrompts: string[];

  @Column({ type: 'jsonb', default: () => `'[]'` })
  related: RelatedLink[];

  /** Null for an article that a service key (the CMS) created: signed "the newsroom". */
  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<User>;

  /** Bumped on every edit of the text; error reports record the revision they quote. */
  @Column({ type: 'integer', default: 1 })
  revision: number;

  @Index()
  @Column({ type: 'timestamptz', default: () => 'now()' })
  publishedAt: Date;

  /** The CMS's own id of the article (`PUT /api/articles/by-external-id/:externalId`). */
  @Column({ type: 'varchar', length: 200, nullable: true, unique: true })
  externalId: string | null;

  /** Where the article lives on the news site (imports match threads by it). */
  @Index()
  @Column({ type: 'varchar', length: 2000, nullable: true })
  url: string | null;

  /** The discussion closes at this time (else THREAD_AUTO_CLOSE_DAYS after publication, if set). */
  @Column({ type: 'timestamptz', nullable: true })
  discussionClosesAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
