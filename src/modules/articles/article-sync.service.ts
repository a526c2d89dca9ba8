import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { badRequest } from '../../common/errors/problem.js';
import type { Language } from '../../common/i18n/messages.js';
import { slugify } from '../../common/text/slugify.js';
import { sqlRows } from '../../database/sql.js';
import { renderArticleMarkdown } from '../../platform/markdown/markdown.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { ThreadsRepository } from '../discussions/threads.repository.js';
import {
  ArticlesService,
  auditActorOf,
  writerId,
  type ArticleResponse,
  type ArticleWriter,
} from './articles.service.js';
import { EXTERNAL_ID_PATTERN, type SyncArticleDto } from './dto/articles.dto.js';

interface CurrentArticle {
  id: string;
  slug: string;
  title: string;
  summary: string;
  body: string;
  revision: number;
}

/** The columns a sync sets, in the order of the SQL parameters below. */
function syncedColumns(dto: SyncArticleDto): unknown[] {
  return [
    dto.title,
    dto.summary ?? '',
    dto.body,
    renderArticleMarkdown(dto.body),
    JSON.stringify(dto.sources ?? []),
    JSON.stringify(dto.discussionPrompts ?? []),
    JSON.stringify(dto.related ?? []),
    dto.url ?? null,
    dto.discussionClosesAt ?? null,
    dto.publishedAt ?? null,
  ];
}

/**
 * The CMS's create-or-update by its own id. Idempotent and safe under
 * concurrency: the article row is inserted with `ON CONFLICT DO NOTHING` against
 * the unique `external_id`, so of two simultaneous first syncs one inserts and the
 * other (which waits on the unique index until the first commits) finds the row
 * and updates it. The slug, id and thread never change after creation.
 */
@Injectable()
export class ArticleSyncService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly articles: ArticlesService,
    private readonly audit: AuditService,
  ) {}

  async sync(
    externalId: string,
    dto: SyncArticleDto,
    writer: ArticleWriter,
    language: Language,
  ): Promise<{ created: boolean; article: ArticleResponse }> {
    if (!EXTERNAL_ID_PATTERN.test(externalId)) {
      throw badRequest('articles.invalid_external_id', {}, [
        { field: 'externalId', code: 'articles.invalid_external_id' },
      ]);
    }
    const outcome = await this.dataSource.transaction(async (manager) => {
      const created = await this.insertNew(manager, externalId, dto, writer);
      if (created) return { created: true, slug: created };
      return { created: false, slug: await this.updateExisting(manager, externalId, dto, writer) };
    });
    return { created: outcome.created, article: await this.articles.getForWriter(outcome.slug, language) };
  }

  /** Inserts the article (and its thread) unless the external id exists; returns its slug, or null. */
  private async insertNew(
    manager: EntityManager,
    externalId: string,
    dto: SyncArticleDto,
    writer: ArticleWriter,
  ): Promise<string | null> {
    const base = slugify(dto.title, 112);
    for (let suffix = 1; suffix < 1000; suffix += 1) {
      const slug = suffix === 1 ? base : `${base}-${suffix}`;
      const [inserted] = await sqlRows<{ id: string }>(
        manager,
        `INSERT INTO articles (title, summary, body, body_html, sources, discussion_prompts, related, url,
                               discussion_closes_at, published_at, slug, external_id, author_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, coalesce($10::timestamptz, now()), $11, $12, $13)
         ON CONFLICT DO NOTHING RETURNING id`,
        [...syncedColumns(dto), slug, externalId, writer.kind === 'user' ? writer.actor.id : null],
      );
      if (inserted) {
        await ThreadsRepository.create(manager, inserted.id);
        const text = { title: dto.title, summary: dto.summary ?? '', body: dto.body };
        await this.articles.recordRevision(manager, { id: inserted.id, revision: 1, ...text }, writerId(writer));
        await this.audit.record(manager, auditActorOf(writer), {
          action: 'article.sync_create',
          targetType: 'article',
          targetId: inserted.id,
          after: { slug, title: dto.title, externalId },
        });
        return slug;
      }
      // Either the external id exists (then update it) or only the slug was taken (try the next one).
      const [existing] = await sqlRows<{ id: string }>(manager, `SELECT id FROM articles WHERE external_id = $1`, [
        externalId,
      ]);
      if (existing) return null;
    }
    throw badRequest('articles.slug_exhausted');
  }

  private async updateExisting(
    manager: EntityManager,
    externalId: string,
    dto: SyncArticleDto,
    writer: ArticleWriter,
  ): Promise<string> {
    const [current] = await sqlRows<CurrentArticle>(
      manager,
      `SELECT id, slug, title, summary, body, revision FROM articles WHERE external_id = $1 FOR UPDATE`,
      [externalId],
    );
    const textChanged =
      current.title !== dto.title || current.summary !== (dto.summary ?? '') || current.body !== dto.body;
    const revision = current.revision + (textChanged ? 1 : 0);
    await manager.query(
      `UPDATE articles SET title = $1, summary = $2, body = $3, body_html = $4, sources = $5, discussion_prompts = $6,
              related = $7, url = $8, discussion_closes_at = $9, published_at = coalesce($10::timestamptz, published_at),
              revision = $11, updated_at = now()
        WHERE id = $12`,
      [...syncedColumns(dto), revision, current.id],
    );
    if (textChanged) {
      const text = { title: dto.title, summary: dto.summary ?? '', body: dto.body };
      await this.articles.recordRevision(manager, { id: current.id, revision, ...text }, writerId(writer));
    }
    await this.audit.record(manager, auditActorOf(writer), {
      action: 'article.sync_update',
      targetType: 'article',
      targetId: current.id,
      before: { title: current.title, revision: current.revision },
      after: { title: dto.title, revision, externalId },
    });
    return current.slug;
  }
}
