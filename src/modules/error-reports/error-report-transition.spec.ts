import { ProblemError } from '../../common/errors/problem.js';
import { transitionAfter, transitionRequest } from './error-report-transition.js';

function problem(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    const e = error as ProblemError;
    return `${e.getStatus()} ${e.code} ${e.fieldErrors.map((f) => f.field).join(',')}`;
  }
  throw new Error('no problem thrown');
}

describe('error report transition request', () => {
  it('normalises empty notes to null', () => {
    expect(transitionRequest({ status: 'rejected', note: '', correctionNote: '' })).toEqual({
      to: 'rejected',
      duplicateOfId: null,
      correctionNote: null,
      note: null,
    });
  });

  it('a duplicate names its original, and only a duplicate does (422 naming duplicateOfId)', () => {
    expect(problem(() => transitionRequest({ status: 'duplicate' }))).toBe(
      '422 error_report.duplicate_of_required duplicateOfId',
    );
    expect(problem(() => transitionRequest({ status: 'accepted', duplicateOfId: 'x' }))).toBe(
      '422 error_report.duplicate_of_only_for_duplicate duplicateOfId',
    );
    expect(transitionRequest({ status: 'duplicate', duplicateOfId: 'x' }).duplicateOfId).toBe('x');
  });

  it('a correction note comes only with fixed (422 naming correctionNote)', () => {
    expect(problem(() => transitionRequest({ status: 'accepted', correctionNote: 'Corrigé.' }))).toBe(
      '422 error_report.correction_only_when_fixed correctionNote',
    );
    expect(transitionRequest({ status: 'fixed', correctionNote: 'Corrigé.' }).correctionNote).toBe('Corrigé.');
  });

  it("the audit entry's after-state names the original of a duplicate and the correction of a fix", () => {
    const fixed = transitionRequest({ status: 'fixed', correctionNote: 'Corrigé.' });
    expect(transitionAfter(fixed, 'a1', 'c1')).toEqual({
      status: 'fixed',
      articleId: 'a1',
      correctionId: 'c1',
      correctionNote: 'Corrigé.',
    });
    const duplicate = transitionRequest({ status: 'duplicate', duplicateOfId: 'r0' });
    expect(transitionAfter(duplicate, 'a1', null)).toEqual({
      status: 'duplicate',
      articleId: 'a1',
      duplicateOfId: 'r0',
    });
  });
});
