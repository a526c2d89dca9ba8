import { startTestApp, type TestApp } from '../support/app.js';
import { newUser, type TestUser } from '../support/factories.js';
import { insertArticle } from '../support/sql-fixtures.js';
import { openItems } from './support.js';

describe('moderation: watched words', () => {
  let t: TestApp;
  let moderator: TestUser;
  let writer: TestUser;
  let threadId: string;

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_POSTS_PER_MINUTE: '1000' });
    moderator = await newUser(t, { role: 'moderator' });
    writer = await newUser(t);
    threadId = (await insertArticle(t, { authorId: moderator.id })).threadId;
    for (const [pattern, action] of [
      ['arnaque', 'block'],
      ['casino', 'require_approval'],
      ['complot*', 'flag'],
    ]) {
      await t.http.post('/api/moderation/watched-words').set(moderator.auth).send({ pattern, action }).expect(201);
    }
  });
  afterAll(async () => t.close());

  const write = (body: string, user = writer) =>
    t.http.post(`/api/threads/${threadId}/posts`).set(user.auth).send({ body });

  it('block: 422 naming the word and the field, whatever the case and accents', async () => {
    for (const body of ['Quelle Arnaqué !', 'ARNAQUE', 'une arnaque.']) {
      const response = await write(body).expect(422);
      expect(response.body.code).toBe('moderation.blocked_word');
      expect(response.body.errors).toEqual([{ field: 'body', message: expect.stringContaining('arnaque') }]);
    }
  });

  it('block respects word boundaries: "darnaques" goes through', async () => {
    const response = await write('Les darnaques de saumon étaient bonnes.').expect(201);
    expect(response.body.status).toBe('visible');
  });

  it('require_approval: 202 pending, queued as pending with the word', async () => {
    const response = await write('Le Casino municipal ferme.').expect(202);
    expect(response.body.status).toBe('pending');
    const items = await openItems(t, response.body.id);
    expect(items).toEqual([expect.objectContaining({ kind: 'pending', reasons: { watchedWords: ['casino'] } })]);
  });

  it('flag: published, and queued as flagged with the word', async () => {
    const response = await write('Encore une théorie du COMPLOTS.').expect(201);
    expect(response.body.status).toBe('visible');
    const items = await openItems(t, response.body.id);
    expect(items).toEqual([expect.objectContaining({ kind: 'flagged', reasons: { watchedWords: ['complot*'] } })]);
  });

  it('edits are checked too', async () => {
    const created = await write('Un avis modéré.').expect(201);
    const blocked = await t.http
      .patch(`/api/posts/${created.body.id}`)
      .set(writer.auth)
      .send({ body: 'Une arnaque.' })
      .expect(422);
    expect(blocked.body.errors[0].field).toBe('body');
    const held = await t.http.patch(`/api/posts/${created.body.id}`).set(writer.auth).send({ body: 'Au casino.' });
    expect(held.status).toBe(202);
    expect(await openItems(t, created.body.id)).toEqual([expect.objectContaining({ kind: 'pending' })]);
  });

  it('a new word applies at once; a deleted word no longer does (cache invalidated)', async () => {
    await write('Un scandale !').expect(201);
    const created = await t.http
      .post('/api/moderation/watched-words')
      .set(moderator.auth)
      .send({ pattern: 'Scandale', action: 'block' })
      .expect(201);
    expect(created.body).toMatchObject({ pattern: 'Scandale', action: 'block', createdBy: { id: moderator.id } });
    await write('Un scandale !').expect(422);
    await t.http.delete(`/api/moderation/watched-words/${created.body.id}`).set(moderator.auth).expect(204);
    await write('Un scandale !').expect(201);
    await t.http.delete(`/api/moderation/watched-words/${created.body.id}`).set(moderator.auth).expect(404);
    const audit = await t.db.query(`SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id`, [created.body.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['watched_word.create', 'watched_word.delete']);
  });

  it('rejects invalid patterns (400 naming pattern), bad actions (400), duplicates ignoring case (409)', async () => {
    const wildcard = await t.http
      .post('/api/moderation/watched-words')
      .set(moderator.auth)
      .send({ pattern: '*', action: 'block' })
      .expect(400);
    expect(wildcard.body.errors.map((e: { field: string }) => e.field)).toEqual(['pattern']);
    await t.http
      .post('/api/moderation/watched-words')
      .set(moderator.auth)
      .send({ pattern: 'faux *site', action: 'block' })
      .expect(400);
    const action = await t.http
      .post('/api/moderation/watched-words')
      .set(moderator.auth)
      .send({ pattern: 'ok', action: 'ban' })
      .expect(400);
    expect(action.body.errors.map((e: { field: string }) => e.field)).toEqual(['action']);
    const duplicate = await t.http
      .post('/api/moderation/watched-words')
      .set(moderator.auth)
      .send({ pattern: 'ARNAQUE', action: 'flag' })
      .expect(409);
    expect(duplicate.body.code).toBe('moderation.duplicate_word');
  });

  it('lists words by pattern, keyset-paginated', async () => {
    const first = await t.http.get('/api/moderation/watched-words?limit=2').set(moderator.auth).expect(200);
    expect(first.body.items.map((w: { pattern: string }) => w.pattern)).toEqual(['arnaque', 'casino']);
    const second = await t.http
      .get(`/api/moderation/watched-words?limit=2&cursor=${first.body.nextCursor}`)
      .set(moderator.auth)
      .expect(200);
    expect(second.body.items.map((w: { pattern: string }) => w.pattern)).toEqual(['complot*']);
    expect(second.body.nextCursor).toBeNull();
  });
});
