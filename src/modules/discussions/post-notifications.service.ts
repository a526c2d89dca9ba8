import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { sqlRows } from '../../database/sql.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { renderPostMarkdown } from '../../platform/markdown/markdown.js';

/** At most this many distinct users are notified of a mention in one post (no mass pinging). */
const MAX_MENTION_NOTIFICATIONS = 20;
const EXCERPT_LENGTH = 140;

const excerpt = (body: string): string => {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH - 1)}…` : flat;
};

/**
 * The news of a post becoming visible (published directly, or approved by a
 * moderator): `post.reply` to the replied-to post's author, `post.mention` to
 * the existing users it mentions — never to its own author, nobody twice. Run
 * it in the transaction that makes the post visible. `mentions` defaults to the
 * ones found in `body`.
 */
export async function notifyReplyAndMentions(
  notifications: NotificationsService,
  db: EntityManager,
  post: { id: string; threadId: string; number: number },
  author: { id: string; username: string | null },
  body: string,
  repliedAuthorId: string | null,
  mentions: string[] = renderPostMarkdown(body).mentions,
): Promise<void> {
  const data = {
    postId: post.id,
    threadId: post.threadId,
    number: post.number,
    by: author.username,
    excerpt: excerpt(body),
  };
  const repliedTo = repliedAuthorId && repliedAuthorId !== author.id ? repliedAuthorId : null;
  if (repliedTo) await notifications.notify(db, repliedTo, 'post.reply', data);
  if (mentions.length === 0) return;
  const mentioned = await sqlRows<{ id: string }>(
    db,
    `SELECT id FROM users
      WHERE username = ANY($1::citext[]) AND anonymized_at IS NULL AND id <> $2 AND id IS DISTINCT FROM $3::uuid
      LIMIT ${MAX_MENTION_NOTIFICATIONS}`,
    [mentions.slice(0, 100), author.id, repliedTo],
  );
  await notifications.notifyMany(
    db,
    mentioned.map((user) => user.id),
    'post.mention',
    data,
  );
}

/**
 * The same news, for other features that make a post visible (the moderation
 * queue approving a pending post), so they need not know how it is built.
 */
@Injectable()
export class PostNotificationsService {
  constructor(private readonly notifications: NotificationsService) {}

  replyAndMentions(
    db: EntityManager,
    post: { id: string; threadId: string; number: number },
    author: { id: string; username: string | null },
    body: string,
    repliedAuthorId: string | null,
  ): Promise<void> {
    return notifyReplyAndMentions(this.notifications, db, post, author, body, repliedAuthorId);
  }
}
