/**
 * The API shapes the console reads, generated from the server's OpenAPI document
 * (`npm run openapi` writes ../shared/api-types.ts): a changed response is a type error here.
 */
import type {
  AuditLogEntry,
  QueueErrorReportSubject,
  QueueItem as GeneratedQueueItem,
  QueueKind,
  QueuePostSubject,
  QueueCounts,
  QueueReasons,
  UserContext as GeneratedUserContext,
  WatchedWord as GeneratedWatchedWord,
} from '../shared/api-schemas.js';

export type Kind = QueueKind;
export type Reasons = QueueReasons;
export type PostSubject = QueuePostSubject;
export type ReportSubject = QueueErrorReportSubject;
export type QueueItem = GeneratedQueueItem;
export type AuditEntry = AuditLogEntry;
export type WatchedWord = GeneratedWatchedWord;
export type Counts = QueueCounts;
export type UserContext = GeneratedUserContext;
