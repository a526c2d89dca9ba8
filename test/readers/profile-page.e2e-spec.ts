import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../support/app.js';
import { newUser } from '../support/factories.js';
import { whileTableLocked } from '../support/table-lock.js';

const PAGE = readFileSync(join(process.cwd(), 'public', 'reader', 'index.html'), 'utf8');

/** The public profile page /u/<username>: 200 for someone, a readable 404 page for nobody. */
describe('readers: the public profile page’s status', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('serves a live account’s page with 200, whatever the case of the name and the encodings accepted', async () => {
    const reader = await newUser(t, { username: 'profil_vivant' });
    const plain = await t.http.get(`/u/${reader.username}`).set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(plain.text).toBe(PAGE);
    await t.http.get('/u/PROFIL_VIVANT').set('Accept-Encoding', 'identity').expect(200);
    await t.http.get('/u/profil_vivant/').set('Accept-Encoding', 'identity').expect(200);
    const br = await t.http.get(`/u/${reader.username}`).set('Accept-Encoding', 'br').buffer(true).expect(200);
    expect(br.headers['content-encoding']).toBe('br');
  });

  it('answers 404 for an unknown name: the page, saying so in French by default and in English when preferred', async () => {
    const french = await t.http.get('/u/personne_ici').set('Accept-Encoding', 'br, gzip').expect(404);
    expect(french.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(french.headers['content-language']).toBe('fr');
    expect(french.headers['cache-control']).toBe('no-cache');
    expect(french.text).toContain('<html lang="fr"');
    expect(french.text).toContain('<title>Profil introuvable — Le Fil numérique</title>');
    expect(french.text).toContain('Aucun lecteur ne porte le nom «\u00a0personne_ici\u00a0».');
    // The same page's script still runs and renders the not-found view itself.
    expect(french.text).toContain(/<script type="module"[^>]*>/.exec(PAGE)![0]);

    const english = await t.http.get('/u/personne_ici').set('Accept-Language', 'en-GB,en;q=0.9,fr;q=0.5').expect(404);
    expect(english.headers['content-language']).toBe('en');
    expect(english.text).toContain('<html lang="en"');
    expect(english.text).toContain('No reader is called “personne_ici”.');

    await t.http.head('/u/personne_ici').expect(404);
  });

  it('escapes the name it repeats, and answers 404 for paths that name no one', async () => {
    const hostile = await t.http.get('/u/%3Cscript%3Ealert(1)%3C%2Fscript%3E').expect(404);
    expect(hostile.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(hostile.text).not.toContain('<script>alert(1)');
    for (const path of ['/u/', '/u/un/deux', '/u/a%00b']) {
      const response = await t.http.get(path).set('Accept-Encoding', 'identity');
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
    }
  });

  it('leaves a path that is not valid percent-encoding to the router, which refuses it before any route: 400', async () => {
    const response = await t.http.get('/u/%E0%A4%A').set('Accept-Encoding', 'identity').expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('answers 404 for an erased account’s former name', async () => {
    const reader = await newUser(t, { username: 'profil_efface' });
    await t.http.get('/u/profil_efface').expect(200);
    await t.http.delete('/api/me').set(reader.auth).send({ password: reader.password }).expect(204);
    await t.http.get('/u/profil_efface').expect(404);
  });
});

describe('readers: the public profile page when the database fails', () => {
  let t: TestApp;
  beforeAll(async () => {
    // A short statement timeout turns "the users table is locked" into a database error.
    t = await startTestApp({ DB_STATEMENT_TIMEOUT_MS: '300' });
  });
  afterAll(async () => t.close());

  it('serves the page with 503 and Retry-After (its script offers to retry), never a 404 that says nobody has the name', async () => {
    const reader = await newUser(t, { username: 'profil_en_panne' });
    await t.http.get(`/u/${reader.username}`).set('Accept-Encoding', 'identity').expect(200);

    await whileTableLocked(t.databaseUrl, 'users', async () => {
      for (const name of [reader.username, 'personne_ici']) {
        const failed = await t.unchecked.get(`/u/${name}`).set('Accept-Encoding', 'identity');
        expect({ name, status: failed.status, retryAfter: failed.headers['retry-after'] }).toEqual({
          name,
          status: 503,
          retryAfter: '5',
        });
        expect(failed.headers['content-type']).toBe('text/html; charset=utf-8');
        expect(failed.headers.etag).toBeUndefined(); // No copy of the 200 to revalidate.
        expect(failed.text).toBe(PAGE);
      }
    });
    await t.http.get(`/u/${reader.username}`).set('Accept-Encoding', 'identity').expect(200);
  }, 30_000);
});
