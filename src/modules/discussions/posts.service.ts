import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { canSeePublication, type Actor } from '../../common/auth/decorators.js';
import { badRequest, conflict, notFound, ProblemError, unprocessable } from '../../common/errors/problem.js';
import type { Language } from '../../common/i18n/messages.js';
import { decodeCursor, decodeTimeIdCursor, toPage, type Page, type PageQuery } from '../../common/pagination/cursor.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { primaryPool } from '../../database/primary-pool.js';
import { readReplica } from '../../database/read-replica.js';
import { sqlRows, type Queryable } from '../../database/sql.js';
import { ReadCacheService } from '../../platform/read-cache/read-cache.service.js';
import { SettingsService } from '../../platform/settings/settings.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { DomainEvents } from '../../platform/webhooks/domain-events.service.js';
import { RealtimeService } from '../../platform/realtime/realtime.service.js';
import type { CreatePostDto, EditPostDto, ListPostsQuery } from './dto/posts.dto.js';
import type { PostStatus } from './entities/post.entity.js';
import type { ThreadStatus } from './entities/thread.entity.js';
import { renderPostMarkdown } from '../../platform/markdown/markdown.js';
import type { PostDraft, StoredPost } from './post-pipeline.types.js';
import { notifyReplyAndMentions } from './post-notifications.service.js';
import { PostPipeline } from './post-pipeline.service.js';
import { postSelect, toAuthor, toPostResponse, type PostResponse, type PostRow } from './posts.mapper.js';
import { canReadPostBody, ensureCanDeletePost, ensureCanEditPost, ensureCanReadRevisions } from './posts.policy.js';
import { PostsRepository } from './posts.repository.js';
import { threadStatusSql } from './threads.repository.js';
import { CREATE_POST_PRECHECK_SQL, createPostStatement } from './posts.sql.js';

export interface ThreadResponse {
  id: string;
  articleSlug: string;
  title: string;
  status: ThreadStatus;
  postCount: number;
  lastPostAt: string | null;
}

/** Of a page's posts (`$1`), those reader `$2` wrote or voted on, as that reader sees them. */
const READER_PART_SQL = postSelect(
  '$2',
  `(SELECT * FROM posts p0 WHERE p0.id = ANY($1::uuid[])
       AND (p0.author_id = $2 OR EXISTS (SELECT 1 FROM post_votes v0 WHERE v0.post_id = p0.id AND v0.user_id = $2))) p`,
);

/** The one statement that numbers and stores a new post; 409 when the thread locked since the first read. */
async function storeNewPost(db: Queryable, write: { sql: string; parameters: unknown[] }): Promise<PostRow> {
  const [row] = await sqlRows<PostRow>(db, write.sql, write.parameters);
  if (!row) throw conflict('discussions.thread_locked');
  return row;
}

/** Joined to a post row: its article's publication time (an embargoed article's posts are 404). */
const ARTICLE_PUBLISHED_AT = `, (SELECT a.published_at FROM articles a WHERE a.id = t.article_id) AS article_published_at`;

interface PostPrecheck {
  status: ThreadStatus;
  article_published_at: Date;
  reply_id: string | null;
  reply_thread_id: string | null;
  reply_status: PostStatus | null;
  reply_author_id: string | null;
}

export interface RevisionResponse {
  revision: number;
  previousBody: string;
  body: string;
  reason: string | null;
  editor: { username: string | null; displayName: string } | null;
  createdAt: string;
}

/** A post in a user's list: the post and its article. */
export type UserPostResponse = PostResponse & { article: { title: string; slug: string } };

/** A write's result: the post, and whether it waits for approval (202). */
export interface PostWriteResult {
  post: PostResponse;
  pending: boolean;
}

/**
 * Threads and posts: numbering, listing, edits with revisions, soft delete.
 * Every write is atomic with its side effects (counters, revisions, notifications,
 * moderation hooks, the NOTIFY of the live event): one statement when that is all
 * it takes (most new posts), else one transaction.
 */
