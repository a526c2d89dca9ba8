/**
 * Names for the API's schemas, as generated from the OpenAPI document into
 * api-types.ts (`npm run openapi`): pages import these instead of copying the
 * server's types, so a changed response shape is a type error here.
 */
import type { components } from './api-types.js';

type Schemas = components['schemas'];

export type Problem = Schemas['Problem'];
export type PrivateProfile = Schemas['PrivateProfile'];
export type PublicProfile = Schemas['PublicProfile'];
export type Session = Schemas['Session'];
export type Article = Schemas['Article'];
export type ArticleSummary = Schemas['ArticleSummary'];
export type Thread = Schemas['Thread'];
export type Post = Schemas['Post'];
export type PostAuthor = Schemas['PostAuthor'];
export type PostRevision = Schemas['PostRevision'];
export type VoteResult = Schemas['VoteResult'];
export type Poll = Schemas['Poll'];
export type PollOption = Schemas['PollOption'];
export type ErrorReport = Schemas['ErrorReport'];
export type ErrorReportDetail = Schemas['ErrorReportDetail'];
export type ErrorReportCreated = Schemas['ErrorReportCreated'];
export type Notification = Schemas['Notification'];
export type SearchItem = Schemas['SearchItem'];
export type UserPost = Schemas['UserPost'];
export type QueueItem = Schemas['QueueItem'];
export type QueueKind = QueueItem['kind'];
export type QueueReasons = Schemas['QueueReasons'];
export type QueuePostSubject = Schemas['QueuePostSubject'];
export type QueueErrorReportSubject = Schemas['QueueErrorReportSubject'];
export type AuditLogEntry = Schemas['AuditLogEntry'];
export type WatchedWord = Schemas['WatchedWord'];
export type AdminUser = Schemas['AdminUser'];
export type ArticleThreadRef = Schemas['ArticleThreadRef'];
export type LiveSettings = Schemas['LiveSettings'];
export type QueueCounts = Schemas['QueueCounts'];
export type UserContext = Schemas['UserContext'];
