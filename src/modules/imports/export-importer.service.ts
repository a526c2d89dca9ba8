import { createReadStream } from 'node:fs';
import { Injectable } from '@nestjs/common';
import { DataSource, type QueryRunner } from 'typeorm';
import { sqlRows } from '../../database/sql.js';
import { renderPostMarkdown } from '../../platform/markdown/markdown.js';
import { PostImportRepository } from '../discussions/post-import.repository.js';
import { ExternalAccountsService } from '../users/external-accounts.service.js';
import { readExport, type ExportFormat, type ExportPost, type ExportThread } from './export-reader.js';
import { htmlToMarkdown } from './html-to-markdown.js';

export interface ImportResult {
  imported: number;
  skipped: number;
}

const STAGE_BATCH = 1000;
const AUTHOR_BATCH = 500;
const THREAD_BATCH = 500;
const MAX_BODY = 20_000;

interface StagedPost {
  externalId: string;
  threadExternalId: string;
  parentExternalId: string | null;
  authorKey: string | null;
  authorName: string | null;
  authorEmail: string | null;
  body: string;
  html: string;
  createdAt: Date;
  skip: string | null;
}

/** Who wrote it, as a stable key: the export's username, else the email, else the name. */
export function authorKey(post: ExportPost): string | null {
  if (post.authorUsername) return `u:${post.authorUsername.toLowerCase()}`.slice(0, 400);
  if (post.authorEmail) return `e:${post.authorEmail.toLowerCase()}`.slice(0, 400);
  if (post.authorName) return `n:${post.authorName.toLowerCase()}`.slice(0, 400);
  return null;
}

function stage(post: ExportPost): StagedPost {
  const body = htmlToMarkdown(post.body).slice(0, MAX_BODY);
  const email = post.authorEmail.toLowerCase();
  return {
    externalId: post.externalId.slice(0, 200),
    threadExternalId: post.threadExternalId,
    parentExternalId: post.parentExternalId,
    authorKey: authorKey(post),
    authorName: post.authorName.replace(/\s+/g, ' ').trim().slice(0, 64) || null,
    authorEmail: /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) && email.length <= 254 ? email : null,
    body,
    html: body === '' ? '' : renderPostMarkdown(body).html,
    createdAt: post.createdAt ?? new Date(0),
    skip: post.skip ?? (post.externalId === '' ? 'no_id' : body === '' ? 'empty' : null),
  };
}

/**
 * Imports a Disqus export or a WordPress WXR file, in constant memory:
 * 1. stream the XML and stage threads and posts, a batch at a time, in
 *    temporary tables on one connection (the file is never held whole);
 * 2. make one placeholder account per author (no password, `imported`), once
 *    per source and author key across runs;
 * 3. per thread whose link equals an article's `url`, in one transaction:
 *    number the new posts after the thread's counter in date order, keep their
 *    dates, record (source, external id) so a second run adds nothing, then
 *    link replies to their parents.
 * Imported posts are written like seeded ones: no notification, no event.
 */