@Injectable()
export class PostsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: SettingsService,
    private readonly pipeline: PostPipeline,
    private readonly notifications: NotificationsService,
    private readonly realtime: RealtimeService,
    private readonly events: DomainEvents,
    private readonly readCache: ReadCacheService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.replica = readReplica(dataSource);
    this.primary = primaryPool(dataSource);
  }

  /** Lag-tolerant reads (thread header, thread pages): a read replica when DATABASE_READ_URLS sets some. */
  private readonly replica: Queryable;
  /** A new post's pre-check and one-statement write, outside any transaction: straight on the primary's pool. */
  private readonly primary: Queryable;

  /**
   * A thread's header; lag-tolerant, so read from a replica when there are some.
   * The thread of an article not yet published is 404 to whoever may not see the article.
   */
  async getThread(threadId: string, viewer: Actor | undefined): Promise<ThreadResponse> {
    const [row] = await sqlRows<{
      id: string;
      slug: string;
      title: string;
      status: ThreadStatus;
      visible_post_count: number;
      last_post_at: Date | null;
      published_at: Date;
    }>(
      this.replica,
      `SELECT t.id, a.slug, a.title, ${threadStatusSql('t', 'a', this.config.THREAD_AUTO_CLOSE_DAYS)} AS status,
              t.visible_post_count, t.last_post_at, a.published_at
         FROM threads t JOIN articles a ON a.id = t.article_id
        WHERE t.id = $1`,
      [threadId],
    );
    if (!row || !canSeePublication(viewer, new Date(row.published_at))) throw notFound();
    return {
      id: row.id,
      articleSlug: row.slug,
      title: row.title,
      status: row.status,
      postCount: row.visible_post_count,
      lastPostAt: row.last_post_at ? new Date(row.last_post_at).toISOString() : null,
    };
  }

  /**
   * A page of a thread: post-number order (`after`, or a cursor of the last
   * number), `sort=newest` (number descending, cursor of the last number) or
   * `sort=top` (score desc, then number; cursor of both). One query for the page
   * with authors, replied-to posts and the viewer's votes.
   */
  async listPosts(
    threadId: string,
    query: ListPostsQuery,
    viewer: Actor | undefined,
    language: Language,
  ): Promise<Page<PostResponse>> {
    // A reader's page is the public page (cached, like an anonymous reader's) plus their
    // own part; staff see more than the public page (bodies, reasons, embargoed threads).
    if (viewer?.role !== 'reader') return this.readPage(threadId, query, viewer, language);
    const id = threadId.toLowerCase();
    const key = `reader-base ${language} ${id} ${query.sort ?? 'number'} ${query.limit ?? 50} ${query.after ?? ''} ${query.cursor ?? ''}`;
    const publicPage = await this.readCache.readThrough(
      key,
      '/api/threads/:id/posts',
      () => this.readPage(id, query, undefined, language),
      () => ({ tags: [`thread:${id}`] }),
    );
    return this.withReaderPart(publicPage, viewer, language);
  }

  /** One query for a page: the posts with their authors, replied-to posts and the viewer's votes. */
  private async readPage(
    threadId: string,
    query: ListPostsQuery,
    viewer: Actor | undefined,
    language: Language,
  ): Promise<Page<PostResponse>> {
    const limit = query.limit ?? 50;
    const sort = query.sort ?? 'number';
    if (sort !== 'number' && query.after !== undefined) {
      throw badRequest('discussions.after_with_top', {}, [{ field: 'after', code: 'discussions.after_with_top' }]);
    }
    const parameters: unknown[] = [threadId, viewer?.id ?? null, limit + 1];
    const { page, order } = threadPage(sort, query, parameters);
    // Lag-tolerant: a replica's page when there are replicas.
    const rows = await sqlRows<PostRow & { article_published_at: Date }>(
      this.replica,
      `${postSelect('$2', page, ARTICLE_PUBLISHED_AT)} ORDER BY ${order}`,
      parameters,
    );
    // 404 for an absent thread (not an empty page), and for the thread of an article not yet published.
    if (rows.length === 0) await this.getThread(threadId, viewer);
    else if (!canSeePublication(viewer, new Date(rows[0].article_published_at))) throw notFound();
    const context = { viewer, language, editWindowMinutes: (await this.settings.get()).editWindowMinutes };
    return toPage(
      rows,
      limit,
      (row) => toPostResponse(row, context),
      (row) => (sort === 'top' ? [row.score, row.number] : [row.number]),
    );
  }

  /**
   * A reader's page from the public one: the posts they wrote or voted on are read
   * again as they see them (one small query, usually empty: their pending body,
   * their permissions, their vote); on every other post a reader sees exactly what
   * an anonymous reader sees, with `myVote` null.
   */
  private async withReaderPart(
    publicPage: Page<PostResponse>,
    reader: Actor,
    language: Language,
  ): Promise<Page<PostResponse>> {
    const ids = publicPage.items.map((post) => post.id);
    const own = ids.length === 0 ? [] : await sqlRows<PostRow>(this.dataSource, READER_PART_SQL, [ids, reader.id]);
    const context = { viewer: reader, language, editWindowMinutes: (await this.settings.get()).editWindowMinutes };
    const theirs = new Map(own.map((row) => [row.id, toPostResponse(row, context)]));
    return {
      ...publicPage,
      items: publicPage.items.map((post) => theirs.get(post.id) ?? { ...post, myVote: null }),
    };
  }

  /**
   * The posts the newsroom featured in a thread, most recently featured first
   * (visible ones only; at most 100, a thread rarely has more than a handful).
   */
  async listFeatured(threadId: string, viewer: Actor | undefined, language: Language): Promise<Page<PostResponse>> {
    await this.getThread(threadId, viewer);
    const page = `(SELECT * FROM posts p WHERE p.thread_id = $1 AND p.featured_at IS NOT NULL AND p.status = 'visible'
                    ORDER BY p.featured_at DESC, p.id DESC LIMIT 100) p`;
    const rows = await sqlRows<PostRow>(
      this.replica,
      `${postSelect('$2', page)} ORDER BY p.featured_at DESC, p.id DESC`,
      [threadId, viewer?.id ?? null],
    );
    const context = { viewer, language, editWindowMinutes: (await this.settings.get()).editWindowMinutes };
    return { items: rows.map((row) => toPostResponse(row, context)), nextCursor: null };
  }

  /**
   * A user's visible posts on published articles, newest first, each with its
   * article's title and slug; keyset on (created_at, id). 404 for an unknown or
   * erased account.
   */
  async listUserPosts(
    username: string,
    query: PageQuery,
    viewer: Actor | undefined,
    language: Language,
  ): Promise<Page<UserPostResponse>> {
    const [user] = /^[A-Za-z0-9_.-]{3,32}$/.test(username)
      ? await sqlRows<{ id: string }>(
          this.replica,
          `SELECT id FROM users WHERE username = $1 AND anonymized_at IS NULL`,
          [username],
        )
      : [];
    if (!user) throw notFound('discussions.user_not_found');
    const limit = query.limit ?? 50;
    const parameters: unknown[] = [user.id, viewer?.id ?? null, limit + 1];
    let keyset = '';
    if (query.cursor) {
      parameters.push(...decodeTimeIdCursor(query.cursor));
      keyset = `AND (p.created_at, p.id) < ($4::timestamptz, $5::uuid)`;
    }
    const page = `(SELECT p.* FROM posts p JOIN threads th ON th.id = p.thread_id JOIN articles a ON a.id = th.article_id
                    WHERE p.author_id = $1 AND p.status = 'visible' AND a.published_at <= now() ${keyset}
                    ORDER BY p.created_at DESC, p.id DESC LIMIT $3) p`;
    const extra = `, (p.created_at AT TIME ZONE 'UTC')::text || '+00' AS created_key,
                   (SELECT json_build_object('title', a.title, 'slug', a.slug) FROM articles a WHERE a.id = t.article_id) AS article`;
    const rows = await sqlRows<PostRow & { created_key: string; article: { title: string; slug: string } }>(
      this.replica,
      `${postSelect('$2', page, extra)} ORDER BY p.created_at DESC, p.id DESC`,
      parameters,
    );
    const context = { viewer, language, editWindowMinutes: (await this.settings.get()).editWindowMinutes };
    return toPage(
      rows,
      limit,
      (row) => ({ ...toPostResponse(row, context), article: row.article }),
      (row) => [row.created_key, row.id],
    );
  }

  /** The raw row of one post (joined as for responses), or null; for the moderation module. */
  async getPostRow(
    postId: string,
    db: Queryable = this.dataSource,
    viewerId: string | null = null,
  ): Promise<PostRow | null> {
    const [row] = await sqlRows<PostRow>(db, `${postSelect('$2')} WHERE p.id = $1`, [postId, viewerId]);
    return row ?? null;
  }

  /** Maps a row for a viewer (the moderation module answers with the same shape). */
  async toResponse(row: PostRow, viewer: Actor | null | undefined, language: Language): Promise<PostResponse> {
    return toPostResponse(row, { viewer, language, editWindowMinutes: (await this.settings.get()).editWindowMinutes });
  }

  async getPost(postId: string, viewer: Actor | undefined, language: Language): Promise<PostResponse> {
    const [row] = await sqlRows<PostRow & { article_published_at: Date }>(
      this.dataSource,
      `${postSelect('$2', 'posts p', ARTICLE_PUBLISHED_AT)} WHERE p.id = $1`,
      [postId, viewer?.id ?? null],
    );
    if (!row || !canSeePublication(viewer, new Date(row.article_published_at))) throw notFound();
    return this.toResponse(row, viewer, language);
  }

  async createPost(threadId: string, dto: CreatePostDto, actor: Actor, language: Language): Promise<PostWriteResult> {
    if (dto.body.trim() === '') {
      throw badRequest('validation.failed', {}, [{ field: 'body', code: 'discussions.body_empty' }]);
    }
    const rendered = renderPostMarkdown(dto.body);
    // Existence, lock state and the replied-to post in one read, before any check runs
    // (a locked thread answers 409 first). Nothing is locked yet: the write re-checks the lock.
    const thread = await this.precheckNewPost(threadId, dto.replyTo, actor);

    const draft: PostDraft = { actor, threadId, body: dto.body, isEdit: false };
    const verdict = await this.pipeline.run(draft, this.dataSource.manager);
    const visible = verdict.status === 'visible';
    const repliedTo =
      visible && thread.reply_author_id && thread.reply_author_id !== actor.id ? thread.reply_author_id : null;
    const write = createPostStatement({
      threadId,
      authorId: actor.id,
      body: dto.body,
      html: rendered.html,
      replyToId: thread.reply_id,
      status: verdict.status,
      autoCloseDays: this.config.THREAD_AUTO_CLOSE_DAYS,
    });

    // The common case (no queue item, nobody to notify) is ONE statement, atomic by
    // itself: the thread row stays locked for that statement only, not for round trips.
    const announce = visible && this.events.wants('post.created');
    const followUps =
      announce || verdict.queue !== null || (visible && (repliedTo !== null || rendered.mentions.length > 0));
    const row = !followUps
      ? await storeNewPost(this.primary, write)
      : await this.dataSource.transaction(async (manager) => {
          const stored = await storeNewPost(manager, write);
          const post: StoredPost = {
            id: stored.id,
            threadId,
            number: stored.number,
            authorId: actor.id,
            status: verdict.status,
          };
          await this.pipeline.afterStore(post, draft, verdict, manager);
          await this.announceNewPost(manager, post, actor, {
            announce,
            visible,
            replyToId: thread.reply_id,
            repliedTo,
            body: dto.body,
            mentions: rendered.mentions,
          });
          return stored;
        });
    // Read-your-writes: the author's next page on this instance shows the post (a reader's
    // page is built on the public page, which the trigger's NOTIFY voids a moment later).
    this.readCache.invalidate(`thread:${threadId.toLowerCase()}`);
    return { post: await this.toResponse(row, actor, language), pending: row.status === 'pending' };
  }

  /** A new post's news, in its transaction: the webhook event, then reply and mention notifications. */
  private async announceNewPost(
    manager: EntityManager,
    post: StoredPost,
    actor: Actor,
    news: {
      announce: boolean;
      visible: boolean;
      replyToId: string | null;
      repliedTo: string | null;
      body: string;
      mentions: Parameters<typeof notifyReplyAndMentions>[6];
    },
  ): Promise<void> {
    if (news.announce) {
      await this.events.publish(manager, 'post.created', {
        id: post.id,
        threadId: post.threadId,
        number: post.number,
        authorId: actor.id,
        replyToId: news.replyToId,
      });
    }
    // A post waiting for approval is nobody's news yet.
    if (news.visible) {
      await notifyReplyAndMentions(this.notifications, manager, post, actor, news.body, news.repliedTo, news.mentions);
    }
  }

  /**
   * A new post's thread and replied-to post, read before any check runs (a locked
   * thread answers 409 first). Nothing is locked yet: the write re-checks the lock.
   * 404 for a thread whose article is not yet published to the caller, and for a
   * replied-to post that is absent or whose body the caller may not read (another
   * user's pending post): its existence is not confirmed, its author not notified.
   */
  private async precheckNewPost(threadId: string, replyTo: string | undefined, actor: Actor): Promise<PostPrecheck> {
    const [thread] = await sqlRows<PostPrecheck>(this.primary, CREATE_POST_PRECHECK_SQL, [
      threadId,
      replyTo?.toLowerCase() ?? null,
    ]);
    if (!thread || !canSeePublication(actor, new Date(thread.article_published_at))) throw notFound();
    if (thread.status !== 'open') throw conflict('discussions.thread_locked');
    if (!replyTo) return thread;
    if (
      !thread.reply_id ||
      !thread.reply_status ||
      !canReadPostBody(actor, { authorId: thread.reply_author_id, status: thread.reply_status })
    ) {
      throw new ProblemError(404, 'discussions.reply_not_found', {}, [
        { field: 'replyTo', code: 'discussions.reply_not_found' },
      ]);
    }
    if (thread.reply_thread_id !== threadId) {
      throw unprocessable('discussions.reply_to_other_thread', {}, [
        { field: 'replyTo', code: 'discussions.reply_to_other_thread' },
      ]);
    }
    return thread;
  }

  async editPost(postId: string, dto: EditPostDto, actor: Actor, language: Language): Promise<PostWriteResult> {
    if (dto.body.trim() === '') {
      throw badRequest('validation.failed', {}, [{ field: 'body', code: 'discussions.body_empty' }]);
    }
    const { editWindowMinutes } = await this.settings.get();
    const rendered = renderPostMarkdown(dto.body);
    const row = await this.dataSource.transaction(async (manager) => {
      const current = await this.lockEditable(manager, postId, actor, editWindowMinutes);
      const draft: PostDraft = { actor, threadId: current.thread_id, body: dto.body, postId, isEdit: true };
      const verdict = await this.pipeline.run(draft, manager);
      // An edit may send a visible post back to approval (watched word); it never un-hides one.
      const status = verdict.status === 'pending' && current.status === 'visible' ? 'pending' : current.status;

      const revision = current.revision_count + 1;
      await manager.query(
        `INSERT INTO post_revisions (post_id, revision, previous_body, body, editor_id, reason) VALUES ($1, $2, $3, $4, $5, $6)`,
        [postId, revision, current.body, dto.body, actor.id, dto.reason ?? null],
      );
      await PostsRepository.changeStatus(
        manager,
        postId,
        current.status,
        status,
        `body = $3, html = $4, revision_count = $5, edited_at = now()`,
        [dto.body, rendered.html, revision],
      );
      if (status === 'visible' || status === 'pending') {
        const stored: StoredPost = {
          id: postId,
          threadId: current.thread_id,
          number: current.number,
          authorId: current.author_id ?? actor.id,
          status,
        };
        await this.pipeline.afterStore(stored, draft, verdict, manager);
      }
      if (current.status === 'visible') {
        await this.realtime.publish(
          {
            threadId: current.thread_id,
            type: 'post.updated',
            data: { id: postId, number: current.number, status },
          },
          manager,
        );
      }
      return (await this.getPostRow(postId, manager, actor.id))!;
    });
    return { post: await this.toResponse(row, actor, language), pending: row.status === 'pending' };
  }

  /** The post under its row lock, if the actor may edit it now (author within the window, or staff). */
  private async lockEditable(
    manager: EntityManager,
    postId: string,
    actor: Actor,
    editWindowMinutes: number,
  ): Promise<PostRow> {
    const [current] = await sqlRows<PostRow & { article_published_at: Date }>(
      manager,
      `${postSelect('$2', 'posts p', ARTICLE_PUBLISHED_AT)} WHERE p.id = $1 FOR UPDATE OF p`,
      [postId, actor.id],
    );
    if (!current || !canSeePublication(actor, new Date(current.article_published_at))) throw notFound();
    ensureCanEditPost(
      actor,
      {
        authorId: current.author_id,
        status: current.status,
        threadStatus: current.thread_status,
        createdAt: new Date(current.created_at),
      },
      editWindowMinutes,
    );
    return current;
  }

  async listRevisions(postId: string, actor: Actor, language: Language): Promise<RevisionResponse[]> {
    const [post] = await sqlRows<{ author_id: string | null; article_published_at: Date }>(
      this.dataSource,
      `SELECT author_id, ${PostsRepository.articlePublishedAtSql('posts')} AS article_published_at FROM posts WHERE id = $1`,
      [postId],
    );
    if (!post || !canSeePublication(actor, new Date(post.article_published_at))) throw notFound();
    ensureCanReadRevisions(actor, { authorId: post.author_id });
    const rows = await sqlRows<{
      revision: number;
      previous_body: string;
      body: string;
      reason: string | null;
      editor_id: string | null;
      username: string | null;
      display_name: string | null;
      created_at: Date;
    }>(
      this.dataSource,
      `SELECT r.revision, r.previous_body, r.body, r.reason, r.editor_id, r.created_at,
              CASE WHEN u.anonymized_at IS NULL THEN u.username::text END AS username,
              CASE WHEN u.anonymized_at IS NULL THEN coalesce(u.display_name, u.username::text) END AS display_name
         FROM post_revisions r LEFT JOIN users u ON u.id = r.editor_id
        WHERE r.post_id = $1 ORDER BY r.revision ASC`,
      [postId],
    );
    return rows.map((row) => ({
      revision: row.revision,
      previousBody: row.previous_body,
      body: row.body,
      reason: row.reason,
      editor: row.editor_id ? toAuthor(row.username, row.display_name, language) : null,
      createdAt: new Date(row.created_at).toISOString(),
    }));
  }

  /** Soft delete by the author: status 'deleted', number kept; deleting twice is a no-op. */
  async deletePost(postId: string, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [post] = await sqlRows<{
        author_id: string | null;
        status: PostRow['status'];
        thread_id: string;
        number: number;
        article_published_at: Date;
      }>(
        manager,
        `SELECT author_id, status, thread_id, number, ${PostsRepository.articlePublishedAtSql('posts')} AS article_published_at
           FROM posts WHERE id = $1 FOR UPDATE`,
        [postId],
      );
      if (!post || !canSeePublication(actor, new Date(post.article_published_at))) throw notFound();
      ensureCanDeletePost(actor, { authorId: post.author_id, status: post.status });
      if (post.status === 'deleted') return;
      await PostsRepository.changeStatus(manager, postId, post.status, 'deleted', `deleted_at = now()`);
      await this.pipeline.afterDelete(
        { id: postId, threadId: post.thread_id, previousStatus: post.status },
        actor,
        manager,
      );
      if (post.status === 'visible') {
        await this.realtime.publish(
          {
            threadId: post.thread_id,
            type: 'post.updated',
            data: { id: postId, number: post.number, status: 'deleted' },
          },
          manager,
        );
      }
    });
  }
}

