import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/decorators.js';
import { badRequest, notFound, ProblemError } from '../../common/errors/problem.js';
import type { Language } from '../../common/i18n/messages.js';
import { decodeCursor, toPage, type Page, type PageQuery } from '../../common/pagination/cursor.js';
import { slugify } from '../../common/text/slugify.js';
import { readReplica } from '../../database/read-replica.js';
import { sqlRows, type Queryable } from '../../database/sql.js';
import { renderArticleMarkdown } from '../../platform/markdown/markdown.js';
import { toAuthor, type PostAuthor } from '../discussions/posts.mapper.js';
import type { ThreadStatus } from '../discussions/entities/thread.entity.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { ThreadsRepository, threadStatusSql } from '../discussions/threads.repository.js';
import { ArticleCorrectionsRepository } from './article-corrections.repository.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { DomainEvents } from '../../platform/webhooks/domain-events.service.js';
import type { ArticleSource, RelatedLink } from './entities/article.entity.js';
import { SLUG_PATTERN, type CreateArticleDto, type UpdateArticleDto } from './dto/articles.dto.js';
import { canSeeArticle, ensureCanEditArticle, ensureCanListUnpublished } from './articles.policy.js';
import { PG_UNIQUE_VIOLATION, isPgError } from '../../database/postgres-errors.js';

/**
 * The one place polls join an article's page: the polls module registers its
 * provider (`ArticlesService.setPollsProvider`) from its onModuleInit. Until
 * then `polls` is an empty list.
 */
export interface ArticlePollsProvider {
  pollsForArticle(articleId: string, viewer: Actor | undefined, language: Language): Promise<unknown[]>;
}

/**
 * Runs inside the transaction that changed an article's text (title, summary or
 * body), with the new plain text; error reports re-check their quotes there.
 */
export type ArticleTextListener = (
  manager: EntityManager,
  article: { id: string; revision: number; title: string; summary: string; body: string },
) => Promise<void>;

/** Who writes an article: a user, or a service key (the CMS). Audit entries and revisions name it. */
export type ArticleWriter = { kind: 'user'; actor: Actor } | { kind: 'service'; keyId: string };

export const writerId = (writer: ArticleWriter): string => (writer.kind === 'user' ? writer.actor.id : writer.keyId);
export const auditActorOf = (writer: ArticleWriter) =>
  writer.kind === 'user' ? writer.actor : { id: writer.keyId, role: 'service' as Actor['role'] };

/** What other modules get from an article (never the entity). */
export interface ArticleRecord {
  id: string;
  slug: string;
  title: string;
  summary: string;
  /** Markdown source. */
  body: string;
  revision: number;
  publishedAt: Date;
  authorId: string | null;
  threadId: string;
}

/** The text readers see and quote (error reports): title, summary and body Markdown source. */
export function articlePlainText(article: Pick<ArticleRecord, 'title' | 'summary' | 'body'>): string {
  return [article.title, article.summary, article.body].filter((part) => part !== '').join('\n\n');
}

export interface ArticleSummaryResponse {
  id: string;
  slug: string;
  title: string;
  summary: string;
  author: PostAuthor;
  publishedAt: string;
  thread: { id: string; status: ThreadStatus; postCount: number };
}

export interface ArticleResponse extends ArticleSummaryResponse {
  url: string | null;
  externalId: string | null;
  discussionClosesAt: string | null;
  body: string;
  bodyHtml: string;
  sources: ArticleSource[];
  discussionPrompts: string[];
  related: RelatedLink[];
  revision: number;
  createdAt: string;
  updatedAt: string;
  polls: unknown[];
  corrections: Array<{ note: string; createdAt: string }>;
}

interface ArticleRow {
  id: string;
  slug: string;
  title: string;
  summary: string;
  body: string;
  body_html: string;
  sources: ArticleSource[];
  discussion_prompts: string[];
  related: RelatedLink[];
  revision: number;
  author_id: string | null;
  published_at: Date;
  external_id: string | null;
  url: string | null;
  discussion_closes_at: Date | null;
  created_at: Date;
  updated_at: Date;
  published_key: string;
  author_username: string | null;
  author_display_name: string | null;
  thread_id: string;
  thread_status: ThreadStatus;
  post_count: number;
}