@Injectable()
export class ExportImporter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: ExternalAccountsService,
  ) {}

  async run(format: ExportFormat, file: string): Promise<ImportResult> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await this.createStaging(runner);
      await this.stageFile(runner, format, file);
      await this.createAuthors(runner, format);
      const imported = await this.mergeThreads(runner, format);
      const [{ total }] = await sqlRows<{ total: number }>(runner, `SELECT count(*)::int AS total FROM import_posts`);
      return { imported, skipped: total - imported };
    } finally {
      await runner.query(`DROP TABLE IF EXISTS import_posts, import_threads, import_author_keys`).catch(() => {});
      await runner.release();
    }
  }

  private async createStaging(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TEMP TABLE import_threads (external_id text PRIMARY KEY, link text NOT NULL)`);
    await runner.query(
      `CREATE TEMP TABLE import_posts (external_id text PRIMARY KEY, thread_external_id text NOT NULL,
         parent_external_id text, author_key text, author_name text, author_email text,
         body text NOT NULL, html text NOT NULL, created_at timestamptz NOT NULL, skip text)`,
    );
    await runner.query(`CREATE INDEX ON import_posts (thread_external_id)`);
  }

  private async stageFile(runner: QueryRunner, format: ExportFormat, file: string): Promise<void> {
    let threads: ExportThread[] = [];
    let posts: StagedPost[] = [];
    const input = createReadStream(file, { encoding: 'utf8', highWaterMark: 64 * 1024 });
    for await (const records of readExport(format, input)) {
      for (const record of records) {
        if (record.kind === 'thread') threads.push(record);
        else posts.push(stage(record));
      }
      if (threads.length >= STAGE_BATCH) threads = await this.stageThreads(runner, threads);
      if (posts.length >= STAGE_BATCH) posts = await this.stagePosts(runner, posts);
    }
    await this.stageThreads(runner, threads);
    await this.stagePosts(runner, posts);
  }

  private async stageThreads(runner: QueryRunner, threads: ExportThread[]): Promise<ExportThread[]> {
    if (threads.length === 0) return [];
    await runner.query(
      `INSERT INTO import_threads (external_id, link) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`,
      [threads.map((t) => t.externalId), threads.map((t) => t.link)],
    );
    return [];
  }

  private async stagePosts(runner: QueryRunner, posts: StagedPost[]): Promise<StagedPost[]> {
    if (posts.length === 0) return [];
    const column = <K extends keyof StagedPost>(key: K) => posts.map((p) => p[key]);
    await runner.query(
      `INSERT INTO import_posts (external_id, thread_external_id, parent_external_id, author_key, author_name,
              author_email, body, html, created_at, skip)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                            $8::text[], $9::timestamptz[], $10::text[])
       ON CONFLICT DO NOTHING`,
      [
        column('externalId'),
        column('threadExternalId'),
        column('parentExternalId'),
        column('authorKey'),
        column('authorName'),
        column('authorEmail'),
        column('body'),
        column('html'),
        column('createdAt'),
        column('skip'),
      ],
    );
    return [];
  }

  /** One placeholder per author key not yet known for this source, a batch per transaction. */
  private async createAuthors(runner: QueryRunner, source: ExportFormat): Promise<void> {
    await runner.query(
      `CREATE TEMP TABLE import_author_keys AS
         SELECT author_key, min(author_name) AS author_name, min(author_email) AS author_email FROM import_posts
          WHERE skip IS NULL AND author_key IS NOT NULL GROUP BY author_key`,
    );
    await runner.query(`ALTER TABLE import_author_keys ADD PRIMARY KEY (author_key)`);
    for (let after = ''; ;) {
      const batch = await sqlRows<{ author_key: string; author_name: string | null; author_email: string | null }>(
        runner,
        `SELECT k.* FROM import_author_keys k
          WHERE k.author_key > $2
            AND NOT EXISTS (SELECT 1 FROM import_authors a WHERE a.source = $1 AND a.author_key = k.author_key)
          ORDER BY k.author_key LIMIT ${AUTHOR_BATCH}`,
        [source, after],
      );
      if (batch.length === 0) return;
      await inTransaction(runner, async () => {
        for (const author of batch) {
          const user = await this.accounts.create(
            runner.manager,
            { name: author.author_name, email: author.author_email },
            { imported: true },
          );
          await runner.query(`INSERT INTO import_authors (source, author_key, user_id) VALUES ($1, $2, $3)`, [
            source,
            author.author_key,
            user.id,
          ]);
        }
      });
      after = batch[batch.length - 1].author_key;
    }
  }

  /** Every staged thread whose link is an article's url, a transaction each. */
  private async mergeThreads(runner: QueryRunner, source: ExportFormat): Promise<number> {
    let imported = 0;
    for (let after = ''; ;) {
      const threads = await sqlRows<{ external_id: string; thread_id: string }>(
        runner,
        `SELECT s.external_id, th.id AS thread_id FROM import_threads s
           JOIN articles a ON a.url = s.link JOIN threads th ON th.article_id = a.id
          WHERE s.external_id > $1 ORDER BY s.external_id LIMIT ${THREAD_BATCH}`,
        [after],
      );
      if (threads.length === 0) return imported;
      for (const thread of threads) imported += await this.mergeThread(runner, source, thread);
      after = threads[threads.length - 1].external_id;
    }
  }

  private async mergeThread(
    runner: QueryRunner,
    source: ExportFormat,
    thread: { external_id: string; thread_id: string },
  ): Promise<number> {
    return inTransaction(runner, () =>
      PostImportRepository.mergeThread(runner, source, thread.external_id, thread.thread_id),
    );
  }
}

/** One transaction on the runner's connection (the staging tables are temporary: same connection only). */
async function inTransaction<T>(runner: QueryRunner, work: () => Promise<T>): Promise<T> {
  await runner.startTransaction();
  try {
    const result = await work();
    await runner.commitTransaction();
    return result;
  } catch (error) {
    await runner.rollbackTransaction();
    throw error;
  }
}
