import type { TestApp } from './app.js';
import type { TestUser } from './factories.js';

/** Article and thread created through the API, as an editor would. */
export async function createArticle(
  t: TestApp,
  editor: TestUser,
  fields: Record<string, unknown> = {},
): Promise<{ slug: string; id: string; threadId: string; body: Record<string, unknown> }> {
  const response = await t.http
    .post('/api/articles')
    .set(editor.auth)
    .send({ title: 'Réforme des retraites : ce qui change', body: 'Le texte **adopté**.', ...fields });
  if (response.status !== 201) throw new Error(`createArticle: ${response.status} ${JSON.stringify(response.body)}`);
  return { slug: response.body.slug, id: response.body.id, threadId: response.body.thread.id, body: response.body };
}

/** A post through the API; fails loudly unless 201/202. */
export async function createPost(
  t: TestApp,
  author: TestUser,
  threadId: string,
  body = 'Un avis argumenté.',
  replyTo?: string,
): Promise<{ id: string; number: number; status: string }> {
  const response = await t.http
    .post(`/api/threads/${threadId}/posts`)
    .set(author.auth)
    .send(replyTo ? { body, replyTo } : { body });
  if (response.status !== 201 && response.status !== 202) {
    throw new Error(`createPost: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return response.body;
}
