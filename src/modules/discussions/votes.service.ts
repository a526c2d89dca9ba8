import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { canSeePublication, type Actor } from '../../common/auth/decorators.js';
import { notFound } from '../../common/errors/problem.js';
import { sqlRows } from '../../database/sql.js';
import { RealtimeService } from '../../platform/realtime/realtime.service.js';
import type { PostStatus } from './entities/post.entity.js';
import { ensureCanVote } from './posts.policy.js';
import { PostsRepository } from './posts.repository.js';

export interface VoteResult {
  score: number;
  myVote: number | null;
}

/**
 * Votes ±1, one per user per post (the primary key). The counters move by the
 * delta of what the upsert or delete actually changed, in the same transaction:
 * the vote row's lock makes concurrent identical votes count once.
 */
@Injectable()
export class VotesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly realtime: RealtimeService,
  ) {}

  /** The post's author and status; 404 when absent or when its article is not yet published to the actor. */
  private async visiblePost(
    manager: EntityManager,
    actor: Actor,
    postId: string,
  ): Promise<{ author_id: string | null; status: PostStatus }> {
    const [post] = await sqlRows<{ author_id: string | null; status: PostStatus; article_published_at: Date }>(
      manager,
      `SELECT author_id, status, ${PostsRepository.articlePublishedAtSql('posts')} AS article_published_at
         FROM posts WHERE id = $1`,
      [postId],
    );
    if (!post || !canSeePublication(actor, new Date(post.article_published_at))) throw notFound();
    return post;
  }

  private async votablePost(manager: EntityManager, actor: Actor, postId: string): Promise<void> {
    const post = await this.visiblePost(manager, actor, postId);
    ensureCanVote(actor, { authorId: post.author_id, status: post.status });
  }

  async vote(postId: string, actor: Actor, value: 1 | -1): Promise<VoteResult> {
    return this.dataSource.transaction(async (manager) => {
      await this.votablePost(manager, actor, postId);
      // Returns a row only when something changed: `inserted` for a new vote, else the
      // opposite vote was flipped (values are ±1). The same vote again returns nothing.
      const [changed] = await sqlRows<{ inserted: boolean }>(
        manager,
        `INSERT INTO post_votes (post_id, user_id, value) VALUES ($1, $2, $3)
         ON CONFLICT (post_id, user_id) DO UPDATE SET value = EXCLUDED.value, created_at = now()
          WHERE post_votes.value <> EXCLUDED.value
         RETURNING (xmax = 0) AS inserted`,
        [postId, actor.id, value],
      );
      if (!changed) return { score: await this.score(manager, postId), myVote: value };
      const up = value === 1 ? 1 : changed.inserted ? 0 : -1;
      const down = value === -1 ? 1 : changed.inserted ? 0 : -1;
      return { score: await this.moveCounters(manager, postId, up, down), myVote: value };
    });
  }

  async withdraw(postId: string, actor: Actor): Promise<VoteResult> {
    return this.dataSource.transaction(async (manager) => {
      await this.visiblePost(manager, actor, postId);
      const [removed] = await sqlRows<{ value: number }>(
        manager,
        `DELETE FROM post_votes WHERE post_id = $1 AND user_id = $2 RETURNING value`,
        [postId, actor.id],
      );
      if (!removed) return { score: await this.score(manager, postId), myVote: null };
      const up = removed.value === 1 ? -1 : 0;
      const down = removed.value === -1 ? -1 : 0;
      return { score: await this.moveCounters(manager, postId, up, down), myVote: null };
    });
  }

  /**
   * Moves the post's counters by what the vote changed and announces the new score
   * to the thread's readers (`post.voted`), in the vote's transaction.
   */
  private async moveCounters(manager: EntityManager, postId: string, up: number, down: number): Promise<number> {
    const [post] = await sqlRows<{ score: number; thread_id: string; number: number }>(
      manager,
      `UPDATE posts SET upvotes = upvotes + $2, downvotes = downvotes + $3, score = score + $2 - $3
        WHERE id = $1 RETURNING score, thread_id, number`,
      [postId, up, down],
    );
    await this.realtime.publish(
      { threadId: post.thread_id, type: 'post.voted', data: { id: postId, number: post.number, score: post.score } },
      manager,
    );
    return post.score;
  }

  private async score(manager: EntityManager, postId: string): Promise<number> {
    const [row] = await sqlRows<{ score: number }>(manager, `SELECT score FROM posts WHERE id = $1`, [postId]);
    return row?.score ?? 0;
  }
}
