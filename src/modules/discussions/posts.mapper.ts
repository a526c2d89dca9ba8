import type { Actor, Role } from '../../common/auth/decorators.js';
import type { Language } from '../../common/i18n/messages.js';
import { DELETED_USER_NAME } from '../users/users.mapper.js';
import type { PostStatus } from './entities/post.entity.js';
import type { ThreadStatus } from './entities/thread.entity.js';
import { canDeletePost, canEditPost, canReadPostBody } from './posts.policy.js';

/** One post as the shared SELECT below returns it (snake_case columns, already joined). */
export interface PostRow {
  id: string;
  thread_id: string;
  number: number;
  author_id: string | null;
  body: string;
  html: string;
  reply_to_id: string | null;
  status: PostStatus;
  moderation_reason: string | null;
  score: number;
  upvotes: number;
  downvotes: number;
  flag_count: number;
  revision_count: number;
  edited_at: Date | null;
  deleted_at: Date | null;
  created_at: Date;
  thread_status: ThreadStatus;
  author_username: string | null;
  author_display_name: string | null;
  author_role: Role | null;
  featured_at: Date | null;
  reply_number: number | null;
  reply_author_id: string | null;
  reply_author_username: string | null;
  reply_author_display_name: string | null;
  my_vote: number | null;
}

/**
 * The columns of a Post response with its author, the post it replies to (and
 * that post's author), its thread's status and the viewer's vote: a page of
 * posts is ONE query. `$viewer` is the parameter holding the viewer's id (or null);
 * `from` is the posts relation aliased `p` (a CTE's RETURNING rows, after an insert);
 * `extraColumns` (starting with a comma) are appended to the select list.
 */
export function postSelect(viewerParam: string, from = 'posts p', extraColumns = ''): string {
  return `
    SELECT p.id, p.thread_id, p.number, p.author_id, p.body, p.html, p.reply_to_id, p.status, p.moderation_reason,
           p.score, p.upvotes, p.downvotes, p.flag_count, p.revision_count, p.edited_at, p.deleted_at, p.created_at,
           t.status AS thread_status,
           CASE WHEN u.anonymized_at IS NULL THEN u.username::text END AS author_username,
           CASE WHEN u.anonymized_at IS NULL THEN coalesce(u.display_name, u.username::text) END AS author_display_name,
           CASE WHEN u.anonymized_at IS NULL THEN u.role END AS author_role, p.featured_at,
           r.number AS reply_number, r.author_id AS reply_author_id,
           CASE WHEN ru.anonymized_at IS NULL THEN ru.username::text END AS reply_author_username,
           CASE WHEN ru.anonymized_at IS NULL THEN coalesce(ru.display_name, ru.username::text) END AS reply_author_display_name,
           v.value AS my_vote${extraColumns}
      FROM ${from}
      JOIN threads t ON t.id = p.thread_id
      LEFT JOIN users u ON u.id = p.author_id
      LEFT JOIN posts r ON r.id = p.reply_to_id
      LEFT JOIN users ru ON ru.id = r.author_id
      LEFT JOIN post_votes v ON v.post_id = p.id AND v.user_id = ${viewerParam}::uuid`;
}

export interface PostAuthor {
  username: string | null;
  displayName: string;
}

/** `journalist` for editors, `staff` for moderators and admins, else null. */
export type AuthorBadge = 'journalist' | 'staff' | null;

export function authorBadge(role: Role | null): AuthorBadge {
  if (role === 'editor') return 'journalist';
  if (role === 'moderator' || role === 'admin') return 'staff';
  return null;
}

export interface PostResponse {
  id: string;
  threadId: string;
  number: number;
  author: PostAuthor & { badge: AuthorBadge };
  /** null in a placeholder (hidden, pending or deleted post the caller may not read). */
  body: string | null;
  html: string | null;
  replyTo: { id: string; number: number; author: PostAuthor } | null;
  status: PostStatus;
  /** Featured by the newsroom ("choix de la rédaction"). */
  featured: boolean;
  score: number;
  myVote?: number | null;
  editedAt: string | null;
  createdAt: string;
  /** Staff only: why a moderator hid it. */
  moderationReason?: string | null;
  permissions: { canEdit: boolean; canDelete: boolean };
}

export interface PostViewContext {
  viewer: Actor | null | undefined;
  language: Language;
  editWindowMinutes: number;
  now?: Date;
}

/** An erased account (or a vanished author) shows a neutral name in the reader's language. */
export function toAuthor(username: string | null, displayName: string | null, language: Language): PostAuthor {
  if (username === null) return { username: null, displayName: DELETED_USER_NAME[language] };
  return { username, displayName: displayName ?? username };
}

export function toPostResponse(row: PostRow, context: PostViewContext): PostResponse {
  const { viewer, language } = context;
  const facts = {
    authorId: row.author_id,
    status: row.status,
    threadStatus: row.thread_status,
    createdAt: new Date(row.created_at),
  };
  const readable = canReadPostBody(viewer, facts);
  const response: PostResponse = {
    id: row.id,
    threadId: row.thread_id,
    number: row.number,
    author: {
      ...toAuthor(row.author_username, row.author_display_name, language),
      badge: authorBadge(row.author_role),
    },
    body: readable ? row.body : null,
    html: readable ? row.html : null,
    replyTo:
      row.reply_to_id && row.reply_number !== null
        ? {
            id: row.reply_to_id,
            number: row.reply_number,
            author: toAuthor(row.reply_author_username, row.reply_author_display_name, language),
          }
        : null,
    status: row.status,
    featured: row.featured_at !== null,
    score: row.score,
    editedAt: row.edited_at ? new Date(row.edited_at).toISOString() : null,
    createdAt: new Date(row.created_at).toISOString(),
    permissions: {
      canEdit: canEditPost(viewer, facts, context.editWindowMinutes, context.now),
      canDelete: canDeletePost(viewer, facts),
    },
  };
  if (viewer) response.myVote = row.my_vote ?? null;
  if (viewer && (viewer.role === 'moderator' || viewer.role === 'admin'))
    response.moderationReason = row.moderation_reason;
  return response;
}
