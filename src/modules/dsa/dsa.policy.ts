import type { Actor } from '../../common/auth/decorators.js';
import { forbidden } from '../../common/errors/problem.js';
import type { ModerationKind, ModerationReasons } from '../moderation/entities/moderation-item.entity.js';
import type { DecisionSource } from './entities/moderation-decision.entity.js';

/** DSA art. 20(1): an appeal may be lodged for at least six months after the decision. */
export const APPEAL_WINDOW_MONTHS = 6;

/** The house rules, as the ground of a decision that cites no law. */
export const HOUSE_RULES_GROUND = 'house_rules';

export function appealDeadline(decidedAt: Date): Date {
  const deadline = new Date(decidedAt);
  deadline.setUTCMonth(deadline.getUTCMonth() + APPEAL_WINDOW_MONTHS);
  return deadline;
}

export type AppealEligibility = 'allowed' | 'not_found' | 'too_late';

/**
 * Only the decision's subject may appeal (anyone else: 404, the decision is
 * private), and only within the window.
 */
export function appealEligibility(
  actorId: string,
  decision: { authorId: string | null; createdAt: Date },
  now: Date,
): AppealEligibility {
  if (decision.authorId !== actorId) return 'not_found';
  return now.getTime() <= appealDeadline(decision.createdAt).getTime() ? 'allowed' : 'too_late';
}

/** An appeal is decided by someone other than who took the decision (an automated one: anyone). */
export function canDecideAppeal(actor: Pick<Actor, 'id'>, decision: { decidedById: string | null }): boolean {
  return decision.decidedById !== actor.id;
}

export function ensureCanDecideAppeal(actor: Pick<Actor, 'id'>, decision: { decidedById: string | null }): void {
  if (!canDecideAppeal(actor, decision)) throw forbidden('dsa.appeal_same_moderator');
}

/** What brought a post to the decision, for the statement and the transparency report. */
export function decisionSource(
  item: { kind: ModerationKind; reasons: ModerationReasons } | null,
  automated: boolean,
): DecisionSource {
  if (automated) return item?.reasons.watchedWords?.length ? 'watched_word' : 'automated';
  if (!item) return 'moderator';
  if (item.kind === 'dsa_notice' || (item.reasons.dsaNotices ?? 0) > 0) return 'notice';
  if (item.reasons.score) return 'automated';
  if (item.reasons.watchedWords?.length) return 'watched_word';
  if (item.kind === 'pending') return 'premoderation';
  if (item.kind === 'flagged') return 'flag';
  return 'moderator';
}

/** The ground: the legal grounds cited by the notices that led to it, else the house rules. */
export function decisionGround(legalGrounds: string[]): string {
  const grounds = [...new Set(legalGrounds.map((ground) => ground.trim()).filter(Boolean))];
  return grounds.length > 0 ? grounds.join(' ; ').slice(0, 200) : HOUSE_RULES_GROUND;
}
