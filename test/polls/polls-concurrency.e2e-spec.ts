import { startTestApp, type TestApp } from '../support/app.js';
import { newCast, newUser, type Cast } from '../support/factories.js';
import { createPoll, newArticle, storedBallots, type TestArticle } from './poll-fixtures.js';

describe('polls: one ballot per user under concurrency', () => {
  let t: TestApp;
  let cast: Cast;
  let article: TestArticle;

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_FACTOR: '100' });
    cast = await newCast(t);
    article = await newArticle(t, cast.editor);
  });
  afterAll(async () => t.close());

  it('the same reader voting 15 times at once with different choices leaves exactly one ballot with one of those choice sets', async () => {
    const labels = ['A', 'B', 'C', 'D', 'E', 'F'];
    const poll = await createPoll(t, cast.editor, article, {
      mode: 'multiple',
      maxChoices: 2,
      options: labels,
      allowVoteChange: true,
    });
    const ids = poll.options.map((o) => o.id);
    // The 15 distinct pairs of 6 options.
    const pairs: string[][] = [];
    for (let i = 0; i < ids.length; i += 1) for (let j = i + 1; j < ids.length; j += 1) pairs.push([ids[i]!, ids[j]!]);
    expect(pairs).toHaveLength(15);

    const responses = await Promise.all(
      pairs.map((pair) => t.http.put(`/api/polls/${poll.id}/vote`).set(cast.reader.auth).send({ optionIds: pair })),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(15).fill(200));

    const ballots = await storedBallots(t, poll.id);
    expect(ballots).toHaveLength(1);
    expect(ballots[0]!.userId).toBe(cast.reader.id);
    const stored = [...ballots[0]!.optionIds].sort();
    expect(pairs.map((pair) => [...pair].sort())).toContainEqual(stored);
    const view = await t.http.get(`/api/polls/${poll.id}`).set(cast.reader.auth).expect(200);
    expect([...view.body.myVote].sort()).toEqual(stored);
    expect(view.body.totalVoters).toBe(1);
    expect(view.body.options.reduce((sum: number, o: { votes: number }) => sum + o.votes, 0)).toBe(2);
  });

  it('the same reader voting 15 times at once where votes may not change: one 200, fourteen 409, one ballot', async () => {
    const poll = await createPoll(t, cast.editor, article, { mode: 'single', allowVoteChange: false });
    const voter = await newUser(t);
    const responses = await Promise.all(
      Array.from({ length: 15 }, (_, i) =>
        t.http
          .put(`/api/polls/${poll.id}/vote`)
          .set(voter.auth)
          .send({ optionIds: [poll.options[i % 3]!.id] }),
      ),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([200, ...Array(14).fill(409)]);
    const winner = responses.find((response) => response.status === 200)!;
    const ballots = await storedBallots(t, poll.id);
    expect(ballots).toEqual([{ userId: voter.id, optionIds: winner.body.myVote }]);
  });

  it('60 distinct readers voting at once leave 60 ballots and the totals add up', async () => {
    const poll = await createPoll(t, cast.editor, article, { mode: 'single', options: ['A', 'B', 'C', 'D'] });
    const voters = await Promise.all(Array.from({ length: 60 }, () => newUser(t)));
    const responses = await Promise.all(
      voters.map((voter, i) =>
        t.http
          .put(`/api/polls/${poll.id}/vote`)
          .set(voter.auth)
          .send({ optionIds: [poll.options[i % 4]!.id] }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(60).fill(200));

    const [{ ballots, choices }]: Array<{ ballots: number; choices: number }> = await t.db.query(
      `SELECT (SELECT count(*)::int FROM poll_ballots WHERE poll_id = $1) AS ballots,
              (SELECT count(*)::int FROM poll_choices WHERE poll_id = $1) AS choices`,
      [poll.id],
    );
    expect(ballots).toBe(60);
    expect(choices).toBe(60);
    const view = await t.http.get(`/api/polls/${poll.id}`).expect(200);
    expect(view.body.totalVoters).toBe(60);
    expect(view.body.options.map((o: { votes: number }) => o.votes)).toEqual([15, 15, 15, 15]);
    expect(view.body.options.map((o: { percent: number }) => o.percent)).toEqual([25, 25, 25, 25]);
  });

  it('votes racing a close either land (and count) or get 409, never a 500 or a lost ballot', async () => {
    const poll = await createPoll(t, cast.editor, article, { mode: 'single' });
    const voters = await Promise.all(Array.from({ length: 50 }, () => newUser(t)));
    const votes = voters.map((voter, i) =>
      t.http
        .put(`/api/polls/${poll.id}/vote`)
        .set(voter.auth)
        .send({ optionIds: [poll.options[i % 3]!.id] }),
    );
    const close = t.http.post(`/api/polls/${poll.id}/close`).set(cast.editor.auth);
    const [closeResponse, ...responses] = await Promise.all([close, ...votes]);
    expect(closeResponse.status).toBe(200);
    const accepted = responses.filter((response) => response.status === 200).length;
    expect(accepted + responses.filter((response) => response.status === 409).length).toBe(50);
    const [{ ballots }]: Array<{ ballots: number }> = await t.db.query(
      `SELECT count(*)::int AS ballots FROM poll_ballots WHERE poll_id = $1`,
      [poll.id],
    );
    expect(ballots).toBe(accepted);
    // After the close, nothing more gets in.
    const late = await newUser(t);
    await t.http
      .put(`/api/polls/${poll.id}/vote`)
      .set(late.auth)
      .send({ optionIds: [poll.options[0]!.id] })
      .expect(409);
    expect((await t.http.get(`/api/polls/${poll.id}`).expect(200)).body.totalVoters).toBe(accepted);
  });
});
