import { canSeePublication, type Actor } from '../../common/auth/decorators.js';
import { forbidden } from '../../common/errors/problem.js';

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
