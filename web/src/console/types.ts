/**
 * The API shapes the console reads (from queue.service.ts and the moderation routes),
 * kept by hand until the OpenAPI-generated types land (issue #14).
 */
export type Kind = 'flagged' | 'pending' | 'error_report';

export interface Reasons {
  flags?: Record<string, number>;
  watchedWords?: string[];
  newAccount?: boolean;
  autoHidden?: boolean;
  errorReport?: boolean;
}

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

export interface ReportSubject {
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
  kind: Kind;
  status: 'open' | 'resolved';
  createdAt: string;
  reasons: Reasons;
  subject: PostSubject | ReportSubject;
  claimedBy: { id: string; username: string | null } | null;
}

export interface AuditEntry {
  id: string;
  actor: { id: string; username: string | null } | null;
  actorRole: string | null;
  action: string;
  targetType: string;
  targetId: string;
  reason: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  createdAt: string;
}

export interface WatchedWord {
  id: string;
  pattern: string;
  action: 'block' | 'require_approval' | 'flag';
  createdBy: { username: string | null } | null;
  createdAt: string;
}