/** Articles with their byline and thread; the thread's status is effective at read time (closing time passed → locked). */
const articleSelect = (autoCloseDays: number) => `
  SELECT a.id, a.slug, a.title, a.summary, a.body, a.body_html, a.sources, a.discussion_prompts, a.related, a.revision,
         a.author_id, a.published_at, a.created_at, a.updated_at, a.external_id, a.url, a.discussion_closes_at,
         (a.published_at AT TIME ZONE 'UTC')::text || '+00' AS published_key,
         CASE WHEN u.anonymized_at IS NULL THEN u.username::text END AS author_username,
         CASE WHEN u.anonymized_at IS NULL THEN coalesce(u.display_name, u.username::text) END AS author_display_name,
         t.id AS thread_id, ${threadStatusSql('t', 'a', autoCloseDays)} AS thread_status, t.visible_post_count AS post_count
    FROM articles a
    JOIN threads t ON t.article_id = a.id
    LEFT JOIN users u ON u.id = a.author_id`;

const SLUG_MAX = 120;
/** The byline of an article the CMS created through a service key. */
const NEWSROOM_NAME: Record<Language, string> = { fr: 'La rédaction', en: 'The newsroom' };
const slugTaken = () =>
  new ProblemError(409, 'articles.slug_taken', {}, [{ field: 'slug', code: 'articles.slug_taken' }]);

type ArticleFields = Omit<UpdateArticleDto, 'correctionNote'>;

/**
 * The SET list of an article edit (parameters from $2 on; $1 is the id), and
 * whether the text changed: a changed title, summary or body bumps `revision`.
 */
export function articleChanges(
  fields: ArticleFields,
  current: { title: string; summary: string; body: string },
): { sets: string[]; values: unknown[]; textChanged: boolean } {
  const sets: string[] = [];
  const values: unknown[] = [];
  const set = (column: string, value: unknown) => {
    values.push(value);
    sets.push(`${column} = $${values.length + 1}`);
  };
  if (fields.title !== undefined) set('title', fields.title);
  if (fields.slug !== undefined) set('slug', fields.slug);
  if (fields.summary !== undefined) set('summary', fields.summary);
  if (fields.body !== undefined) {
    set('body', fields.body);
    set('body_html', renderArticleMarkdown(fields.body));
  }
  if (fields.sources !== undefined) set('sources', JSON.stringify(fields.sources));
  if (fields.discussionPrompts !== undefined) set('discussion_prompts', JSON.stringify(fields.discussionPrompts));
  if (fields.related !== undefined) set('related', JSON.stringify(fields.related));
  if (fields.url !== undefined) set('url', fields.url);
  if (fields.discussionClosesAt !== undefined) set('discussion_closes_at', fields.discussionClosesAt);
  const textChanged =
    (fields.title !== undefined && fields.title !== current.title) ||
    (fields.summary !== undefined && fields.summary !== current.summary) ||
    (fields.body !== undefined && fields.body !== current.body);
  if (textChanged) sets.push('revision = revision + 1');
  return { sets, values, textChanged };
}

@Injectable()
export class ArticlesService {
  private pollsProvider: ArticlePollsProvider | null = null;
  private readonly textListeners: ArticleTextListener[] = [];

