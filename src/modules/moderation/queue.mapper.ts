import type { ModerationKind, ModerationReasons } from './entities/moderation-item.entity.js';

export interface PostSubject {
  type: 'post';
  post: {
    id: string;
    number: number;
    body: string;
    html: string;
    status: string;
    flagCount: number;
    createdAt: string;
  } | null;
  author: {
    id: string;
    username: string | null;
    createdAt: string;
    postCount: number;
    previousModeration: number;
  } | null;
  thread: { id: string; status: string } | null;
  article: { slug: string; title: string } | null;
  flags: Array<{
    reason: string;
    comment: string | null;
    outcome: string;
    createdAt: string;
    by: { username: string | null } | null;
  }>;
}

export interface ErrorReportSubject {
  type: 'error_report';
  report: {
    id: string;
    quote: string;
    suggestion: string | null;
    comment: string | null;
    status: string;
    createdAt: string;
  } | null;
  article: { slug: string; title: string } | null;
}

export interface QueueItem {
  id: string;
  kind: ModerationKind;
  status: 'open' | 'resolved';
  createdAt: string;
  reasons: ModerationReasons;
  subject: PostSubject | ErrorReportSubject;
  claimedBy: { id: string; username: string | null } | null;
  claimedAt: string | null;
  resolution: string | null;
  resolvedAt: string | null;
  version: number;
}

export interface ItemRow {
  id: string;
  kind: ModerationKind;
  subject_type: 'post' | 'error_report';
  subject_id: string;
  status: 'open' | 'resolved';
  reasons: ModerationReasons;
  version: number;
  claimed_by_id: string | null;
  claimed_by_username: string | null;
  claimed_at: Date | null;
  resolution: string | null;
  resolved_at: Date | null;
  created_at: Date;
  /** The keyset position in the page's order (creation, or resolution for the newest resolved first), as text. */
  page_key: string;
}

export interface PostRow {
  id: string;
  number: number;
  body: string;
  html: string;
  status: string;
  flag_count: number;
  created_at: Date;
  thread_id: string;
  thread_status: string;
  slug: string;
  title: string;
  author_id: string | null;
  author_username: string | null;
  author_created_at: Date | null;
  author_post_count: number | null;
  previous_moderation: number | null;
}

export interface FlagRow {
  post_id: string;
  reason: string;
  comment: string | null;
  outcome: string;
  created_at: Date;
  username: string | null;
  user_id: string | null;
}

export interface ReportRow {
  id: string;
  quote: string;
  suggestion: string | null;
  comment: string | null;
  status: string;
  created_at: Date;
  slug: string;
  title: string;
}

export const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/** The rows a queue page joins its items with, by subject id. */
export interface QueueContext {
  posts: Map<string, PostRow>;
  flags: Map<string, FlagRow[]>;
  reports: Map<string, ReportRow>;
}

export function queueContext(posts: PostRow[], flags: FlagRow[], reports: ReportRow[]): QueueContext {
  const flagsByPost = new Map<string, FlagRow[]>();
  for (const flag of flags) flagsByPost.set(flag.post_id, [...(flagsByPost.get(flag.post_id) ?? []), flag]);
  return {
    posts: new Map(posts.map((post) => [post.id, post])),
    flags: flagsByPost,
    reports: new Map(reports.map((report) => [report.id, report])),
  };
}

function toReportSubject(report: ReportRow | undefined): ErrorReportSubject {
  return {
    type: 'error_report',
    report: report
      ? {
          id: report.id,
          quote: report.quote,
          suggestion: report.suggestion,
          comment: report.comment,
          status: report.status,
          createdAt: iso(report.created_at)!,
        }
      : null,
    article: report ? { slug: report.slug, title: report.title } : null,
  };
}

function toPostSubject(post: PostRow | undefined, flags: FlagRow[]): PostSubject {
  return {
    type: 'post',
    post: post
      ? {
          id: post.id,
          number: post.number,
          body: post.body,
          html: post.html,
          status: post.status,
          flagCount: post.flag_count,
          createdAt: iso(post.created_at)!,
        }
      : null,
    author:
      post && post.author_id
        ? {
            id: post.author_id,
            username: post.author_username,
            createdAt: iso(post.author_created_at)!,
            postCount: post.author_post_count ?? 0,
            previousModeration: post.previous_moderation ?? 0,
          }
        : null,
    thread: post ? { id: post.thread_id, status: post.thread_status } : null,
    article: post ? { slug: post.slug, title: post.title } : null,
    flags: flags.map((flag) => ({
      reason: flag.reason,
      comment: flag.comment,
      outcome: flag.outcome,
      createdAt: iso(flag.created_at)!,
      by: flag.user_id ? { username: flag.username } : null,
    })),
  };
}

/** One queue item with its subject in full, from its row and the page's context. */
export function toQueueItem(row: ItemRow, context: QueueContext): QueueItem {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    createdAt: iso(row.created_at)!,
    reasons: row.reasons,
    subject:
      row.subject_type === 'error_report'
        ? toReportSubject(context.reports.get(row.subject_id))
        : toPostSubject(context.posts.get(row.subject_id), context.flags.get(row.subject_id) ?? []),
    claimedBy: row.claimed_by_id ? { id: row.claimed_by_id, username: row.claimed_by_username } : null,
    claimedAt: iso(row.claimed_at),
    resolution: row.resolution,
    resolvedAt: iso(row.resolved_at),
    version: row.version,
  };
}
