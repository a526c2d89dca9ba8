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
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { Article } from '../../articles/entities/article.entity.js';
import { User } from '../../users/entities/user.entity.js';

export type ErrorReportStatus = 'open' | 'accepted' | 'fixed' | 'rejected' | 'duplicate';

/**
 * "Signalez-nous": a reader points at a wrong passage of an article.
 * The same quote on the same article from the same reporter (user id, or IP when
 * anonymous) on the same day is refused by the unique constraint.
 */
@Entity('error_reports')
@Index(['articleId', 'status', 'createdAt'])
@Index(['status', 'createdAt', 'id'])
@Unique('error_reports_dedup_key', ['articleId', 'reporterKey', 'quoteHash', 'reportedOn'])
@Check('error_reports_status_check', `status IN ('open', 'accepted', 'fixed', 'rejected', 'duplicate')`)
export class ErrorReport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  articleId: string;

  @ManyToOne(() => Article, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: Relation<Article>;

  /** The article revision the quote was taken from. */
  @Column({ type: 'integer' })
  articleRevision: number;

  @Column({ type: 'varchar', length: 1000 })
  quote: string;

  /** Where the quote starts in the article's text (UTF-16 offset). */
  @Column({ type: 'integer' })
  quoteOffset: number;

  /** SHA-256 of the normalised quote, for duplicate detection. */
  @Column({ type: 'char', length: 64 })
  quoteHash: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  suggestion: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  comment: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  reporterId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reporter_id' })
  reporter?: Relation<User>;

  /** Anonymous reporters may leave an email for follow-up (staff only). */
  @Column({ type: 'varchar', length: 320, nullable: true })
  reporterEmail: string | null;

  /** `user:<id>` or `ip:<address>`: who counts as "the same reporter". */
  @Column({ type: 'varchar', length: 80 })
  reporterKey: string;

  /** UTC calendar day of the report, set by the service (the duplicate window). */
  @Column({ type: 'date' })
  reportedOn: string;

  /** Whether the quote still occurs in the article's current text (re-checked when the text changes). */
  @Column({ type: 'boolean', default: true })
  quoteFound: boolean;

  @Column({ type: 'varchar', length: 16, default: 'open' })
  status: ErrorReportStatus;

  @Column({ type: 'uuid', nullable: true })
  duplicateOfId: string | null;

  @ManyToOne(() => ErrorReport, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'duplicate_of_id' })
  duplicateOf?: Relation<ErrorReport>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
