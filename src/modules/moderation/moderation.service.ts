import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor, AccountStatus, Role } from '../../common/auth/decorators.js';
import { badRequest, conflict, notFound } from '../../common/errors/problem.js';
import { sqlRows } from '../../database/sql.js';
import type { FlagOutcome } from '../discussions/entities/post-flag.entity.js';
import type { PostStatus } from '../discussions/entities/post.entity.js';
import { PostNotificationsService } from '../discussions/post-notifications.service.js';
import { PostsRepository } from '../discussions/posts.repository.js';
import { ThreadsRepository } from '../discussions/threads.repository.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { RealtimeService } from '../../platform/realtime/realtime.service.js';
import { effectiveStatus } from '../users/users.mapper.js';
import { UsersRepository } from '../users/users.repository.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import type { ModerationKind, ModerationReasons } from './entities/moderation-item.entity.js';
import { ModerationHooks } from './moderation-hooks.service.js';
import { DomainEvents } from '../../platform/webhooks/domain-events.service.js';
import { ModerationQueueRepository } from './moderation-queue.repository.js';
import { ensureCanModeratePostBy, ensureCanSanctionUser, isClaimedByAnother } from './moderation.policy.js';

export type PostAction = 'approve' | 'reject' | 'hide' | 'restore';

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

interface LockedPost {
  id: string;
  status: PostStatus;
  thread_id: string;
  number: number;
  author_id: string | null;
  flag_count: number;
  moderation_reason: string | null;
}

interface OpenItem {
  id: string;
  kind: ModerationKind;
  reasons: ModerationReasons;
  created_at: Date;
  claimed_by_id: string | null;
  claimed_at: Date | null;
  claimed_by_username: string | null;
}

/** What an action does to a post in a given state; null when it does not apply (409). */
interface Transition {
  status: PostStatus;
  flagOutcome: Exclude<FlagOutcome, 'pending'>;
  resetFlags: boolean;
  resolution: string;
  moderationReason: string | null;
}

function transitionFor(
  action: PostAction,
  post: LockedPost,
  item: OpenItem | null,
  reason: string | null,
): Transition | null {
  switch (action) {
    case 'approve':
      if (post.status === 'pending') {
        return {
          status: 'visible',
          flagOutcome: 'dismissed',
          resetFlags: true,
          resolution: 'approved',
          moderationReason: null,
        };
      }
      if (item?.kind === 'flagged') {
        return {
          status: post.status === 'hidden' ? 'visible' : post.status,
          flagOutcome: 'dismissed',
          resetFlags: true,
          resolution: 'dismissed',
          moderationReason: post.status === 'hidden' ? null : post.moderation_reason,
        };
      }
      return null;
    case 'reject':
      return post.status === 'pending'
        ? {
            status: 'hidden',
            flagOutcome: 'agreed',
            resetFlags: false,
            resolution: 'rejected',
            moderationReason: reason,
          }
        : null;
    case 'hide':
      return post.status === 'visible' || post.status === 'pending'
        ? { status: 'hidden', flagOutcome: 'agreed', resetFlags: false, resolution: 'hidden', moderationReason: reason }
        : null;
    case 'restore':
      return post.status === 'hidden'
        ? {
            status: 'visible',
            flagOutcome: 'dismissed',
            resetFlags: true,
            resolution: 'restored',
            moderationReason: null,
          }
        : null;
  }
}