  /** Lag-tolerant reads (article list and page): a read replica when DATABASE_READ_URLS sets some. */
  private readonly replica: Queryable;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.replica = readReplica(dataSource);
  }

  /** Called once by the polls module; `GET /api/articles/:slug` then lists the article's polls through it. */
  setPollsProvider(provider: ArticlePollsProvider): void {
    this.pollsProvider = provider;
  }

  /** Called from another module's onModuleInit: `listener` runs in every transaction that changes an article's text. */
  onTextChanged(listener: ArticleTextListener): void {
    this.textListeners.push(listener);
  }

  /**
   * Stores the text of a new revision and tells the listeners, inside the
   * transaction that made it.
   */
  async recordRevision(
    manager: EntityManager,
    article: { id: string; revision: number; title: string; summary: string; body: string },
    createdBy: string | null,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO article_revisions (article_id, revision, title, summary, body, created_by) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (article_id, revision) DO NOTHING`,
      [article.id, article.revision, article.title, article.summary, article.body, createdBy],
    );
    for (const listener of this.textListeners) await listener(manager, article);
  }

  /** The article page after a write, whatever its publication time (the writer sees it). */
  async getForWriter(slug: string, language: Language): Promise<ArticleResponse> {
    const row = await this.findRow(slug, this.dataSource);
    if (!row) throw notFound();
    return this.toResponse(row, undefined, language, this.dataSource);
  }

  /** The article a caller may see, or 404 (scheduled articles: editors and admins only). */
  async findBySlugOrFail(slug: string, viewer?: Actor): Promise<ArticleRecord> {
    const row = await this.findRow(slug);
    if (!row || !canSeeArticle(viewer, { publishedAt: new Date(row.published_at) })) throw notFound();
    return {
      id: row.id,
      slug: row.slug,
      title: row.title,
      summary: row.summary,
      body: row.body,
      revision: row.revision,
      publishedAt: new Date(row.published_at),
      authorId: row.author_id,
      threadId: row.thread_id,
    };
  }

  /** The article's quotable text (title, summary, body Markdown) and its revision, for error reports. */
  async getPlainText(slug: string, viewer?: Actor): Promise<{ articleId: string; revision: number; text: string }> {
    const article = await this.findBySlugOrFail(slug, viewer);
    return { articleId: article.id, revision: article.revision, text: articlePlainText(article) };
  }

  private async findRow(slug: string, db: Queryable = this.dataSource): Promise<ArticleRow | undefined> {
    if (slug.length > SLUG_MAX || !SLUG_PATTERN.test(slug)) return undefined;
    const [row] = await sqlRows<ArticleRow>(
      db,
      `${articleSelect(this.config.THREAD_AUTO_CLOSE_DAYS)} WHERE a.slug = $1`,
      [slug],
    );
    return row;
  }

  /** Published articles, newest first; keyset on (published_at, id). One query. */
  /** Published articles, newest first; with `include: 'unpublished'` (editors, admins) those to come too. */
  async list(
    query: PageQuery & { include?: 'unpublished' },
    language: Language,
    viewer?: Actor,
  ): Promise<Page<ArticleSummaryResponse>> {
    if (query.include === 'unpublished') ensureCanListUnpublished(viewer);
    const published = query.include === 'unpublished' ? 'TRUE' : 'a.published_at <= now()';
    const limit = query.limit ?? 50;
    const parameters: unknown[] = [limit + 1];
    let keyset = '';
    if (query.cursor) {
      const [publishedAt, id] = decodeCursor(query.cursor, ['string', 'string']) as string[];
      if (!/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,6})?\+00$/.test(publishedAt) || !/^[0-9a-f-]{36}$/.test(id)) {
        throw badRequest('validation.invalid_cursor', {}, [{ field: 'cursor', code: 'validation.invalid_cursor' }]);
      }
      parameters.push(publishedAt, id);
      keyset = `AND (a.published_at, a.id) < ($2::timestamptz, $3::uuid)`;
    }
    const rows = await sqlRows<ArticleRow>(
      this.replica, // lag-tolerant: a read replica when there are some
      `${articleSelect(this.config.THREAD_AUTO_CLOSE_DAYS)} WHERE ${published} ${keyset} ORDER BY a.published_at DESC, a.id DESC LIMIT $1`,
      parameters,
    );
    return toPage(
      rows,
      limit,
      (row) => this.toSummary(row, language),
      (row) => [row.published_key, row.id],
    );
  }

  /**
   * The article page. A plain read is lag-tolerant and goes to a read replica (when
   * there are some); the answer to a write passes the primary (read-your-writes).
   */
  async get(
    slug: string,
    viewer: Actor | undefined,
    language: Language,
    db: Queryable = this.replica,
  ): Promise<ArticleResponse> {
    const row = await this.findRow(slug, db);
    if (!row || !canSeeArticle(viewer, { publishedAt: new Date(row.published_at) })) throw notFound();
    return this.toResponse(row, viewer, language, db);
  }

  /**
   * The article and its thread in one transaction. A derived slug that clashes
   * becomes slug-2, slug-3 … (INSERT … ON CONFLICT DO NOTHING, so a concurrent
   * creator never makes us fail); an explicit one that clashes is a 409.
   */
  async create(dto: CreateArticleDto, actor: Actor, language: Language): Promise<ArticleResponse> {
    ensureCanEditArticle(actor);
    const bodyHtml = renderArticleMarkdown(dto.body);
    const slug = await this.dataSource.transaction(async (manager) => {
      const base = dto.slug ?? slugify(dto.title, SLUG_MAX - 8);
      let suffix = 1;
      if (!dto.slug) {
        // Start after the highest suffix already taken (an optimisation: the loop below is what is safe).
        const [taken] = await sqlRows<{ max: number | null }>(
          manager,
          `SELECT max(CASE WHEN slug = $1 THEN 1 ELSE substring(slug FROM length($1) + 2)::int END) AS max
             FROM articles WHERE slug = $1 OR (slug LIKE $1 || '-%' AND substring(slug FROM length($1) + 2) ~ '^[0-9]{1,6}$')`,
          [base],
        );
        if (taken.max !== null) suffix = taken.max + 1;
      }
      for (let attempt = 0; attempt < 1000; attempt += 1, suffix += 1) {
        const candidate = suffix === 1 ? base : `${base}-${suffix}`;
        const [inserted] = await sqlRows<{ id: string }>(
          manager,
          `INSERT INTO articles (slug, title, summary, body, body_html, sources, discussion_prompts, related, author_id,
                                 published_at, url, discussion_closes_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, coalesce($10::timestamptz, now()), $11, $12)
           ON CONFLICT (slug) DO NOTHING RETURNING id`,
          [
            candidate,
            dto.title,
            dto.summary ?? '',
            dto.body,
            bodyHtml,
            JSON.stringify(dto.sources ?? []),
            JSON.stringify(dto.discussionPrompts ?? []),
            JSON.stringify(dto.related ?? []),
            actor.id,
            dto.publishedAt ?? null,
            dto.url ?? null,
            dto.discussionClosesAt ?? null,
          ],
        );
        if (inserted) {
          await ThreadsRepository.create(manager, inserted.id);
          await this.recordRevision(
            manager,
            { id: inserted.id, revision: 1, title: dto.title, summary: dto.summary ?? '', body: dto.body },
            actor.id,
          );
          await this.audit.record(manager, actor, {
            action: 'article.create',
            targetType: 'article',
            targetId: inserted.id,
            after: { slug: candidate, title: dto.title },
          });
          return candidate;
        }
        if (dto.slug) throw slugTaken();
      }
      throw slugTaken();
    });
    return this.get(slug, actor, language, this.dataSource);
  }

  /**
   * Edits; a changed title, summary or body bumps `revision` (error reports
   * record the revision they quote). `correctionNote` appends to the public
   * corrections log in the same transaction, as does the audit entry.
   */
  async update(slug: string, dto: UpdateArticleDto, actor: Actor, language: Language): Promise<ArticleResponse> {
    ensureCanEditArticle(actor);
    const { correctionNote, ...fields } = dto;
    if (Object.values(fields).every((value) => value === undefined) && correctionNote === undefined) {
      throw badRequest('articles.nothing_to_change');
    }
    if (slug.length > SLUG_MAX || !SLUG_PATTERN.test(slug)) throw notFound();
    const newSlug = await this.dataSource.transaction(async (manager) => {
      const current = await this.lockForEdit(manager, slug);

      const { sets, values, textChanged } = articleChanges(fields, current);
      if (sets.length > 0) await this.writeChanges(manager, current.id, sets, values);
      if (textChanged) {
        const text = { title: fields.title ?? current.title, summary: fields.summary ?? current.summary };
        await this.recordRevision(
          manager,
          { id: current.id, revision: current.revision + 1, ...text, body: fields.body ?? current.body },
          actor.id,
        );
      }
      if (correctionNote !== undefined) {
        const correctionId = await ArticleCorrectionsRepository.append(manager, {
          articleId: current.id,
          note: correctionNote,
          actorId: actor.id,
        });
        await this.events.publish(manager, 'article.corrected', {
          articleId: current.id,
          articleSlug: fields.slug ?? current.slug,
          correctionId,
          note: correctionNote,
          errorReportId: null,
        });
      }
      const changed = Object.keys(fields).filter((key) => fields[key as keyof typeof fields] !== undefined);
      await this.audit.record(manager, actor, {
        action: 'article.update',
        targetType: 'article',
        targetId: current.id,
        reason: correctionNote ?? null,
        before: { slug: current.slug, title: current.title, revision: current.revision },
        after: {
          slug: fields.slug ?? current.slug,
          title: fields.title ?? current.title,
          revision: current.revision + (textChanged ? 1 : 0),
          changed,
          ...(correctionNote !== undefined ? { correctionNote } : {}),
        },
      });
      return fields.slug ?? current.slug;
    });
    return this.get(newSlug, actor, language, this.dataSource);
  }

  /** The article being edited, under its row lock (404 when there is none). */
  private async lockForEdit(
    manager: EntityManager,
    slug: string,
  ): Promise<{ id: string; slug: string; title: string; summary: string; body: string; revision: number }> {
    const [current] = await sqlRows<{
      id: string;
      slug: string;
      title: string;
      summary: string;
      body: string;
      revision: number;
    }>(manager, `SELECT id, slug, title, summary, body, revision FROM articles WHERE slug = $1 FOR UPDATE`, [slug]);
    if (!current) throw notFound();
    return current;
  }

  /** The edit's UPDATE (SET list from articleChanges); a slug another article holds is 409. */
  private async writeChanges(manager: EntityManager, id: string, sets: string[], values: unknown[]): Promise<void> {
    try {
      await manager.query(`UPDATE articles SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`, [id, ...values]);
    } catch (error) {
      if (isPgError(error, PG_UNIQUE_VIOLATION)) throw slugTaken();
      throw error;
    }
  }

  private toSummary(row: ArticleRow, language: Language): ArticleSummaryResponse {
    return {
      id: row.id,
      slug: row.slug,
      title: row.title,
      summary: row.summary,
      author:
        row.author_id === null
          ? { username: null, displayName: NEWSROOM_NAME[language] }
          : toAuthor(row.author_username, row.author_display_name, language),
      publishedAt: new Date(row.published_at).toISOString(),
      thread: { id: row.thread_id, status: row.thread_status, postCount: row.post_count },
    };
  }

  private async toResponse(
    row: ArticleRow,
    viewer: Actor | undefined,
    language: Language,
    db: Queryable,
  ): Promise<ArticleResponse> {
    const [corrections, polls] = await Promise.all([
      sqlRows<{ note: string; created_at: Date }>(
        db,
        `SELECT note, created_at FROM article_corrections WHERE article_id = $1 ORDER BY created_at ASC, id ASC`,
        [row.id],
      ),
      this.pollsProvider ? this.pollsProvider.pollsForArticle(row.id, viewer, language) : Promise.resolve([]),
    ]);
    return {
      ...this.toSummary(row, language),
      url: row.url,
      externalId: row.external_id,
      discussionClosesAt: row.discussion_closes_at ? new Date(row.discussion_closes_at).toISOString() : null,
      body: row.body,
      bodyHtml: row.body_html,
      sources: row.sources,
      discussionPrompts: row.discussion_prompts,
      related: row.related,
      revision: row.revision,
      createdAt: new Date(row.created_at).toISOString(),
      updatedAt: new Date(row.updated_at).toISOString(),
      polls,
      corrections: corrections.map((c) => ({ note: c.note, createdAt: new Date(c.created_at).toISOString() })),
    };
  }
}
