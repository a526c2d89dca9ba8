import { startTestApp, type TestApp } from '../support/app.js';
import { newUser, type TestUser } from '../support/factories.js';

/** #20: moderators find an account by any part of its username or display name. */
describe('GET /api/moderation/users (staff user search)', () => {
  let t: TestApp;
  let moderator: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    moderator = await newUser(t, { role: 'moderator' });
  });
  afterAll(() => t.close());

  it('matches any part of the username or display name, any case; never the e-mail, never an erased account', async () => {
    const byName = await newUser(t, { username: 'Zorglub_Lecteur' });
    const byDisplay = await newUser(t, { username: 'autre_compte' });
    await t.db.query(`UPDATE users SET display_name = 'Madame Zorglubette' WHERE id = $1`, [byDisplay.id]);
    const byEmail = await newUser(t, { username: 'troisieme' });
    await t.db.query(`UPDATE users SET email = 'zorglub@example.test' WHERE id = $1`, [byEmail.id]);
    const erased = await newUser(t, { username: 'zorglub_efface' });
    await t.db.query(`UPDATE users SET anonymized_at = now() WHERE id = $1`, [erased.id]);

    const found = await t.http.get('/api/moderation/users?q=ZORGLUB').set(moderator.auth).expect(200);
    expect(found.body).toEqual({
      items: [
        {
          id: byDisplay.id,
          username: 'autre_compte',
          displayName: 'Madame Zorglubette',
          role: 'reader',
          status: 'active',
        },
        {
          id: byName.id,
          username: 'Zorglub_Lecteur',
          displayName: 'Zorglub_Lecteur',
          role: 'reader',
          status: 'active',
        },
      ],
      nextCursor: null,
    });
  });

  it('pages by username, treats % and _ literally, and says an ended suspension is over', async () => {
    const names = ['pagine_a', 'pagine_b', 'pagine_c'];
    for (const username of names) await newUser(t, { username });
    await t.db.query(
      `UPDATE users SET status = 'suspended', suspended_until = now() - interval '1 day' WHERE username = 'pagine_a'`,
    );
    const first = await t.http.get('/api/moderation/users?q=pagine_&limit=2').set(moderator.auth).expect(200);
    expect(first.body.items.map((item: { username: string; status: string }) => [item.username, item.status])).toEqual([
      ['pagine_a', 'active'],
      ['pagine_b', 'active'],
    ]);
    const second = await t.http
      .get(`/api/moderation/users?q=pagine_&limit=2&cursor=${first.body.nextCursor}`)
      .set(moderator.auth)
      .expect(200);
    expect(second.body).toEqual({ items: [expect.objectContaining({ username: 'pagine_c' })], nextCursor: null });
    const literal = await t.http.get('/api/moderation/users?q=%25agine').set(moderator.auth).expect(200);
    expect(literal.body.items).toEqual([]);
  });

  it('refuses a missing or one-letter q with a 400 naming q', async () => {
    for (const path of ['/api/moderation/users', '/api/moderation/users?q=a']) {
      const response = await t.http.get(path).set(moderator.auth).expect(400);
      const fields = new Set(response.body.errors.map((error: { field: string }) => error.field));
      expect([...fields]).toEqual(['q']);
    }
  });
});