const PAST_TENSE: Record<PostAction, string> = {
  approve: 'approved',
  reject: 'rejected',
  hide: 'hidden',
  restore: 'restored',
};

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

  /** The same action inside the caller's transaction (an appeal reversed restores its post). */
  async performIn(
    manager: EntityManager,
    actor: Actor,
    postId: string,
    action: PostAction,
    reason: string | null,
  ): Promise<PostModerationResult> {
    const [post] = await sqlRows<LockedPost>(
      manager,
      `SELECT id, status, thread_id, number, author_id, flag_count, moderation_reason FROM posts WHERE id = $1 FOR UPDATE`,
      [postId],
    );
    if (!post) throw notFound();
    const [author] = post.author_id
      ? await sqlRows<{ id: string; role: Role }>(manager, `SELECT id, role FROM users WHERE id = $1`, [post.author_id])
      : [];
    ensureCanModeratePostBy(actor, author ?? null);
    const [item] = await sqlRows<OpenItem>(
      manager,
      `SELECT mi.id, mi.kind, mi.reasons, mi.created_at, mi.claimed_by_id, mi.claimed_at, u.username::text AS claimed_by_username
         FROM moderation_items mi LEFT JOIN users u ON u.id = mi.claimed_by_id
        WHERE mi.subject_type = 'post' AND mi.subject_id = $1 AND mi.status = 'open'
        FOR UPDATE OF mi`,
      [postId],
    );
    if (
      item &&
      isClaimedByAnother(actor, {
        claimedById: item.claimed_by_id,
        claimedAt: item.claimed_at && new Date(item.claimed_at),
      })
    ) {
      throw conflict('moderation.item_claimed', { username: item.claimed_by_username ?? '?' });
    }
    const transition = transitionFor(action, post, item ?? null, reason);
    if (!transition)
      throw conflict('moderation.invalid_transition', { status: post.status, action: PAST_TENSE[action] });

    const flagCount = transition.resetFlags ? 0 : post.flag_count;
    await PostsRepository.changeStatus(
      manager,
      postId,
      post.status,
      transition.status,
      `flag_count = $3, moderation_reason = $4`,
      [flagCount, transition.moderationReason],
    );
    const flaggers = await sqlRows<{ user_id: string }>(
      manager,
      `UPDATE post_flags SET outcome = $2, resolved_at = now() WHERE post_id = $1 AND outcome = 'pending' RETURNING user_id`,
      [postId, transition.flagOutcome],
    );

    let resolved: PostModerationResult['item'] = null;
    if (item) {
      const [row] = await ModerationQueueRepository.resolve(
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
      );
      resolved = { id: item.id, resolution: transition.resolution, version: row.version };
    }

    await this.hooks.afterPostDecision(manager, {
      actor,
      action,
      automated: false,
      reason,
      post: {
        id: postId,
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
      targetId: postId,
      reason,
      before: { status: post.status, flagCount: post.flag_count, moderationReason: post.moderation_reason },
      after: { status: transition.status, flagCount, moderationReason: transition.moderationReason },
    });
    await this.events.publish(manager, 'moderation.action', {
      action: `post.${action}`,
      actor: { id: actor.id, role: actor.role },
      target: { type: 'post', id: postId, threadId: post.thread_id, number: post.number },
      reason,
      status: transition.status,
    });

    const about = { postId, threadId: post.thread_id, number: post.number };
    if (post.author_id && post.author_id !== actor.id) {
      await this.notifications.notify(manager, post.author_id, 'post.moderated', {
        ...about,
        action,
        status: transition.status,
        reason,
      });
    }
    const flaggerIds = [...new Set(flaggers.map((flagger) => flagger.user_id))].filter((id) => id !== actor.id);
    await this.notifications.notifyMany(manager, flaggerIds, 'flag.outcome', {
      ...about,
      outcome: transition.flagOutcome,
    });

    // An approved pending post is published now: the news it would have made had it
    // gone out directly (reply, mentions) and, for the live stream, a new post.
    const published = post.status === 'pending' && transition.status === 'visible';
    if (published && post.author_id) {
      const [news] = await sqlRows<{ body: string; username: string | null; reply_author_id: string | null }>(
        manager,
        `SELECT p.body, u.username::text AS username, r.author_id AS reply_author_id
           FROM posts p LEFT JOIN users u ON u.id = p.author_id LEFT JOIN posts r ON r.id = p.reply_to_id
          WHERE p.id = $1`,
        [postId],
      );
      await this.postNotifications.replyAndMentions(
        manager,
        { id: postId, threadId: post.thread_id, number: post.number },
        { id: post.author_id, username: news.username },
        news.body,
        news.reply_author_id,
      );
    }

    if (published) {
      await this.events.publish(manager, 'post.created', {
        id: postId,
        threadId: post.thread_id,
        number: post.number,
        authorId: post.author_id,
      });
      // The same payload as a post published directly (posts.sql.ts), plus postId like the other moderation events.
      await this.realtime.publish(
        {
          threadId: post.thread_id,
          type: 'post.created',
          data: { id: postId, postId, number: post.number, status: transition.status },
        },
        manager,
      );
    } else if (transition.status !== post.status) {
      await this.realtime.publish(
        {
          threadId: post.thread_id,
          type: transition.status === 'hidden' ? 'post.hidden' : 'post.updated',
          data: { id: postId, postId, number: post.number, status: transition.status },
        },
        manager,
      );
    }

    return {
      post: {
        id: postId,
        threadId: post.thread_id,
        number: post.number,
        status: transition.status,
        flagCount,
        moderationReason: transition.moderationReason,
      },
      item: resolved,
    };
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