/**
 * The page of a thread in one order, picked from posts alone (index range scans,
 * LIMIT first) so that only its rows are joined: the plan cannot join a whole
 * thread before sorting it. Pushes its keyset parameters ($4, $5) onto `parameters`.
 */
function threadPage(
  sort: 'number' | 'newest' | 'top',
  query: ListPostsQuery,
  parameters: unknown[],
): { page: string; order: string } {
  if (sort === 'top') {
    const order = 'p.score DESC, p.number ASC';
    if (!query.cursor) {
      return { page: `(SELECT * FROM posts p WHERE p.thread_id = $1 ORDER BY ${order} LIMIT $3) p`, order };
    }
    // After (score, number) in `score DESC, number ASC` order: the rest of that score's
    // group, then every lower score. Two range scans of posts_thread_top_idx
    // (thread_id, score DESC, number), so a deep top page costs what the first does.
    const [score, number] = decodeCursor(query.cursor, ['number', 'number']) as number[];
    parameters.push(score, number);
    const page = `(SELECT * FROM (
                 (SELECT * FROM posts p WHERE p.thread_id = $1 AND p.score = $4 AND p.number > $5
                   ORDER BY p.number ASC LIMIT $3)
                 UNION ALL
                 (SELECT * FROM posts p WHERE p.thread_id = $1 AND p.score < $4
                   ORDER BY p.score DESC, p.number ASC LIMIT $3)) p
               ORDER BY ${order} LIMIT $3) p`;
    return { page, order };
  }
  if (sort === 'newest') {
    // Keyset on number, read backwards on posts_thread_number_key.
    const before = query.cursor ? (decodeCursor(query.cursor, ['number'])[0] as number) : 2_147_483_647;
    parameters.push(before);
    const page = `(SELECT * FROM posts p WHERE p.thread_id = $1 AND p.number < $4 ORDER BY p.number DESC LIMIT $3) p`;
    return { page, order: 'p.number DESC' };
  }
  const after = query.cursor ? (decodeCursor(query.cursor, ['number'])[0] as number) : (query.after ?? 0);
  parameters.push(after);
  const page = `(SELECT * FROM posts p WHERE p.thread_id = $1 AND p.number > $4 ORDER BY p.number ASC LIMIT $3) p`;
  return { page, order: 'p.number ASC' };
}
