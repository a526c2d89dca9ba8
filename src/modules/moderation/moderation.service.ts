import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor, AccountStatus, Role } from '../../common/auth/decorators.js';
import { badRequest, conflict, notFound } from '../../common/errors/problem.js';
import { sqlRows } from '../../database/sql.js';
import type { PostStatus } from '../discussions/entities/post.entity.js';
import { PostNotificationsService } from '../discussions/post-notifications.service.js';
import { PostsRepository } from '../discussions/posts.repository.js';
import { ThreadsRepository } from '../discussions/threads.repository.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { RealtimeService } from '../../platform/realtime/realtime.service.js';
import { effectiveStatus } from '../users/users.mapper.js';
import { UsersRepository } from '../users/users.repository.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { ModerationHooks } from './moderation-hooks.service.js';
import { DomainEvents } from '../../platform/webhooks/domain-events.service.js';
import { ModerationQueueRepository } from './moderation-queue.repository.js';
import { ensureCanSanctionUser } from './moderation.policy.js';
import {
  decidePostAction,
  type LockedPost,
  type OpenItem,
  type PostAction,
  type PostActionDecision,
  type PostActionState,
} from './post-action.js';

export type { PostAction } from './post-action.js';

export interface PostModerationResult {
  post: {
    id: string;
    threadId: string;
    number: number;
    status: PostStatus;
    flagCount: number;
    moderationReason: string | null;
  };
  item: { id: string; resolution: string; version: number } | null;
}

export interface ThreadModerationResult {
  id: string;
  status: 'open' | 'locked';
}

export interface UserModerationResult {
  id: string;
  username: string | null;
  role: Role;
  status: AccountStatus;
  suspendedUntil: string | null;
}

/**
 * Every moderator action. Each runs in one transaction that locks its target
 * row, checks the state under that lock (so of two moderators racing on one
 * item exactly one wins and the other gets 409), applies the change, resolves
 * the queue item, writes its history and ONE audit entry, notifies and
 * publishes — all committed or none.
 */
