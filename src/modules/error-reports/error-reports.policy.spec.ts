import type { Role } from '../../common/auth/decorators.js';
import type { ProblemError } from '../../common/errors/problem.js';
import type { ErrorReportStatus } from './entities/error-report.entity.js';
import {
  canHandleErrorReports,
  canSeeReporterContact,
  canTransition,
  canViewErrorReport,
  ensureCanTransition,
  ensureCanViewErrorReport,
} from './error-reports.policy.js';

const actor = (role: Role, id = 'u1') => ({ id, role });

/** The HTTP status a policy check throws, or null when it passes. */
function statusThrown(check: () => void): number | null {
  try {
    check();
    return null;
  } catch (error) {
    return (error as ProblemError).getStatus();
  }
}

describe('error reports policy', () => {
  it('lets editors, moderators and admins handle reports, never readers or anonymous callers', () => {
    expect(
      ['reader', 'editor', 'moderator', 'admin'].map((role) => canHandleErrorReports(actor(role as Role))),
    ).toEqual([false, true, true, true]);
    expect(canHandleErrorReports(undefined)).toBe(false);
  });

  it('shows a report to staff and to its signed-in reporter only', () => {
    expect(canViewErrorReport(actor('reader', 'me'), { reporterId: 'me' })).toBe(true);
    expect(canViewErrorReport(actor('reader', 'other'), { reporterId: 'me' })).toBe(false);
    expect(canViewErrorReport(actor('editor', 'other'), { reporterId: null })).toBe(true);
    expect(canViewErrorReport(undefined, { reporterId: null })).toBe(false);
  });

  it('answers 404 (not 403) to those who may not see a report', () => {
    expect(statusThrown(() => ensureCanViewErrorReport(actor('reader'), { reporterId: 'someone' }))).toBe(404);
    expect(statusThrown(() => ensureCanViewErrorReport(actor('reader', 'me'), { reporterId: 'me' }))).toBeNull();
  });

  it('keeps the reporter contact for staff', () => {
    expect(canSeeReporterContact(actor('reader'))).toBe(false);
    expect(canSeeReporterContact(actor('editor'))).toBe(true);
  });

  it('allows exactly the documented transitions', () => {
    const all: ErrorReportStatus[] = ['open', 'accepted', 'fixed', 'rejected', 'duplicate'];
    const allowed = all.flatMap((from) => all.filter((to) => canTransition(from, to)).map((to) => `${from}→${to}`));
    expect(allowed.sort()).toEqual(
      ['open→accepted', 'open→rejected', 'open→duplicate', 'open→fixed', 'accepted→fixed', 'accepted→rejected'].sort(),
    );
  });

  it('refuses an illegal transition with 409', () => {
    expect(statusThrown(() => ensureCanTransition('fixed', 'rejected'))).toBe(409);
    expect(statusThrown(() => ensureCanTransition('accepted', 'fixed'))).toBeNull();
  });
});
