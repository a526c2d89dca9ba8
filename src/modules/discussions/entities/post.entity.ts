import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { User } from '../../users/entities/user.entity.js';
import { Thread } from './thread.entity.js';

export type PostStatus = 'visible' | 'pending' | 'hidden' | 'deleted';

/** A reader's post: number 1, 2, 3 … within its thread, never reused. */
@Entity('posts')
@Unique('posts_thread_number_key', ['threadId', 'number'])
// (thread_id, score DESC, number ASC), the order of a top page: TypeORM cannot express
// column directions, so the migration PostsTopIndexOrder owns it.
@Index('posts_thread_top_idx', { synchronize: false })
// GIN (search_vector) WHERE status = 'visible': a partial GIN index, owned by the migration PostSearchVector.
@Index('posts_search_idx', { synchronize: false })
@Index('posts_thread_featured_idx', ['threadId', 'featuredAt'], { where: 'featured_at IS NOT NULL' })
@Index('posts_author_recent_idx', ['authorId', 'createdAt', 'id'])
@Check('posts_status_check', `status IN ('visible', 'pending', 'hidden', 'deleted')`)
export class Post {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  threadId: string;

  @ManyToOne(() => Thread, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Relation<Thread>;

  @Column({ type: 'integer' })
  number: number;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<User>;

  /** Markdown source, kept for editing. */
  @Column({ type: 'text' })
  body: string;

  /**
   * to_tsvector('tribune_french', tribune_search_text(body)), kept by the trigger
   * posts_search_vector (migrations PostSearchVector, BoundedSearchParsing): never
   * written by the application, never selected.
   */
  @Column({ type: 'tsvector', select: false, insert: false, update: false })
  searchVector?: string;

  /** Sanitized HTML rendered from `body` on write. */
  @Column({ type: 'text' })
  html: string;

  @Column({ type: 'uuid', nullable: true })
  replyToId: string | null;

  @ManyToOne(() => Post, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reply_to_id' })
  replyTo?: Relation<Post>;

  @Column({ type: 'varchar', length: 16, default: 'visible' })
  status: PostStatus;

  /** Why a moderator hid it (shown to staff). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  moderationReason: string | null;

  @Column({ type: 'integer', default: 0 })
  score: number;

  @Column({ type: 'integer', default: 0 })
  upvotes: number;

  @Column({ type: 'integer', default: 0 })
  downvotes: number;

  /** Flags not yet dismissed, from distinct users (auto-hide threshold). */
  @Column({ type: 'integer', default: 0 })
  flagCount: number;

  @Column({ type: 'integer', default: 0 })
  revisionCount: number;

  @Column({ type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  /** When the post was first shown (created visible, or approved); pre-moderation counts these. */
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** When the newsroom featured it ("choix de la rédaction"); null when not featured. */
  @Column({ type: 'timestamptz', nullable: true })
  featuredAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  featuredById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'featured_by_id' })
  featuredBy?: Relation<User>;
}