@Injectable()
export class ModerationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly realtime: RealtimeService,
    private readonly postNotifications: PostNotificationsService,
    private readonly hooks: ModerationHooks,
    private readonly events: DomainEvents,
  ) {}

  perform(actor: Actor, postId: string, action: PostAction, reason: string | null): Promise<PostModerationResult> {
    return this.dataSource.transaction((manager) => this.performIn(manager, actor, postId, action, reason));
  }

  /**
   * One action on a post: load (under row locks) → decide (pure) → apply → announce, inside the
   * caller's transaction (an appeal reversed restores its post).
   */
  async performIn(
    manager: EntityManager,
    actor: Actor,
    postId: string,
    action: PostAction,
    reason: string | null,
  ): Promise<PostModerationResult> {
    const state = await this.loadPostAction(manager, postId);
    const decision = decidePostAction(actor, action, reason, state);
    const { flaggerIds, item } = await this.applyPostAction(manager, actor, state, decision, action, reason);
    await this.announcePostAction(manager, actor, state, decision, flaggerIds, action, reason);
    const { post } = state;
    return {
      post: {
        id: postId,
        threadId: post.thread_id,
        number: post.number,
        status: decision.transition.status,
        flagCount: decision.flagCount,
        moderationReason: decision.transition.moderationReason,
      },
      item,
    };
  }

  /** The post (locked), its author's rank, and its open queue item (locked). */
  private async loadPostAction(manager: EntityManager, postId: string): Promise<PostActionState> {
    const [post] = await sqlRows<LockedPost>(
      manager,
      `SELECT id, status, thread_id, number, author_id, flag_count, moderation_reason FROM posts WHERE id = $1 FOR UPDATE`,
      [postId],
    );
    if (!post) throw notFound();
    const [author] = post.author_id
      ? await sqlRows<{ id: string; role: Role }>(manager, `SELECT id, role FROM users WHERE id = $1`, [post.author_id])
      : [];
    const [item] = await sqlRows<OpenItem>(
      manager,
      `SELECT mi.id, mi.kind, mi.reasons, mi.created_at, mi.claimed_by_id, mi.claimed_at, u.username::text AS claimed_by_username
         FROM moderation_items mi LEFT JOIN users u ON u.id = mi.claimed_by_id
        WHERE mi.subject_type = 'post' AND mi.subject_id = $1 AND mi.status = 'open'
        FOR UPDATE OF mi`,
      [postId],
    );
    return { post, author: author ?? null, item: item ?? null };
  }

  /** The post's new state, the flags' outcome, the queue item resolved, and the audit entry. */
  private async applyPostAction(
    manager: EntityManager,
    actor: Actor,
    { post, item }: PostActionState,
    { transition, flagCount }: PostActionDecision,
    action: PostAction,
    reason: string | null,
  ): Promise<{ flaggerIds: string[]; item: PostModerationResult['item'] }> {
    await PostsRepository.changeStatus(
      manager,
      post.id,
      post.status,
      transition.status,
      `flag_count = $3, moderation_reason = $4`,
      [flagCount, transition.moderationReason],
    );
    const flaggers = await sqlRows<{ user_id: string }>(
      manager,
      `UPDATE post_flags SET outcome = $2, resolved_at = now() WHERE post_id = $1 AND outcome = 'pending' RETURNING user_id`,
      [post.id, transition.flagOutcome],
    );
    const [resolved] = item
      ? await ModerationQueueRepository.resolve(
          manager,
          { itemId: item.id },
          {
            actorId: actor.id,
            resolution: transition.resolution,
            action,
            note: reason,
            data: {
              from: post.status,
              to: transition.status,
              flagOutcome: flaggers.length > 0 ? transition.flagOutcome : null,
            },
          },
        )
      : [];
    await this.hooks.afterPostDecision(manager, {
      actor,
      action,
      automated: false,
      reason,
      post: {
        id: post.id,
        threadId: post.thread_id,
        number: post.number,
        authorId: post.author_id,
        from: post.status,
        to: transition.status,
      },
      item: item ? { id: item.id, kind: item.kind, reasons: item.reasons, createdAt: new Date(item.created_at) } : null,
    });
    await this.audit.record(manager, actor, {
      action: `post.${action}`,
      targetType: 'post',
      targetId: post.id,
      reason,
      before: { status: post.status, flagCount: post.flag_count, moderationReason: post.moderation_reason },
      after: { status: transition.status, flagCount, moderationReason: transition.moderationReason },
    });
    return {
      flaggerIds: [...new Set(flaggers.map((flagger) => flagger.user_id))].filter((id) => id !== actor.id),
      item: resolved ? { id: resolved.id, resolution: transition.resolution, version: resolved.version } : null,
    };
  }

  /** Notifications (author, flaggers, and a published post's reply and mention news) and the live event. */
  private async announcePostAction(
    manager: EntityManager,
    actor: Actor,
    { post }: PostActionState,
    { transition, published }: PostActionDecision,
    flaggerIds: string[],
    action: PostAction,
    reason: string | null,
  ): Promise<void> {
    await this.events.publish(manager, 'moderation.action', {
      action: `post.${action}`,
      actor: { id: actor.id, role: actor.role },
      target: { type: 'post', id: post.id, threadId: post.thread_id, number: post.number },
      reason,
      status: transition.status,
    });
    const about = { postId: post.id, threadId: post.thread_id, number: post.number };
    if (post.author_id && post.author_id !== actor.id) {
      await this.notifications.notify(manager, post.author_id, 'post.moderated', {
        ...about,
        action,
        status: transition.status,
        reason,
      });
    }
    await this.notifications.notifyMany(manager, flaggerIds, 'flag.outcome', {
      ...about,
      outcome: transition.flagOutcome,
    });
    if (published && post.author_id) await this.announcePublished(manager, post, post.author_id);
    if (published) {
      await this.events.publish(manager, 'post.created', {
        id: post.id,
        threadId: post.thread_id,
        number: post.number,
        authorId: post.author_id,
      });
    }
    if (!published && transition.status === post.status) return;
    // A published post: the same payload as a post published directly (posts.sql.ts), plus postId like the other moderation events.
    const type = published ? 'post.created' : transition.status === 'hidden' ? 'post.hidden' : 'post.updated';
    await this.realtime.publish(
      {
        threadId: post.thread_id,
        type,
        data: { id: post.id, postId: post.id, number: post.number, status: transition.status },
      },
      manager,
    );
  }

  /** An approved pending post makes the news it would have made had it gone out directly: reply, mentions. */
  private async announcePublished(manager: EntityManager, post: LockedPost, authorId: string): Promise<void> {
    const [news] = await sqlRows<{ body: string; username: string | null; reply_author_id: string | null }>(
      manager,
      `SELECT p.body, u.username::text AS username, r.author_id AS reply_author_id
         FROM posts p LEFT JOIN users u ON u.id = p.author_id LEFT JOIN posts r ON r.id = p.reply_to_id
        WHERE p.id = $1`,
      [post.id],
    );
    await this.postNotifications.replyAndMentions(
      manager,
      { id: post.id, threadId: post.thread_id, number: post.number },
      { id: authorId, username: news.username },
      news.body,
      news.reply_author_id,
    );
  }

  async setThreadLocked(
    actor: Actor,
    threadId: string,
    locked: boolean,
    reason: string | null,
  ): Promise<ThreadModerationResult> {
    return this.dataSource.transaction(async (manager) => {
      const [thread] = await sqlRows<{ id: string; status: 'open' | 'locked' }>(
        manager,
        `SELECT id, status FROM threads WHERE id = $1 FOR UPDATE`,
        [threadId],
      );
      if (!thread) throw notFound();
      const status = locked ? 'locked' : 'open';
      if (thread.status === status) throw conflict('moderation.thread_already', { status });
      await ThreadsRepository.setStatus(manager, threadId, status);
      await this.audit.record(manager, actor, {
        action: locked ? 'thread.lock' : 'thread.unlock',
        targetType: 'thread',
        targetId: threadId,
        reason,
        before: { status: thread.status },
        after: { status },
      });
      await this.events.publish(manager, 'moderation.action', {
        action: locked ? 'thread.lock' : 'thread.unlock',
        actor: { id: actor.id, role: actor.role },
        target: { type: 'thread', id: threadId },
        reason,
        status,
      });
      await this.realtime.publish(
        { threadId, type: locked ? 'thread.locked' : 'thread.unlocked', data: { threadId, status, reason } },
        manager,
      );
      return { id: threadId, status };
    });
  }

  async suspend(actor: Actor, userId: string, until: Date, reason: string): Promise<UserModerationResult> {
    if (!(until.getTime() > Date.now())) {
      throw badRequest('validation.failed', {}, [{ field: 'until', code: 'moderation.until_not_future' }]);
    }
    return this.changeSanction(actor, userId, 'user.suspend', reason, (target) => {
      if (target.status === 'banned') throw conflict('moderation.user_banned');
      return { status: 'suspended', suspendedUntil: until, sanctionReason: reason };
    });
  }

  async unsuspend(actor: Actor, userId: string, reason: string | null): Promise<UserModerationResult> {
    return this.changeSanction(actor, userId, 'user.unsuspend', reason, (target) => {
      if (effectiveStatus(target.status, target.suspended_until) !== 'suspended')
        throw conflict('moderation.not_suspended');
      return { status: 'active', suspendedUntil: null, sanctionReason: null };
    });
  }

  private changeSanction(
    actor: Actor,
    userId: string,
    action: string,
    reason: string | null,
    decide: (target: { status: AccountStatus; suspended_until: Date | null }) => {
      status: AccountStatus;
      suspendedUntil: Date | null;
      sanctionReason: string | null;
    },
  ): Promise<UserModerationResult> {
    return this.dataSource.transaction(async (manager) => {
      const [target] = await sqlRows<{
        id: string;
        username: string | null;
        role: Role;
        status: AccountStatus;
        suspended_until: Date | null;
        sanction_reason: string | null;
      }>(
        manager,
        `SELECT id, username::text AS username, role, status, suspended_until, sanction_reason
           FROM users WHERE id = $1 AND anonymized_at IS NULL FOR UPDATE`,
        [userId],
      );
      if (!target) throw notFound();
      ensureCanSanctionUser(actor, target);
      const next = decide(target);
      await UsersRepository.setSanction(manager, userId, next);
      await this.audit.record(manager, actor, {
        action,
        targetType: 'user',
        targetId: userId,
        reason,
        before: {
          status: target.status,
          suspendedUntil: target.suspended_until ? new Date(target.suspended_until).toISOString() : null,
        },
        after: { status: next.status, suspendedUntil: next.suspendedUntil?.toISOString() ?? null },
      });
      await this.events.publish(manager, 'moderation.action', {
        action,
        actor: { id: actor.id, role: actor.role },
        target: { type: 'user', id: userId },
        reason,
        status: next.status,
      });
      return {
        id: userId,
        username: target.username,
        role: target.role,
        status: next.status,
        suspendedUntil: next.suspendedUntil?.toISOString() ?? null,
      };
    });
  }
}
