import { UserNote } from './modules/moderation/entities/user-note.entity.js';
import { UserPremoderation } from './modules/moderation/entities/user-premoderation.entity.js';
import { WebhookDelivery } from './platform/webhooks/webhook-delivery.entity.js';
import { Webhook } from './platform/webhooks/webhook.entity.js';
import { ApiKey } from './modules/api-keys/entities/api-key.entity.js';
import { ArticleRevision } from './modules/articles/entities/article-revision.entity.js';
import { Appeal } from './modules/dsa/entities/appeal.entity.js';
import { DsaNotice } from './modules/dsa/entities/dsa-notice.entity.js';
import { ModerationDecision } from './modules/dsa/entities/moderation-decision.entity.js';
import { ArticleCorrection } from './modules/articles/entities/article-correction.entity.js';
import { Article } from './modules/articles/entities/article.entity.js';
import { EmailVerificationToken } from './modules/auth/entities/email-verification-token.entity.js';
import { PasswordResetToken } from './modules/auth/entities/password-reset-token.entity.js';
import { RefreshToken } from './modules/auth/entities/refresh-token.entity.js';
import { SsoTokenUse } from './modules/auth/entities/sso-token-use.entity.js';
import { TwoFactorRecoveryCode, UserTwoFactor } from './modules/auth/entities/two-factor.entity.js';
import { UserIdentity } from './modules/auth/entities/user-identity.entity.js';
import { Setting } from './platform/settings/setting.entity.js';
import { PostFlag } from './modules/discussions/entities/post-flag.entity.js';
import { PostRevision } from './modules/discussions/entities/post-revision.entity.js';
import { PostVote } from './modules/discussions/entities/post-vote.entity.js';
import { Post } from './modules/discussions/entities/post.entity.js';
import { Thread } from './modules/discussions/entities/thread.entity.js';
import { ErrorReportEvent } from './modules/error-reports/entities/error-report-event.entity.js';
import { ErrorReport } from './modules/error-reports/entities/error-report.entity.js';
import { AuditEntry } from './platform/audit/audit-entry.entity.js';
import { ThreadEventRecord } from './platform/realtime/thread-event.entity.js';
import { ModerationItemEvent } from './modules/moderation/entities/moderation-item-event.entity.js';
import { ModerationItem } from './modules/moderation/entities/moderation-item.entity.js';
import { WatchedWord } from './modules/moderation/entities/watched-word.entity.js';
import { EventTicket } from './modules/notifications/entities/event-ticket.entity.js';
import { NotificationPreference } from './modules/notifications/entities/notification-preference.entity.js';
import { Notification } from './modules/notifications/entities/notification.entity.js';
import { PollBallot } from './modules/polls/entities/poll-ballot.entity.js';
import { PollChoice } from './modules/polls/entities/poll-choice.entity.js';
import { PollOption } from './modules/polls/entities/poll-option.entity.js';
import { Poll } from './modules/polls/entities/poll.entity.js';
import { ImportAuthor, ImportedPost } from './modules/imports/entities/import-mapping.entity.js';
import { User } from './modules/users/entities/user.entity.js';

/**
 * Every entity, listed explicitly: glob loading does not work the same under
 * jest's ESM loader and node, and an explicit list is reviewable.
 */
export const entities: Function[] = [
  User,
  RefreshToken,
  PasswordResetToken,
  EmailVerificationToken,
  Article,
  ArticleCorrection,
  Thread,
  Post,
  PostRevision,
  PostVote,
  PostFlag,
  Notification,
  NotificationPreference,
  EventTicket,
  Poll,
  PollOption,
  PollBallot,
  PollChoice,
  ErrorReport,
  ErrorReportEvent,
  ModerationItem,
  ModerationItemEvent,
  WatchedWord,
  AuditEntry,
  ThreadEventRecord,
  Setting,
  UserIdentity,
  SsoTokenUse,
  ApiKey,
  ArticleRevision,
  UserTwoFactor,
  TwoFactorRecoveryCode,
  DsaNotice,
  ModerationDecision,
  Appeal,
  UserNote,
  UserPremoderation,
  Webhook,
  WebhookDelivery,
  ImportedPost,
  ImportAuthor,
];
