import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { translate } from '../../src/common/i18n/messages.js';
import '../../src/modules/users/users.messages.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { newUser, type TestUser } from '../support/factories.js';

const ISSUER = 'https://www.journal.example';
const SECRET = 'a shared secret of at least thirty-two characters';

/** A news site's SSO token naming the person `name`. */
async function ssoToken(
  name: string,
  sub = `site-${randomUUID()}`,
  claims: Record<string, unknown> = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ iss: ISSUER, sub, jti: randomUUID(), iat: now, exp: now + 300, name, ...claims })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .sign(new TextEncoder().encode(SECRET));
}

describe('display names: no invisible characters, no staff impersonation', () => {
  let t: TestApp;
  let reader: TestUser;
  let moderator: TestUser;

  beforeAll(async () => {
    t = await startTestApp({ SSO_ISSUER: ISSUER, SSO_SECRET: SECRET, RATE_LIMIT_FACTOR: '1000' });
    [reader, moderator] = await Promise.all([newUser(t), newUser(t, { role: 'moderator', username: 'j.moreau' })]);
    await t.db.query(`UPDATE users SET display_name = 'Julie Moreau' WHERE id = $1`, [moderator.id]);
    const editor = await newUser(t, { role: 'editor' });
    await t.db.query(`UPDATE users SET display_name = 'Pascal' WHERE id = $1`, [editor.id]);
  });
  afterAll(async () => t.close());

  const register = (displayName: string, language = 'en') =>
    t.http
      .post('/api/auth/register')
      .set('Accept-Language', language)
      .send({
        username: `u_${randomUUID().slice(0, 8)}`,
        email: `${randomUUID().slice(0, 8)}@example.test`,
        password: 'une phrase de passe solide',
        displayName,
      });
  const rename = (displayName: string, who: TestUser = reader) =>
    t.http.patch('/api/me').set(who.auth).send({ displayName });

  it.each([
    ['a zero-width space', 'Julie\u200BMoreau', 400, 'users.display_name_invisible_characters'],
    ['a right-to-left override', '\u202Enoitarédom', 400, 'users.display_name_invisible_characters'],
    ['an isolate', '\u2068Julie\u2069', 400, 'users.display_name_invisible_characters'],
    ['spaces and combining marks only', ' \u0301 \u3164 ', 400, 'users.display_name_empty'],
    ['a Cyrillic “о” inside a Latin name', 'Julie M\u043Ereau', 400, 'users.display_name_mixed_scripts'],
    ['a Greek “ο” inside a Latin word', 'Zo\u03BF Martin', 400, 'users.display_name_mixed_scripts'],
    ['a staff member’s display name, folded', 'JULIE  moréau', 422, 'users.display_name_reserved'],
    ['a staff member’s username', 'J. Moreau', 422, 'users.display_name_reserved'],
    ['a reserved word', 'Modération', 422, 'users.display_name_reserved'],
    ['a reserved word in full-width letters', 'ＲＥＤＡＣＴＩＯＮ', 422, 'users.display_name_reserved'],
    // Раѕсаӏ: every letter Cyrillic (one alphabet, not mixed), every one drawn like "Pascal"'s.
    [
      'a staff name in Cyrillic look-alikes',
      '\u0420\u0430\u0455\u0441\u0430\u04CF',
      422,
      'users.display_name_reserved',
    ],
  ] as const)(
    'refuses %s at registration and on the profile, naming displayName',
    async (_case, name, status, code) => {
      const registered = await register(name).expect(status);
      const renamed = await rename(name).expect(status);
      for (const response of [registered, renamed]) {
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response.body.errors).toEqual([{ field: 'displayName', message: translate(code, 'en', {}) }]);
      }
      const [stored] = await t.db.query(`SELECT display_name FROM users WHERE id = $1`, [reader.id]);
      expect(stored.display_name).toBe(reader.username);
    },
  );

  it('says why in French', async () => {
    const response = await register('La Rédaction', 'fr').expect(422);
    expect(response.body.errors[0].message).toContain('réservé');
    const invisible = await rename('Ju\u200Dlie').set('Accept-Language', 'fr').expect(400);
    expect(invisible.body.errors[0].message).toContain('invisibles');
    const mixed = await rename('Cl\u0430ire').set('Accept-Language', 'fr').expect(400);
    expect(mixed.body.errors).toEqual([
      { field: 'displayName', message: translate('users.display_name_mixed_scripts', 'fr', {}) },
    ]);
    expect(mixed.body.errors[0].message).toContain('Écrivez chaque mot dans un seul alphabet.');
  });

  it('accepts names wholly in Cyrillic or Greek, and one alphabet per word', async () => {
    for (const name of [
      '\u042E\u043B\u0438\u044F \u041C\u043E\u0440\u043E\u0437\u043E\u0432\u0430',
      '\u0391\u03BB\u03AD\u03BE\u03B1\u03BD\u03B4\u03C1\u03BF\u03C2',
      'Ivan \u0418\u0432\u0430\u043D\u043E\u0432',
    ]) {
      const renamed = await rename(name).expect(200);
      expect(renamed.body.displayName).toBe(name);
    }
    await rename(reader.username).expect(200);
  });

  it('stores the NFKC form and lets staff keep their own name', async () => {
    const registered = await register('  Ｍａｒｉｅ   Lefèvre ').expect(201);
    expect(registered.body.user.displayName).toBe('Marie Lefèvre');
    const own = await rename('Julie Moreau', moderator).expect(200);
    expect(own.body.displayName).toBe('Julie Moreau');
    await rename('Julie Morel').expect(200);
  });

  it('falls back to the username when SSO asserts a name that would be refused', async () => {
    for (const name of ['Julie Moreau', 'Admin\u200Bistration', 'Tribune', 'Julie M\u043Ereau']) {
      const response = await t.http
        .post('/api/auth/sso')
        .send({ token: await ssoToken(name) })
        .expect(200);
      expect([name, response.body.user.displayName]).toEqual([name, response.body.user.username]);
    }
    const sub = `site-${randomUUID()}`;
    const first = await t.http
      .post('/api/auth/sso')
      .send({ token: await ssoToken('Paul Martin', sub) })
      .expect(200);
    expect(first.body.user.displayName).toBe('Paul Martin');
    const later = await t.http
      .post('/api/auth/sso')
      .send({ token: await ssoToken('Modération', sub) })
      .expect(200);
    expect(later.body.user.displayName).toBe(first.body.user.username);
  });

  it('keeps the author’s username beside the display name in post payloads', async () => {
    const editor = await newUser(t, { role: 'editor' });
    const article = await t.http
      .post('/api/articles')
      .set(editor.auth)
      .send({ title: 'Un article', body: 'Le texte.' })
      .expect(201);
    const post = await t.http
      .post(`/api/threads/${article.body.thread.id}/posts`)
      .set(reader.auth)
      .send({ body: 'Bonjour' })
      .expect(201);
    expect(post.body.author).toMatchObject({ username: reader.username });
  });

  it('marks an SSO account’s email verified when the site vouches for it (email_verified: true), and only then', async () => {
    const sub = `site-${randomUUID()}`;
    const me = async (token: string) => {
      const session = await t.http.post('/api/auth/sso').send({ token }).expect(200);
      return (
        await t.http
          .get('/api/me')
          .set({ Authorization: `Bearer ${session.body.accessToken}` })
          .expect(200)
      ).body;
    };
    const unverified = await me(await ssoToken('Léa Roux', sub, { email: `${sub}@journal.example` }));
    expect(unverified).toMatchObject({ email: `${sub}@journal.example`, emailVerified: false });
    const vouched = await me(
      await ssoToken('Léa Roux', sub, { email: `${sub}@journal.example`, email_verified: true }),
    );
    expect(vouched).toMatchObject({ email: `${sub}@journal.example`, emailVerified: true });
    const moved = await me(await ssoToken('Léa Roux', sub, { email: `new-${sub}@journal.example` }));
    expect(moved).toMatchObject({ email: `new-${sub}@journal.example`, emailVerified: false });
    const fresh = await me(
      await ssoToken('Noé Petit', `site-${randomUUID()}`, {
        email: `noe-${sub}@journal.example`,
        email_verified: true,
      }),
    );
    expect(fresh).toMatchObject({ emailVerified: true });
  });
});
