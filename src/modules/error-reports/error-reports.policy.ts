import type { Actor, Role } from '../../common/auth/decorators.js';
import { conflict, notFound } from '../../common/errors/problem.js';
import type { ErrorReportStatus } from './entities/error-report.entity.js';

/** Roles that handle error reports: the newsroom (editors) as well as moderators and admins. */
export const ERROR_REPORT_HANDLERS: readonly Role[] = ['editor', 'moderator', 'admin'];

export type ErrorReportResolution = 'accepted' | 'rejected' | 'fixed' | 'duplicate';

/** Statuses that close a report (and its moderation-queue item); the reporter hears about each. */
export const RESOLVED_STATUSES: ReadonlySet<ErrorReportStatus> = new Set(['rejected', 'fixed', 'duplicate']);

const TRANSITIONS: Record<ErrorReportStatus, readonly ErrorReportStatus[]> = {
  open: ['accepted', 'rejected', 'duplicate', 'fixed'],
  accepted: ['fixed', 'rejected'],
  fixed: [],
  rejected: [],
  duplicate: [],
};

interface ReportOwnership {
  reporterId: string | null;
}

export function canHandleErrorReports(actor: Pick<Actor, 'role'> | null | undefined): boolean {
  return !!actor && ERROR_REPORT_HANDLERS.includes(actor.role);
}

/** Staff see every report; a signed-in reporter sees their own; nobody else learns it exists. */
export function canViewErrorReport(
  actor: Pick<Actor, 'id' | 'role'> | null | undefined,
  report: ReportOwnership,
): boolean {
  if (!actor) return false;
  return canHandleErrorReports(actor) || (report.reporterId !== null && report.reporterId === actor.id);
}

export function ensureCanViewErrorReport(
  actor: Pick<Actor, 'id' | 'role'> | null | undefined,
  report: ReportOwnership,
): void {
  if (!canViewErrorReport(actor, report)) throw notFound();
}

/** The reporter's private contact details (anonymous email) are for staff only. */
export function canSeeReporterContact(actor: Pick<Actor, 'role'> | null | undefined): boolean {
  return canHandleErrorReports(actor);
}

export function canTransition(from: ErrorReportStatus, to: ErrorReportStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function ensureCanTransition(from: ErrorReportStatus, to: ErrorReportStatus): void {
  if (!canTransition(from, to)) throw conflict('error_report.illegal_transition', { from, to });
}
