import { PollsService } from '../../src/modules/polls/polls.service.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { newCast, type Cast } from '../support/factories.js';
import { createPoll, insertExpiredPoll, newArticle, type TestArticle } from './poll-fixtures.js';

type Body = { options: Array<Record<string, unknown>>; totalVoters?: number; resultsVisible: boolean };
const showsCounts = (body: Body) =>
  body.totalVoters !== undefined &&
  body.options.every((o) => typeof o.votes === 'number' && typeof o.percent === 'number');
const hidesCounts = (body: Body) =>
  !('totalVoters' in body) && body.options.every((o) => !('votes' in o) && !('percent' in o));

describe('polls: results visibility', () => {
  let t: TestApp;
  let cast: Cast;
  let article: TestArticle;

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_FACTOR: '100' });
    cast = await newCast(t);
    article = await newArticle(t, cast.editor);
  });
  afterAll(async () => t.close());

  it('always: counts shown to anyone, anonymous included', async () => {
    const poll = await createPoll(t, cast.editor, article, { resultsVisibility: 'always' });
    expect(showsCounts((await t.http.get(`/api/polls/${poll.id}`).expect(200)).body)).toBe(true);
  });

  it('after_vote: hidden before voting, shown once the caller voted, still hidden to anonymous', async () => {
    const poll = await createPoll(t, cast.editor, article, { resultsVisibility: 'after_vote' });
    const before = await t.http.get(`/api/polls/${poll.id}`).set(cast.reader.auth).expect(200);
    expect(hidesCounts(before.body)).toBe(true);
    expect(before.body.options.map((o: { label: string }) => o.label)).toHaveLength(3);

    const voted = await t.http
      .put(`/api/polls/${poll.id}/vote`)
      .set(cast.reader.auth)
      .send({ optionIds: [poll.options[0]!.id] })
      .expect(200);
    expect(showsCounts(voted.body)).toBe(true);
    expect(voted.body.options[0]).toMatchObject({ votes: 1, percent: 100 });
    expect(showsCounts((await t.http.get(`/api/polls/${poll.id}`).set(cast.reader.auth).expect(200)).body)).toBe(true);

    expect(hidesCounts((await t.http.get(`/api/polls/${poll.id}`).set(cast.otherReader.auth).expect(200)).body)).toBe(
      true,
    );
    expect(hidesCounts((await t.http.get(`/api/polls/${poll.id}`).expect(200)).body)).toBe(true);
  });

  it('after_close: hidden while open, even to a voter; shown to everyone once closed', async () => {
    const poll = await createPoll(t, cast.editor, article, { resultsVisibility: 'after_close' });
    const voted = await t.http
      .put(`/api/polls/${poll.id}/vote`)
      .set(cast.reader.auth)
      .send({ optionIds: [poll.options[2]!.id] })
      .expect(200);
    expect(hidesCounts(voted.body)).toBe(true);
    expect(voted.body.myVote).toEqual([poll.options[2]!.id]);
    expect(hidesCounts((await t.http.get(`/api/polls/${poll.id}`).expect(200)).body)).toBe(true);

    await t.http.post(`/api/polls/${poll.id}/close`).set(cast.editor.auth).expect(200);
    const closed = await t.http.get(`/api/polls/${poll.id}`).expect(200);
    expect(showsCounts(closed.body)).toBe(true);
    expect(closed.body.options.map((o: { votes: number; percent: number }) => [o.votes, o.percent])).toEqual([
      [0, 0],
      [0, 0],
      [1, 100],
    ]);
  });

  it('after_close: shown once closesAt has passed, with no job', async () => {
    const poll = await insertExpiredPoll(t, article, { resultsVisibility: 'after_close' });
    const response = await t.http.get(`/api/polls/${poll.id}`).expect(200);
    expect(response.body.status).toBe('closed');
    expect(showsCounts(response.body)).toBe(true);
  });

  it.each(['editor', 'moderator', 'admin'] as const)(
    '%s always sees counts (after_vote and after_close, open, not voted)',
    async (role) => {
      for (const resultsVisibility of ['after_vote', 'after_close'] as const) {
        const poll = await createPoll(t, cast.editor, article, { resultsVisibility });
        expect(showsCounts((await t.http.get(`/api/polls/${poll.id}`).set(cast[role].auth).expect(200)).body)).toBe(
          true,
        );
      }
    },
  );

  it('suspended and banned readers see what readers see (counts hidden under after_vote)', async () => {
    const poll = await createPoll(t, cast.editor, article, { resultsVisibility: 'after_vote' });
    for (const user of [cast.suspended, cast.banned]) {
      expect(hidesCounts((await t.http.get(`/api/polls/${poll.id}`).set(user.auth).expect(200)).body)).toBe(true);
    }
  });

  it('listForArticle returns every poll of the article, oldest first, with the same visibility rules', async () => {
    const other = await newArticle(t, cast.editor);
    const first = await createPoll(t, cast.editor, other, { resultsVisibility: 'always' });
    const second = await createPoll(t, cast.editor, other, { resultsVisibility: 'after_vote' });
    await t.http
      .put(`/api/polls/${first.id}/vote`)
      .set(cast.reader.auth)
      .send({ optionIds: [first.options[1]!.id] })
      .expect(200);
    const [{ id: articleId }]: Array<{ id: string }> = await t.db.query(`SELECT id FROM articles WHERE slug = $1`, [
      other.slug,
    ]);
    const service = t.app.get(PollsService);

    const asAnonymous = await service.listForArticle(articleId, undefined);
    expect(asAnonymous.map((p) => p.id)).toEqual([first.id, second.id]);
    expect(asAnonymous[0]).toMatchObject({ articleSlug: other.slug, totalVoters: 1, myVote: null });
    expect(hidesCounts(asAnonymous[1] as unknown as Body)).toBe(true);

    const reader = await t.http.get('/api/me').set(cast.reader.auth).expect(200);
    const asReader = await service.listForArticle(articleId, {
      id: cast.reader.id,
      username: reader.body.username,
      role: 'reader',
      status: 'active',
      suspendedUntil: null,
      createdAt: new Date(reader.body.createdAt),
    });
    expect(asReader[0]!.myVote).toEqual([first.options[1]!.id]);
    expect(asReader[1]!.myVote).toBeNull();
    const empty = await newArticle(t, cast.editor);
    expect(await service.listForArticle(empty.id, undefined)).toEqual([]);
  });
});
