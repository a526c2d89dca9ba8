import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Article } from '../../articles/entities/article.entity.js';

export type ThreadStatus = 'open' | 'locked';

/**
 * Exactly one per article (unique article_id). `postCount` is the post
 * numbering counter: a new post takes `UPDATE … SET post_count = post_count + 1
 * RETURNING post_count` in its insert's transaction, so numbers have no gaps.
 * `visiblePostCount` is the public comment count (the API's `postCount`),
 * changed in the statements that change a post's visibility (PostsRepository).
 */
@Entity('threads')
export class Thread {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Unique: the one-to-one join column carries the constraint. */
  @Column({ type: 'uuid' })
  articleId: string;

  @OneToOne(() => Article, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: Relation<Article>;

  @Column({ type: 'varchar', length: 16, default: 'open' })
  status: ThreadStatus;

  @Column({ type: 'integer', default: 0 })
  postCount: number;

  @Column({ type: 'integer', default: 0 })
  visiblePostCount: number;

  @Column({ type: 'timestamptz', nullable: true })
  lastPostAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
