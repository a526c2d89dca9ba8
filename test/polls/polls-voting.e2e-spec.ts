import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../support/app.js';
import { newCast, newUser, type Cast } from '../support/factories.js';
import {
  createPoll,
  insertExpiredPoll,
  newArticle,
  pollBody,
  storedBallots,
  type TestArticle,
} from './poll-fixtures.js';

const fieldsOf = (body: { errors?: Array<{ field: string }> }) => (body.errors ?? []).map((error) => error.field);

describe('polls: creating, voting, changing, closing', () => {
  let t: TestApp;
  let cast: Cast;
  let article: TestArticle;

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_FACTOR: '100' });
    cast = await newCast(t);
    article = await newArticle(t, cast.editor);
  });
  afterAll(async () => t.close());

  describe('creating', () => {
    it('returns 201 with the poll, its options in order, and writes a poll.create audit entry', async () => {
      const response = await t.http
        .post(`/api/articles/${article.slug}/polls`)
        .set(cast.editor.auth)
        .send(
          pollBody({
            options: ['  Le prix ', 'La qualité', 'La proximité'],
            resultsVisibility: 'after_vote',
            allowVoteChange: false,
          }),
        )
        .expect(201);
      expect(response.body).toMatchObject({
        articleSlug: article.slug,
        mode: 'single',
        maxChoices: 1,
        status: 'open',
        closesAt: null,
        resultsVisibility: 'after_vote',
        allowVoteChange: false,
        myVote: null,
        totalVoters: 0,
      });
      expect(response.body.options.map((o: { label: string }) => o.label)).toEqual([
        'Le prix',
        'La qualité',
        'La proximité',
      ]);
      const audit: Array<{ actor_id: string }> = await t.db.query(
        `SELECT actor_id FROM audit_log WHERE action = 'poll.create' AND target_id = $1`,
        [response.body.id],
      );
      expect(audit).toEqual([{ actor_id: cast.editor.id }]);
    });

    it('defaults maxChoices to the number of options in multiple mode, and accepts a future closesAt', async () => {
      const closesAt = new Date(Date.now() + 3_600_000).toISOString();
      const response = await t.http
        .post(`/api/articles/${article.slug}/polls`)
        .set(cast.admin.auth)
        .send(pollBody({ mode: 'multiple', closesAt }))
        .expect(201);
      expect(response.body).toMatchObject({ mode: 'multiple', maxChoices: 3, closesAt, status: 'open' });
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['a question over 500 characters', { question: 'q'.repeat(501) }, 'question'],
      ['a blank question', { question: '   ' }, 'question'],
      ['a NUL character in the question', { question: 'Oui\u0000?' }, 'question'],
      ['a NUL character in a label', { options: ['Oui', 'N\u0000on'] }, 'options.1'],
      ['a single option', { options: ['Seule'] }, 'options'],
      ['eleven options', { options: Array.from({ length: 11 }, (_, i) => `Option ${i}`) }, 'options'],
      ['duplicate labels (case and spaces folded)', { options: ['Oui', ' oui ', 'Non'] }, 'options'],
      ['an empty label', { options: ['Oui', ''] }, 'options'],
      ['a blank label', { options: ['Oui', '   '] }, 'options.1'],
      ['a label over 200 characters', { options: ['Oui', 'n'.repeat(201)] }, 'options'],
      ['a non-string label', { options: ['Oui', 3] }, 'options'],
      ['an unknown mode', { mode: 'ranked' }, 'mode'],
      ['maxChoices 2 in single mode', { mode: 'single', maxChoices: 2 }, 'maxChoices'],
      ['maxChoices 1 in multiple mode', { mode: 'multiple', maxChoices: 1 }, 'maxChoices'],
      ['maxChoices above the number of options', { mode: 'multiple', maxChoices: 4 }, 'maxChoices'],
      ['a non-integer maxChoices', { mode: 'multiple', maxChoices: 2.5 }, 'maxChoices'],
      ['closesAt in the past', { closesAt: new Date(Date.now() - 60_000).toISOString() }, 'closesAt'],
      ['closesAt not a date', { closesAt: 'demain' }, 'closesAt'],
      ['an unknown resultsVisibility', { resultsVisibility: 'never' }, 'resultsVisibility'],
      ['a non-boolean allowVoteChange', { allowVoteChange: 'yes' }, 'allowVoteChange'],
      ['an unknown field', { colour: 'red' }, 'colour'],
    ])('refuses %s with 400 naming the field', async (_name, overrides, field) => {
      const response = await t.http
        .post(`/api/articles/${article.slug}/polls`)
        .set(cast.editor.auth)
        .send({ ...pollBody(), ...overrides })
        .expect(400);
      expect(fieldsOf(response.body)).toContain(field);
    });

    it('answers field errors in French', async () => {
      const response = await t.http
        .post(`/api/articles/${article.slug}/polls`)
        .set(cast.editor.auth)
        .set('Accept-Language', 'fr')
        .send(pollBody({ mode: 'multiple', maxChoices: 9 }))
        .expect(400);
      expect(response.body.errors).toEqual([
        { field: 'maxChoices', message: expect.stringContaining('compris entre 2 et 3') },
      ]);
    });
  });

  describe('vote validation', () => {
    it('single mode: exactly one option (400 for two, for none, for a missing field)', async () => {
      const poll = await createPoll(t, cast.editor, article, { mode: 'single' });
      const url = `/api/polls/${poll.id}/vote`;
      const two = await t.http
        .put(url)
        .set(cast.reader.auth)
        .send({ optionIds: [poll.options[0]!.id, poll.options[1]!.id] })
        .expect(400);
      expect(fieldsOf(two.body)).toEqual(['optionIds']);
      expect(
        fieldsOf((await t.http.put(url).set(cast.reader.auth).send({ optionIds: [] }).expect(400)).body),
      ).toContain('optionIds');
      expect(fieldsOf((await t.http.put(url).set(cast.reader.auth).send({}).expect(400)).body)).toContain('optionIds');
      expect(await storedBallots(t, poll.id)).toEqual([]);
    });

    it('multiple mode: 1..maxChoices distinct options', async () => {
      const poll = await createPoll(t, cast.editor, article, {
        mode: 'multiple',
        maxChoices: 2,
        options: ['A', 'B', 'C', 'D'],
      });
      const url = `/api/polls/${poll.id}/vote`;
      const [a, b, c] = poll.options.map((o) => o.id);
      const tooMany = await t.http
        .put(url)
        .set(cast.reader.auth)
        .send({ optionIds: [a, b, c] })
        .expect(400);
      expect(fieldsOf(tooMany.body)).toEqual(['optionIds']);
      const duplicates = await t.http
        .put(url)
        .set(cast.reader.auth)
        .send({ optionIds: [a, a] })
        .expect(400);
      expect(fieldsOf(duplicates.body)).toContain('optionIds');
      const caseDuplicates = await t.http
        .put(url)
        .set(cast.reader.auth)
        .send({ optionIds: [a, a!.toUpperCase()] })
        .expect(400);
      expect(fieldsOf(caseDuplicates.body)).toContain('optionIds');
      await t.http
        .put(url)
        .set(cast.reader.auth)
        .send({ optionIds: ['not-a-uuid'] })
        .expect(400);
      await t.http.put(url).set(cast.reader.auth).send({ optionIds: 'a' }).expect(400);
      expect(await storedBallots(t, poll.id)).toEqual([]);

      const one = await t.http
        .put(url)
        .set(cast.reader.auth)
        .send({ optionIds: [b] })
        .expect(200);
      expect(one.body.myVote).toEqual([b]);
      const two = await t.http
        .put(url)
        .set(cast.reader.auth)
        .send({ optionIds: [c, a] })
        .expect(200);
      expect(two.body.myVote).toEqual([a, c]); // in option order
    });

    it('refuses an option of another poll (or no poll at all) with 422 and stores nothing', async () => {
      const poll = await createPoll(t, cast.editor, article);
      const other = await createPoll(t, cast.editor, article);
      const url = `/api/polls/${poll.id}/vote`;
      const response = await t.http
        .put(url)
        .set(cast.reader.auth)
        .send({ optionIds: [other.options[0]!.id] })
        .expect(422);
      expect(response.headers['content-type']).toMatch(/problem\+json/);
      expect(fieldsOf(response.body)).toEqual(['optionIds']);
      await t.http
        .put(url)
        .set(cast.reader.auth)
        .send({ optionIds: [randomUUID()] })
        .expect(422);
      expect(await storedBallots(t, poll.id)).toEqual([]);
      expect(await storedBallots(t, other.id)).toEqual([]);
    });

    it('refuses votes by suspended and banned users with 403 and stores nothing', async () => {
      const poll = await createPoll(t, cast.editor, article);
      for (const user of [cast.suspended, cast.banned]) {
        await t.http
          .put(`/api/polls/${poll.id}/vote`)
          .set(user.auth)
          .send({ optionIds: [poll.options[0]!.id] })
          .expect(403);
        await t.http.delete(`/api/polls/${poll.id}/vote`).set(user.auth).expect(403);
      }
      expect(await storedBallots(t, poll.id)).toEqual([]);
    });
  });

  describe('results', () => {
    it('rounds 1/1/1 to 34/33/33 (ties to the earlier option) through the API', async () => {
      const poll = await createPoll(t, cast.editor, article);
      const voters = await Promise.all([newUser(t), newUser(t), newUser(t)]);
      for (const [index, voter] of voters.entries()) {
        await t.http
          .put(`/api/polls/${poll.id}/vote`)
          .set(voter.auth)
          .send({ optionIds: [poll.options[index]!.id] })
          .expect(200);
      }
      const response = await t.http.get(`/api/polls/${poll.id}`).expect(200);
      expect(response.body.totalVoters).toBe(3);
      expect(response.body.options.map((o: { votes: number; percent: number }) => [o.votes, o.percent])).toEqual([
        [1, 34],
        [1, 33],
        [1, 33],
      ]);
    });

    it('shows zero votes and zero percents before anyone voted', async () => {
      const poll = await createPoll(t, cast.editor, article);
      const response = await t.http.get(`/api/polls/${poll.id}`).expect(200);
      expect(response.body.totalVoters).toBe(0);
      expect(response.body.options.map((o: { votes: number; percent: number }) => [o.votes, o.percent])).toEqual([
        [0, 0],
        [0, 0],
        [0, 0],
      ]);
    });

    it('counts choices per option and voters once in multiple mode', async () => {
      const poll = await createPoll(t, cast.editor, article, { mode: 'multiple', maxChoices: 2 });
      const [a, b, c] = poll.options.map((o) => o.id);
      const [x, y] = await Promise.all([newUser(t), newUser(t)]);
      await t.http
        .put(`/api/polls/${poll.id}/vote`)
        .set(x.auth)
        .send({ optionIds: [a, b] })
        .expect(200);
      const response = await t.http
        .put(`/api/polls/${poll.id}/vote`)
        .set(y.auth)
        .send({ optionIds: [a, c] })
        .expect(200);
      expect(response.body.totalVoters).toBe(2);
      expect(response.body.options.map((o: { votes: number; percent: number }) => [o.votes, o.percent])).toEqual([
        [2, 50],
        [1, 25],
        [1, 25],
      ]);
      expect(response.body.myVote).toEqual([a, c]);
    });

    it('shows myVote as null to anonymous callers and to those who did not vote', async () => {
      const poll = await createPoll(t, cast.editor, article);
      await t.http
        .put(`/api/polls/${poll.id}/vote`)
        .set(cast.reader.auth)
        .send({ optionIds: [poll.options[1]!.id] })
        .expect(200);
      expect((await t.http.get(`/api/polls/${poll.id}`).expect(200)).body.myVote).toBeNull();
      expect((await t.http.get(`/api/polls/${poll.id}`).set(cast.otherReader.auth).expect(200)).body.myVote).toBeNull();
      expect((await t.http.get(`/api/polls/${poll.id}`).set(cast.reader.auth).expect(200)).body.myVote).toEqual([
        poll.options[1]!.id,
      ]);
    });
  });

  describe('changing and withdrawing', () => {
    it('replaces the vote where changes are allowed: one ballot, the new choice', async () => {
      const poll = await createPoll(t, cast.editor, article, { allowVoteChange: true });
      const [a, b] = poll.options.map((o) => o.id);
      await t.http
        .put(`/api/polls/${poll.id}/vote`)
        .set(cast.reader.auth)
        .send({ optionIds: [a] })
        .expect(200);
      const response = await t.http
        .put(`/api/polls/${poll.id}/vote`)
        .set(cast.reader.auth)
        .send({ optionIds: [b] })
        .expect(200);
      expect(response.body.myVote).toEqual([b]);
      expect(response.body.options.map((o: { votes: number }) => o.votes)).toEqual([0, 1, 0]);
      expect(await storedBallots(t, poll.id)).toEqual([{ userId: cast.reader.id, optionIds: [b] }]);
    });

    it('withdraws where changes are allowed: 204, no ballot left, myVote null', async () => {
      const poll = await createPoll(t, cast.editor, article, { allowVoteChange: true });
      await t.http
        .put(`/api/polls/${poll.id}/vote`)
        .set(cast.reader.auth)
        .send({ optionIds: [poll.options[0]!.id] })
        .expect(200);
      await t.http.delete(`/api/polls/${poll.id}/vote`).set(cast.reader.auth).expect(204);
      expect(await storedBallots(t, poll.id)).toEqual([]);
      const response = await t.http.get(`/api/polls/${poll.id}`).set(cast.reader.auth).expect(200);
      expect(response.body).toMatchObject({ myVote: null, totalVoters: 0 });
      expect(await t.db.query(`SELECT 1 FROM poll_choices WHERE poll_id = $1`, [poll.id])).toEqual([]);
    });

    it('refuses a second vote with 409 where changes are not allowed, keeping the first', async () => {
      const poll = await createPoll(t, cast.editor, article, { allowVoteChange: false });
      const [a, b] = poll.options.map((o) => o.id);
      await t.http
        .put(`/api/polls/${poll.id}/vote`)
        .set(cast.reader.auth)
        .send({ optionIds: [a] })
        .expect(200);
      await t.http
        .put(`/api/polls/${poll.id}/vote`)
        .set(cast.reader.auth)
        .send({ optionIds: [b] })
        .expect(409);
      await t.http
        .put(`/api/polls/${poll.id}/vote`)
        .set(cast.reader.auth)
        .send({ optionIds: [a] })
        .expect(409);
      expect(await storedBallots(t, poll.id)).toEqual([{ userId: cast.reader.id, optionIds: [a] }]);
    });

    it('refuses withdrawing with 409 where changes are not allowed', async () => {
      const poll = await createPoll(t, cast.editor, article, { allowVoteChange: false });
      await t.http
        .put(`/api/polls/${poll.id}/vote`)
        .set(cast.reader.auth)
        .send({ optionIds: [poll.options[0]!.id] })
        .expect(200);
      await t.http.delete(`/api/polls/${poll.id}/vote`).set(cast.reader.auth).expect(409);
      expect(await storedBallots(t, poll.id)).toHaveLength(1);
    });
  });

  describe('closing', () => {
    it('closes on demand: 200 closed, votes, changes and withdrawals then get 409', async () => {
      const poll = await createPoll(t, cast.editor, article, { allowVoteChange: true });
      await t.http
        .put(`/api/polls/${poll.id}/vote`)
        .set(cast.reader.auth)
        .send({ optionIds: [poll.options[0]!.id] })
        .expect(200);
      const closed = await t.http.post(`/api/polls/${poll.id}/close`).set(cast.editor.auth).expect(200);
      expect(closed.body).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
      const first = await t.http
        .put(`/api/polls/${poll.id}/vote`)
        .set(cast.otherReader.auth)
        .send({ optionIds: [poll.options[0]!.id] })
        .expect(409);
      expect(first.body.code).toBe('polls.closed');
      await t.http
        .put(`/api/polls/${poll.id}/vote`)
        .set(cast.reader.auth)
        .send({ optionIds: [poll.options[1]!.id] })
        .expect(409);
      await t.http.delete(`/api/polls/${poll.id}/vote`).set(cast.reader.auth).expect(409);
      expect(await storedBallots(t, poll.id)).toEqual([{ userId: cast.reader.id, optionIds: [poll.options[0]!.id] }]);
    });

    it('is idempotent: closing twice answers 200 both times and audits once', async () => {
      const poll = await createPoll(t, cast.editor, article);
      const first = await t.http.post(`/api/polls/${poll.id}/close`).set(cast.editor.auth).expect(200);
      const second = await t.http.post(`/api/polls/${poll.id}/close`).set(cast.admin.auth).expect(200);
      expect(second.body.closedAt).toBe(first.body.closedAt);
      const audit: Array<{ actor_id: string; before: unknown; after: unknown }> = await t.db.query(
        `SELECT actor_id, before, after FROM audit_log WHERE action = 'poll.close' AND target_id = $1`,
        [poll.id],
      );
      expect(audit).toEqual([{ actor_id: cast.editor.id, before: { status: 'open' }, after: { status: 'closed' } }]);
    });

    it('is closed once closesAt has passed, with no job: 409 on vote and withdraw', async () => {
      const poll = await insertExpiredPoll(t, article, { allowVoteChange: true });
      const response = await t.http.get(`/api/polls/${poll.id}`).expect(200);
      expect(response.body).toMatchObject({ status: 'closed', closedAt: response.body.closesAt });
      expect(await t.db.query(`SELECT closed_at FROM polls WHERE id = $1`, [poll.id])).toEqual([{ closed_at: null }]);
      await t.http
        .put(`/api/polls/${poll.id}/vote`)
        .set(cast.reader.auth)
        .send({ optionIds: [poll.options[0]!.id] })
        .expect(409);
      await t.http.delete(`/api/polls/${poll.id}/vote`).set(cast.reader.auth).expect(409);
      expect(await storedBallots(t, poll.id)).toEqual([]);
    });
  });
});
