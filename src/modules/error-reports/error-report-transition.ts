import { unprocessable } from '../../common/errors/problem.js';
import type { ErrorReportResolution } from './error-reports.policy.js';

/** An editor's request to move a report, normalised (empty strings are no value). */
export interface TransitionRequest {
  to: ErrorReportResolution;
  duplicateOfId: string | null;
  correctionNote: string | null;
  note: string | null;
}

const emptyToNull = (value: string | null | undefined): string | null => (value ? value : null);

const invalid = (field: string, code: string) => unprocessable(code, {}, [{ field, code }]);

/**
 * Checks that the request's fields go together (pure; 422 naming the field):
 * a duplicate names its original and only a duplicate does; a correction note
 * comes only with `fixed`.
 */
export function transitionRequest(input: {
  status: ErrorReportResolution;
  duplicateOfId?: string | null;
  correctionNote?: string | null;
  note?: string | null;
}): TransitionRequest {
  const request: TransitionRequest = {
    to: input.status,
    duplicateOfId: input.duplicateOfId ?? null,
    correctionNote: emptyToNull(input.correctionNote),
    note: emptyToNull(input.note),
  };
  if (request.to === 'duplicate' && !request.duplicateOfId) {
    throw invalid('duplicateOfId', 'error_report.duplicate_of_required');
  }
  if (request.to !== 'duplicate' && request.duplicateOfId) {
    throw invalid('duplicateOfId', 'error_report.duplicate_of_only_for_duplicate');
  }
  if (request.to !== 'fixed' && request.correctionNote) {
    throw invalid('correctionNote', 'error_report.correction_only_when_fixed');
  }
  return request;
}

/** The audit entry's after-state of a transition. */
export function transitionAfter(
  request: TransitionRequest,
  articleId: string,
  correctionId: string | null,
): Record<string, unknown> {
  return {
    status: request.to,
    articleId,
    ...(request.to === 'duplicate' ? { duplicateOfId: request.duplicateOfId } : {}),
    ...(correctionId ? { correctionId, correctionNote: request.correctionNote } : {}),
  };
}
