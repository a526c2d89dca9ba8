import { canSeePublication, type Actor } from '../../common/auth/decorators.js';
import { forbidden, unauthorized } from '../../common/errors/problem.js';

/** Editors and admins write articles (any article: the newsroom shares them). */
export function canEditArticle(actor: Actor | null | undefined): boolean {
  return !!actor && actor.status === 'active' && (actor.role === 'editor' || actor.role === 'admin');
}

export function ensureCanEditArticle(actor: Actor | null | undefined): void {
  if (!canEditArticle(actor)) throw forbidden();
}

/** Readers see published articles; editors and admins also those scheduled for later. */
export function canSeeArticle(
  actor: Actor | null | undefined,
  article: { publishedAt: Date },
  now = new Date(),
): boolean {
  return canSeePublication(actor, article.publishedAt, now);
}

/**
 * The list of articles with those not yet published (embargoed, scheduled): editors and
 * admins, who see each of them anyway; 401 signed out, 403 for any other role.
 */
export function ensureCanListUnpublished(actor: Actor | null | undefined): void {
  if (!actor) throw unauthorized();
  if (actor.role !== 'editor' && actor.role !== 'admin') throw forbidden();
}
