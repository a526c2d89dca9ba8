import { randomBytes } from 'node:crypto';
import type { TestApp } from '../support/app.js';
import type { TestUser } from '../support/factories.js';

export interface TestArticle {
  id: string;
  slug: string;
}

/** Inserts an article directly (the articles module is not needed to test reports on one). */
export async function newArticle(
  t: TestApp,
  author: TestUser,
  fields: { title?: string; summary?: string; body?: string; revision?: number } = {},
): Promise<TestArticle> {
  const slug = `article-${randomBytes(5).toString('hex')}`;
  const [row]: Array<{ id: string }> = await t.db.query(
    `INSERT INTO articles (slug, title, summary, body, body_html, author_id, revision)
     VALUES ($1, $2, $3, $4, '', $5, $6) RETURNING id`,
    [
      slug,
      fields.title ?? 'Le budget 2025 adopté',
      fields.summary ?? 'Le Parlement a voté le texte.',
      fields.body ??
        "L'Assemblée nationale a adopté le budget par 289 voix contre 250.\n\nLe Sénat l'examinera en décembre.",
      author.id,
      fields.revision ?? 1,
    ],
  );
  return { id: row.id, slug };
}

let ipCounter = 0;

/** A fresh client address (the app trusts X-Forwarded-For from loopback), so tests do not share rate-limit or duplicate keys. */
export function freshIp(): string {
  ipCounter += 1;
  return `198.51.${Math.floor(ipCounter / 250) % 250}.${(ipCounter % 250) + 1}`;
}

/** POSTs a report as `user` (or anonymously) from `ip`. */
export function postReport(
  t: TestApp,
  slug: string,
  body: Record<string, unknown>,
  options: { user?: TestUser; ip?: string } = {},
) {
  let request = t.http.post(`/api/articles/${slug}/error-reports`).set('X-Forwarded-For', options.ip ?? freshIp());
  if (options.user) request = request.set(options.user.auth);
  return request.send(body);
}
