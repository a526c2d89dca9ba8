import { ThreadEventsListener } from '../../src/platform/realtime/thread-events.listener.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { newUser, type TestUser } from '../support/factories.js';
import { insertArticle, insertPost, type ArticleFixture } from '../support/sql-fixtures.js';
import { listeningPort, openSse, type SseClient } from '../support/sse-client.js';

/**
 * Votes are live: a post's new score (`post.voted`, in the event itself) and a
 * poll's change (`poll.updated`, its id only: each reader re-reads it under the
 * visibility rules that apply to them) reach the thread's stream, once per
 * change that happened and never for one that did not.
 */
describe('live votes on the thread stream', () => {
  let t: TestApp;
  let port: number;
  let editor: TestUser;
  let author: TestUser;
  let voter: TestUser;
  let article: ArticleFixture;
  const clients: SseClient[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    port = await listeningPort(t.app);
    [editor, author, voter] = await Promise.all([newUser(t, { role: 'editor' }), newUser(t), newUser(t)]);
    article = await insertArticle(t, { authorId: editor.id });
    await t.app.get(ThreadEventsListener).whenListening();
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.close();
  });
  afterAll(async () => t.close());

  const connect = async () => {
    const client = await openSse(port, `/api/threads/${article.threadId}/events`);
    clients.push(client);
    await client.waitForComment('connected');
    return client;
  };
  /** A marker event after the writes: everything they published has arrived before it. */
  const settle = async (client: SseClient) => {
    const marker = await insertPost(t, { threadId: article.threadId, authorId: author.id, body: 'Repère' });
    await t.http.put(`/api/posts/${marker.id}/vote`).set(editor.auth).send({ value: 1 }).expect(200);
    await client.waitFor((e) => e.event === 'post.voted' && (e.data as { id: string }).id === marker.id);
    return marker.id;
  };

  it('a vote, a flip, the same vote again and a withdrawal: one post.voted per change, with the score', async () => {
    const post = await insertPost(t, { threadId: article.threadId, authorId: author.id, body: 'Un avis.' });
    const client = await connect();
    const vote = (value: number) => t.http.put(`/api/posts/${post.id}/vote`).set(voter.auth).send({ value });
    expect((await vote(1)).body.score).toBe(1);
    expect((await vote(-1)).body.score).toBe(-1);
    expect((await vote(-1)).body.score).toBe(-1); // unchanged: no event
    expect((await t.http.delete(`/api/posts/${post.id}/vote`).set(voter.auth)).body.score).toBe(0);
    expect((await t.http.delete(`/api/posts/${post.id}/vote`).set(voter.auth)).body.score).toBe(0); // nothing to withdraw
    const marker = await settle(client);
    const voted = client.events.filter((e) => e.event === 'post.voted' && (e.data as { id: string }).id === post.id);
    expect(voted.map((e) => e.data)).toEqual([
      { threadId: article.threadId, id: post.id, number: post.number, score: 1 },
      { threadId: article.threadId, id: post.id, number: post.number, score: -1 },
      { threadId: article.threadId, id: post.id, number: post.number, score: 0 },
    ]);
    expect(client.events.filter((e) => e.event === 'post.voted').map((e) => (e.data as { id: string }).id)).toEqual([
      post.id,
      post.id,
      post.id,
      marker,
    ]);
  });

  it('a refused vote (own post) publishes nothing', async () => {
    const post = await insertPost(t, { threadId: article.threadId, authorId: voter.id, body: 'Le mien.' });
    const client = await connect();
    expect((await t.http.put(`/api/posts/${post.id}/vote`).set(voter.auth).send({ value: 1 })).status).toBe(422);
    await settle(client);
    expect(client.events.filter((e) => (e.data as { id?: string }).id === post.id)).toEqual([]);
  });

  it('a ballot, a withdrawal and a close each publish poll.updated with the poll id only', async () => {
    const created = await t.http
      .post(`/api/articles/${article.slug}/polls`)
      .set(editor.auth)
      .send({ question: 'En direct ?', options: ['Oui', 'Non'], mode: 'single', allowVoteChange: true });
    expect(created.status).toBe(201);
    const pollId: string = created.body.id;
    const client = await connect();
    await t.http
      .put(`/api/polls/${pollId}/vote`)
      .set(voter.auth)
      .send({ optionIds: [created.body.options[0].id] })
      .expect(200);
    await t.http.delete(`/api/polls/${pollId}/vote`).set(voter.auth).expect(204);
    await t.http.delete(`/api/polls/${pollId}/vote`).set(voter.auth).expect(204); // no ballot left: no event
    await t.http.post(`/api/polls/${pollId}/close`).set(editor.auth).expect(200);
    await t.http.post(`/api/polls/${pollId}/close`).set(editor.auth).expect(200); // already closed: no event
    await settle(client);
    const updates = client.events.filter((e) => e.event === 'poll.updated');
    expect(updates.map((e) => e.data)).toEqual([
      { threadId: article.threadId, id: pollId },
      { threadId: article.threadId, id: pollId },
      { threadId: article.threadId, id: pollId },
    ]);
  });
});
