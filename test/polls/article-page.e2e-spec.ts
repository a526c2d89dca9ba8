import { startTestApp, type TestApp } from '../support/app.js';
import { newUser } from '../support/factories.js';

describe('the article page includes its polls', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('GET /api/articles/:slug lists the polls with results as the caller may see them', async () => {
    const editor = await newUser(t, { role: 'editor' });
    const reader = await newUser(t);
    const article = await t.http
      .post('/api/articles')
      .set(editor.auth)
      .send({ title: 'Sondage du jour', body: 'Un texte.' })
      .expect(201);
    const slug = article.body.slug as string;
    const poll = await t.http
      .post(`/api/articles/${slug}/polls`)
      .set(editor.auth)
      .send({
        question: 'Quels éléments comptent ?',
        options: ['Le prix', 'La sécurité', 'Le service'],
        mode: 'single',
        resultsVisibility: 'after_vote',
        allowVoteChange: true,
      })
      .expect(201);
    await t.http
      .put(`/api/polls/${poll.body.id}/vote`)
      .set(reader.auth)
      .send({ optionIds: [poll.body.options[2].id] })
      .expect(200);

    const anonymous = await t.http.get(`/api/articles/${slug}`).expect(200);
    expect(anonymous.body.polls).toHaveLength(1);
    expect(anonymous.body.polls[0]).toMatchObject({
      id: poll.body.id,
      question: 'Quels éléments comptent ?',
      myVote: null,
    });
    expect(anonymous.body.polls[0].options[0].votes).toBeUndefined();

    const voter = await t.http.get(`/api/articles/${slug}`).set(reader.auth).expect(200);
    expect(voter.body.polls[0].myVote).toEqual([poll.body.options[2].id]);
    expect(voter.body.polls[0].options.map((o: { percent: number }) => o.percent)).toEqual([0, 0, 100]);
  });
});
