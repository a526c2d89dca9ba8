import type { Actor } from '../../common/auth/decorators.js';
import { conflict } from '../../common/errors/problem.js';
import type { ResultsVisibility } from './entities/poll.entity.js';

type Caller = Pick<Actor, 'role'> | null | undefined;

/** The state of a poll that the rules look at; `closed` is computed at read time (closed_at or closes_at passed). */
export interface PollState {
  closed: boolean;
  resultsVisibility: ResultsVisibility;
  allowVoteChange: boolean;
}

/** Editors and admins write polls (attach, close). */
export const canManagePolls = (actor: Caller): boolean => actor?.role === 'editor' || actor?.role === 'admin';

/** The newsroom sees results whatever the poll's visibility. */
const seesAllResults = (actor: Caller): boolean =>
  actor?.role === 'editor' || actor?.role === 'moderator' || actor?.role === 'admin';

/** Whether the caller may see the counts (votes, percent, totalVoters) of a poll. */
export function canSeeResults(actor: Caller, poll: PollState, hasVoted: boolean): boolean {
  if (seesAllResults(actor)) return true;
  switch (poll.resultsVisibility) {
    case 'always':
      return true;
    case 'after_vote':
      return hasVoted;
    case 'after_close':
      return poll.closed;
    default:
      return false;
  }
}

/** A first vote needs an open poll; replacing one also needs the poll to allow changes. */
export function canVote(poll: PollState, hasBallot: boolean): boolean {
  return !poll.closed && (!hasBallot || poll.allowVoteChange);
}

export function ensureCanVote(poll: PollState, hasBallot: boolean): void {
  if (poll.closed) throw conflict('polls.closed');
  if (hasBallot && !poll.allowVoteChange) throw conflict('polls.vote_final');
}

/** Withdrawing is a change of vote: only while open and where the poll allows changes. */
export function canWithdrawVote(poll: PollState): boolean {
  return !poll.closed && poll.allowVoteChange;
}

export function ensureCanWithdrawVote(poll: PollState): void {
  if (poll.closed) throw conflict('polls.closed');
  if (!poll.allowVoteChange) throw conflict('polls.withdraw_not_allowed');
}
