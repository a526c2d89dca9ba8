import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { SignJWT, type JWTPayload } from 'jose';
import { startTestApp, type TestApp } from '../support/app.js';
import { newUser } from '../support/factories.js';

const ISSUER = 'https://www.journal.example';
const SECRET = 'a shared secret of at least thirty-two characters';
const secretKey = new TextEncoder().encode(SECRET);
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const pem = (key: KeyObject) => key.export({ type: 'spki', format: 'pem' }).toString();

const now = () => Math.floor(Date.now() / 1000);

interface TokenOptions {
  claims?: JWTPayload;
  alg?: 'HS256' | 'RS256' | 'ES256';
  key?: KeyObject | Uint8Array;
  /** Claims removed after defaults are applied. */
  omit?: string[];
}

/** A token as the news site's backend would sign it: jose, fresh jti, 5 minutes. */
async function siteToken(options: TokenOptions = {}): Promise<string> {
  const alg = options.alg ?? 'HS256';
  const payload: JWTPayload = {
    iss: ISSUER,
    sub: `site-user-${randomUUID()}`,
    jti: randomUUID(),
    iat: now(),
    exp: now() + 300,
    email: `${randomUUID().slice(0, 8)}@lecteurs.example`,
    name: 'Marie-Hélène Dupont',
    ...options.claims,
  };
  for (const claim of options.omit ?? []) delete payload[claim];
  const key = options.key ?? (alg === 'HS256' ? secretKey : alg === 'RS256' ? rsa.privateKey : ec.privateKey);
  return new SignJWT(payload).setProtectedHeader({ alg, typ: 'JWT' }).sign(key);
}

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('POST /api/auth/sso', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      SSO_ISSUER: ISSUER,
      SSO_SECRET: SECRET,
      SSO_PUBLIC_KEY: pem(rsa.publicKey).replace(/\n/g, '\\n'),
      RATE_LIMIT_FACTOR: '1000',
    });
  });
  afterAll(async () => t.close());

  const signIn = (token: string) => t.http.post('/api/auth/sso').send({ token });
  const counts = async () => {
    const [row] = await t.db.query(
      `SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM user_identities)::int AS identities,
              (SELECT count(*) FROM sso_token_uses)::int AS uses, (SELECT count(*) FROM refresh_tokens)::int AS sessions`,
    );
    return row as { users: number; identities: number; uses: number; sessions: number };
  };

  it('creates a reader on first use, with a username from the name, and a working session', async () => {
    const sub = `site-${randomUUID()}`;
    const response = await signIn(await siteToken({ claims: { sub, email: 'Marie@Lecteurs.example' } })).expect(200);
    expect(response.body.user).toMatchObject({
      username: 'marie.helene.dupont',
      displayName: 'Marie-Hélène Dupont',
      email: 'marie@lecteurs.example',
      role: 'reader',
      status: 'active',
    });
    const me = await t.http.get('/api/me').set('Authorization', `Bearer ${response.body.accessToken}`).expect(200);
    expect(me.body.id).toBe(response.body.user.id);
    const [identity] = await t.db.query(`SELECT user_id FROM user_identities WHERE issuer = $1 AND subject = $2`, [
      ISSUER,
      sub,
    ]);
    expect(identity.user_id).toBe(response.body.user.id);
    const [row] = await t.db.query(`SELECT password_hash, imported FROM users WHERE id = $1`, [response.body.user.id]);
    expect(row).toEqual({ password_hash: null, imported: false });
  });

  it('finds the same account by (iss, sub) later and updates its email and display name', async () => {
    const sub = `site-${randomUUID()}`;
    const first = await signIn(await siteToken({ claims: { sub, email: 'old@lecteurs.example', name: 'Jean Old' } }));
    const later = await signIn(await siteToken({ claims: { sub, email: 'new@lecteurs.example', name: 'Jean New' } }));
    expect(later.status).toBe(200);
    expect(later.body.user).toMatchObject({
      id: first.body.user.id,
      username: first.body.user.username,
      email: 'new@lecteurs.example',
      displayName: 'Jean New',
    });
  });

  it('never links by email alone: a token carrying an existing reader’s email gets a new account', async () => {
    const victim = await newUser(t);
    const response = await signIn(await siteToken({ claims: { email: victim.email, email_verified: true } })).expect(
      200,
    );
    expect(response.body.user.id).not.toBe(victim.id);
    expect(response.body.user.email).toBeNull();
    const [row] = await t.db.query(`SELECT email FROM users WHERE id = $1`, [victim.id]);
    expect(row.email).toBe(victim.email);
  });

  it('never takes a role from the token', async () => {
    const response = await signIn(await siteToken({ claims: { role: 'admin', roles: ['admin'] } })).expect(200);
    expect(response.body.user.role).toBe('reader');
  });

  it('gives two people of the same name two usernames', async () => {
    const name = 'Homonyme Parfait';
    const first = await signIn(await siteToken({ claims: { name } })).expect(200);
    const second = await signIn(await siteToken({ claims: { name } })).expect(200);
    expect(first.body.user.username).toBe('homonyme.parfait');
    expect(second.body.user.username).toBe('homonyme.parfait2');
  });

  it('links an imported placeholder by an email the site marks verified, and only then', async () => {
    const [placeholder] = await t.db.query(
      `INSERT INTO users (username, email, display_name, imported) VALUES ('ancien_lecteur', 'ancien@lecteurs.example', 'Ancien', true) RETURNING id`,
    );
    const unverified = await signIn(await siteToken({ claims: { email: 'ancien@lecteurs.example' } })).expect(200);
    expect(unverified.body.user.id).not.toBe(placeholder.id);
    const verified = await signIn(
      await siteToken({ claims: { email: 'ancien@lecteurs.example', email_verified: true, name: 'Ancien Lecteur' } }),
    ).expect(200);
    expect(verified.body.user).toMatchObject({
      id: placeholder.id,
      username: 'ancien_lecteur',
      displayName: 'Ancien Lecteur',
    });
    // Claimed once: another identity with the same verified email gets its own account.
    const other = await signIn(
      await siteToken({ claims: { email: 'ancien@lecteurs.example', email_verified: true } }),
    ).expect(200);
    expect(other.body.user.id).not.toBe(placeholder.id);
  });

  it('accepts RS256 tokens signed with the key of SSO_PUBLIC_KEY', async () => {
    const response = await signIn(await siteToken({ alg: 'RS256' })).expect(200);
    expect(response.body.accessToken).toEqual(expect.any(String));
  });

  it('refuses a linked account that is banned (403), without a session', async () => {
    const sub = `site-${randomUUID()}`;
    const first = await signIn(await siteToken({ claims: { sub } })).expect(200);
    await t.db.query(`UPDATE users SET status = 'banned', sanction_reason = 'spam' WHERE id = $1`, [
      first.body.user.id,
    ]);
    const response = await signIn(await siteToken({ claims: { sub } })).expect(403);
    expect(response.body.code).toBe('auth.account_banned');
  });

  describe('bad tokens: 401 naming the reason, nothing written', () => {
    const unsigned = (payload: JWTPayload) => `${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.`;
    const cases: Array<[string, () => Promise<string>, string, string]> = [
      ['not a JWT', async () => 'not.a-jwt', 'auth.sso_malformed', ''],
      [
        'alg none',
        async () => unsigned({ iss: ISSUER, sub: 'x', jti: randomUUID(), exp: now() + 60 }),
        'auth.sso_alg_none',
        '',
      ],
      [
        'alg not allowed (ES256 with no EC key configured)',
        () => siteToken({ alg: 'ES256' }),
        'auth.sso_alg_not_allowed',
        '',
      ],
      [
        'HS256 "signed" with the public key (key confusion)',
        () => siteToken({ key: new TextEncoder().encode(pem(rsa.publicKey)) }),
        'auth.sso_bad_signature',
        '',
      ],
      [
        'wrong secret',
        () => siteToken({ key: new TextEncoder().encode('another secret of at least thirty-two chars') }),
        'auth.sso_bad_signature',
        '',
      ],
      ['wrong issuer', () => siteToken({ claims: { iss: 'https://evil.example' } }), 'auth.sso_wrong_issuer', 'iss'],
      ['expired', () => siteToken({ claims: { iat: now() - 900, exp: now() - 120 } }), 'auth.sso_expired', 'exp'],
      [
        'exp more than 10 minutes ahead',
        () => siteToken({ claims: { exp: now() + 3600 } }),
        'auth.sso_exp_too_far',
        'exp',
      ],
      ['iat in the future', () => siteToken({ claims: { iat: now() + 600 } }), 'auth.sso_iat_in_future', 'iat'],
      ['missing sub', () => siteToken({ omit: ['sub'] }), 'auth.sso_claim_missing', 'sub'],
      ['missing jti', () => siteToken({ omit: ['jti'] }), 'auth.sso_claim_missing', 'jti'],
      ['missing exp', () => siteToken({ omit: ['exp'] }), 'auth.sso_claim_missing', 'exp'],
      ['malformed email', () => siteToken({ claims: { email: 'not an email' } }), 'auth.sso_claim_invalid', 'email'],
    ];

    it.each(cases)('%s', async (_label, makeToken, code, claim) => {
      const before = await counts();
      const response = await signIn(await makeToken())
        .set('Accept-Language', 'en')
        .expect(401);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.code).toBe(code);
      if (claim !== '') expect(response.body.detail).toContain(claim);
      expect(await counts()).toEqual(before);
    });

    it('a replayed jti: the second use is refused and writes nothing', async () => {
      const token = await siteToken();
      await signIn(token).expect(200);
      const before = await counts();
      const response = await signIn(token).expect(401);
      expect(response.body.code).toBe('auth.sso_replayed');
      expect(await counts()).toEqual(before);
    });

    it('answers in French', async () => {
      const response = await signIn(await siteToken({ claims: { iss: 'https://autre.example' } }))
        .set('Accept-Language', 'fr')
        .expect(401);
      expect(response.body.detail).toBe("Le jeton de connexion vient d'un autre émetteur (iss).");
    });
  });

  describe('under concurrency', () => {
    it('one token sent 12 times at once signs in exactly once', async () => {
      const token = await siteToken();
      const responses = await Promise.all(Array.from({ length: 12 }, () => signIn(token)));
      expect(responses.map((r) => r.status).sort()).toEqual([200, ...Array(11).fill(401)]);
      expect(responses.filter((r) => r.status === 401).every((r) => r.body.code === 'auth.sso_replayed')).toBe(true);
    });

    it('eight first sign-ins of one person at once make one account', async () => {
      const sub = `site-${randomUUID()}`;
      const responses = await Promise.all(
        Array.from({ length: 8 }, async () => signIn(await siteToken({ claims: { sub, name: 'Simultané' } }))),
      );
      expect(responses.map((r) => r.status)).toEqual(Array(8).fill(200));
      expect(new Set(responses.map((r) => r.body.user.id)).size).toBe(1);
      const [row] = await t.db.query(`SELECT count(*)::int AS n FROM user_identities WHERE subject = $1`, [sub]);
      expect(row.n).toBe(1);
    });
  });

  it('prunes used token ids once they expired', async () => {
    await t.db.query(
      `INSERT INTO sso_token_uses (issuer, jti, expires_at) VALUES ($1, 'long-gone', now() - interval '1 hour')`,
      [ISSUER],
    );
    await signIn(await siteToken()).expect(200);
    const rows = await t.db.query(`SELECT 1 FROM sso_token_uses WHERE jti = 'long-gone'`);
    expect(rows).toEqual([]);
  });
});

describe('POST /api/auth/sso with an ES256 key only', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ SSO_ISSUER: ISSUER, SSO_PUBLIC_KEY: pem(ec.publicKey) });
  });
  afterAll(async () => t.close());

  it('accepts ES256 and refuses HS256, even one keyed with the public key', async () => {
    await t.http
      .post('/api/auth/sso')
      .send({ token: await siteToken({ alg: 'ES256' }) })
      .expect(200);
    const confused = await t.http
      .post('/api/auth/sso')
      .send({ token: await siteToken({ key: new TextEncoder().encode(pem(ec.publicKey)) }) })
      .expect(401);
    expect(confused.body.code).toBe('auth.sso_alg_not_allowed');
  });
});

describe('POST /api/auth/sso when SSO is not configured', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('answers 404 naming the reason', async () => {
    const response = await t.http
      .post('/api/auth/sso')
      .send({ token: await siteToken() })
      .expect(404);
    expect(response.body.code).toBe('auth.sso_disabled');
  });
});
