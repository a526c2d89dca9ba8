import { ProblemError } from '../../common/errors/problem.js';
import {
  canManagePolls,
  canSeeResults,
  canVote,
  canWithdrawVote,
  ensureCanVote,
  ensureCanWithdrawVote,
  type PollState,
} from './polls.policy.js';

const poll = (overrides: Partial<PollState> = {}): PollState => ({
  closed: false,
  resultsVisibility: 'always',
  allowVoteChange: true,
  ...overrides,
});

const codeOf = (fn: () => void): string | null => {
  try {
    fn();
    return null;
  } catch (error) {
    return error instanceof ProblemError ? `${error.getStatus()} ${error.code}` : 'other';
  }
};

describe('polls policy', () => {
  it('lets editors and admins manage polls, nobody else', () => {
    expect(canManagePolls({ role: 'editor' })).toBe(true);
    expect(canManagePolls({ role: 'admin' })).toBe(true);
    expect(canManagePolls({ role: 'moderator' })).toBe(false);
    expect(canManagePolls({ role: 'reader' })).toBe(false);
    expect(canManagePolls(undefined)).toBe(false);
  });

  it('shows results always when visibility is always', () => {
    expect(canSeeResults(undefined, poll(), false)).toBe(true);
  });

  it('shows after_vote results only to voters (and staff)', () => {
    const p = poll({ resultsVisibility: 'after_vote' });
    expect(canSeeResults({ role: 'reader' }, p, false)).toBe(false);
    expect(canSeeResults({ role: 'reader' }, p, true)).toBe(true);
    expect(canSeeResults(null, p, false)).toBe(false);
  });

  it('shows after_close results only once closed (and to staff)', () => {
    expect(canSeeResults({ role: 'reader' }, poll({ resultsVisibility: 'after_close' }), true)).toBe(false);
    expect(canSeeResults({ role: 'reader' }, poll({ resultsVisibility: 'after_close', closed: true }), false)).toBe(
      true,
    );
  });

  it.each(['editor', 'moderator', 'admin'] as const)('always shows results to %s', (role) => {
    expect(canSeeResults({ role }, poll({ resultsVisibility: 'after_close' }), false)).toBe(true);
    expect(canSeeResults({ role }, poll({ resultsVisibility: 'after_vote' }), false)).toBe(true);
  });

  it('refuses votes on a closed poll with 409', () => {
    expect(canVote(poll({ closed: true }), false)).toBe(false);
    expect(codeOf(() => ensureCanVote(poll({ closed: true }), false))).toBe('409 polls.closed');
  });

  it('refuses a second vote when changes are not allowed, allows a first one', () => {
    const p = poll({ allowVoteChange: false });
    expect(canVote(p, false)).toBe(true);
    expect(codeOf(() => ensureCanVote(p, false))).toBeNull();
    expect(canVote(p, true)).toBe(false);
    expect(codeOf(() => ensureCanVote(p, true))).toBe('409 polls.vote_final');
  });

  it('allows withdrawing only while open and where changes are allowed', () => {
    expect(canWithdrawVote(poll())).toBe(true);
    expect(codeOf(() => ensureCanWithdrawVote(poll()))).toBeNull();
    expect(codeOf(() => ensureCanWithdrawVote(poll({ closed: true })))).toBe('409 polls.closed');
    expect(codeOf(() => ensureCanWithdrawVote(poll({ allowVoteChange: false })))).toBe(
      '409 polls.withdraw_not_allowed',
    );
  });
});
