/// <reference lib="dom" />
// page.evaluate callbacks run in Chromium: they use the DOM types.
import { jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, seedDemo } from '../../src/cli/commands/seed-demo.js';
import type { TestApp } from '../support/app.js';
import { describeInBrowser, shot, startBrowserSuite, type BrowserSuite } from '../support/browser.js';
import { newUser, type TestUser } from '../support/factories.js';
import { threadIdOf } from '../support/sql-fixtures.js';

const SLUG = 'panne-hebergeur-lyonnais-trois-jours';

jest.setTimeout(60_000);

let suite: BrowserSuite;
let t: TestApp;
let base: string;
const cspViolations: string[] = [];

async function newPage(): Promise<Page> {
  // Fail on the step that waits, well before jest's own timeout.
  const page = await suite.newPage(
    { locale: 'fr-FR', viewport: { width: 1100, height: 900 } },
    { defaultTimeout: 8_000 },
  );
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  return page;
}

async function login(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.getByLabel('Nom d’utilisateur ou e-mail').fill(username);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

async function post(author: TestUser, threadId: string, body: string): Promise<{ status: number; id: string }> {
  const response = await t.http.post(`/api/threads/${threadId}/posts`).set(author.auth).send({ body });
  return { status: response.status, id: response.body.id };
}

beforeAll(async () => {
  suite = await startBrowserSuite();
  ({ t, base } = suite);
  await seedDemo(t.databaseUrl);
}, 120_000);

afterAll(() => suite?.close());

describeInBrowser('the web front ends', () => {
  it('serves the news site, the widget and the staff pages without CSP violations', async () => {
    const page = await newPage();
    await page.goto(`${base}/`);
    await expect(page.getByRole('link', { name: /Panne géante chez un hébergeur lyonnais/ }).isVisible()).resolves.toBe(
      true,
    );
    await shot(page, 'site-home');

    const embed = await page.request.get(`${base}/embed.js`);
    expect(embed.status()).toBe(200);
    expect(embed.headers()['content-type']).toMatch(/javascript/);

    for (const path of ['/moderation', '/admin']) {
      await page.goto(`${base}${path}`);
      await page.getByRole('button', { name: 'Se connecter' }).waitFor();
    }
    await shot(page, 'staff-login');
    expect(cspViolations).toEqual([]);
  });

  it('lets a reader sign up, post, reply, vote and report an error from a selection', async () => {
    const page = await newPage();
    await page.goto(`${base}/articles/${SLUG}`);
    await page.getByRole('heading', { name: 'Et vous ? Qu’en pensez-vous ?' }).waitFor();
    await page.getByText('Nous étions clients.').waitFor();

    // Sign up.
    await page.getByRole('button', { name: 'Créer un compte' }).click();
    await page.getByLabel('Nom d’utilisateur', { exact: true }).fill('nouvelle_lectrice');
    await page.getByLabel('E-mail').fill('nouvelle@lecteurs.example');
    await page.getByLabel('Mot de passe').fill('un mot de passe solide');
    await page.getByRole('button', { name: 'Créer un compte' }).click();
    await page.getByText('Connecté en tant que').waitFor();

    // Post, then reply to post n° 1.
    await page.getByLabel('Votre message').fill('Nous avons testé une restauration le mois dernier : trois heures.');
    await page.getByRole('button', { name: 'Publier' }).click();
    await page.getByText('Nous avons testé une restauration le mois dernier').waitFor();

    await page.locator('#tribune-post-1').getByRole('button', { name: 'Répondre' }).click();
    await page.getByText('En réponse au message n° 1 de Claire M.').waitFor();
    await page.getByLabel('Votre message').fill('Courage, trois jours sans messagerie, c’est très long.');
    await page.getByRole('button', { name: 'Publier' }).click();
    const reply = page.locator('article', { hasText: 'Courage, trois jours sans messagerie' });
    await reply.getByText('En réponse au n° 1 (Claire M.)').waitFor();

    // Upvote post n° 2.
    const second = page.locator('#tribune-post-2');
    await second.getByRole('button', { name: 'Approuver', exact: true }).click();
    await second.locator('[aria-pressed="true"]').waitFor();
    await expect(second.locator('.t-score').textContent()).resolves.toBe('3');
    await shot(page, 'article-widget');

    // Select a passage of the article, then "Signaler une erreur".
    await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('[data-article-body] p')].find((p) =>
        p.textContent!.includes('près de 4 200 clients'),
      )!;
      paragraph.scrollIntoView({ block: 'center' });
      const text = paragraph.firstChild!;
      const start = text.textContent!.indexOf('près de 4 200 clients');
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + 'près de 4 200 clients'.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    await page.getByRole('button', { name: 'Signaler une erreur' }).click();
    await expect(page.getByLabel('Passage erroné (tel qu’il figure dans l’article)').inputValue()).resolves.toBe(
      'près de 4 200 clients',
    );
    await page.getByLabel('Correction proposée (facultatif)').fill('près de 2 400 clients');
    await shot(page, 'error-report-form');
    await page.getByRole('button', { name: 'Envoyer à la rédaction' }).click();
    await page.getByText('Merci ! Votre signalement a été transmis à la rédaction.').waitFor();
    const [report] = await t.db.query(`SELECT quote, suggestion FROM error_reports ORDER BY created_at DESC LIMIT 1`);
    expect(report).toEqual({ quote: 'près de 4 200 clients', suggestion: 'près de 2 400 clients' });
  });

  it("lets a reader vote in the article's poll and shows the results as bars with whole percentages", async () => {
    const editor = await newUser(t, { role: 'editor' });
    const created = await t.http
      .post(`/api/articles/${SLUG}/polls`)
      .set(editor.auth)
      .send({
        question: 'Sauvegardez-vous vos données hors site ?',
        options: ['Oui, chaque jour', 'Oui, de temps en temps', 'Non'],
        mode: 'single',
        resultsVisibility: 'always',
        allowVoteChange: true,
      });
    expect(created.status).toBe(201);

    const page = await newPage();
    await page.goto(`${base}/articles/${SLUG}`);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await login(page, 'julien.r');
    await page.getByText('Connecté en tant que').waitFor();
    // Vote in the poll: results as bars with whole percentages.
    const poll = page.getByRole('region', { name: /Sauvegardez-vous vos données hors site/ });
    await poll.getByLabel('Oui, chaque jour').check();
    await poll.getByRole('button', { name: 'Voter' }).click();
    await poll.getByText('100 %').waitFor();
    const [ballots] = await t.db.query(
      `SELECT count(*)::int AS n FROM poll_ballots b JOIN users u ON u.id = b.user_id WHERE u.username = 'julien.r' AND b.poll_id = $1`,
      [created.body.id],
    );
    expect(ballots.n).toBe(1);

    await shot(page, 'article-poll');
  });

  it('shows a post from another session live, behind a "nouveaux messages" bar', async () => {
    const reader = await newPage();
    await reader.goto(`${base}/articles/${SLUG}`);
    await reader.getByText('Nous étions clients.').waitFor();

    const other = await newPage();
    await other.goto(`${base}/articles/${SLUG}`);
    await other.getByRole('button', { name: 'Se connecter' }).click();
    await login(other, 'karim_b');
    await other.getByText('Connecté en tant que').waitFor();
    await other.getByLabel('Votre message').fill('Message en direct depuis une autre session.');
    await other.getByRole('button', { name: 'Publier' }).click();
    await other.getByText('Message en direct depuis une autre session.').waitFor();

    const bar = reader.getByRole('button', { name: '1 nouveau message' });
    await bar.waitFor({ timeout: 10_000 });
    await shot(reader, 'live-new-messages');
    await bar.click();
    await reader.getByText('Message en direct depuis une autre session.').waitFor();
  });

  it('lets a moderator approve a pending post and hide a flagged one', async () => {
    const admin = await newUser(t, { role: 'admin' });
    const threadId = await threadIdOf(t, SLUG);
    expect((await t.http.patch('/api/admin/settings').set(admin.auth).send({ premoderateFirstPosts: 1 })).status).toBe(
      200,
    );
    const newcomer = await newUser(t);
    const pending = await post(newcomer, threadId, 'Premier message d’un nouveau venu, à valider.');
    expect(pending.status).toBe(202);
    await t.http.patch('/api/admin/settings').set(admin.auth).send({ premoderateFirstPosts: 0 });

    const troll = await newUser(t);
    const flagged = await post(troll, threadId, 'Message hors sujet qui sera signalé.');
    expect(flagged.status).toBe(201);
    const flagger = await newUser(t);
    expect(
      (await t.http.post(`/api/posts/${flagged.id}/flags`).set(flagger.auth).send({ reason: 'off_topic' })).status,
    ).toBe(201);

    const page = await newPage();
    await page.goto(`${base}/moderation`);
    await login(page, 'moderator');
    await page.getByRole('tab', { name: /En attente/ }).click();
    const pendingItem = page.getByRole('button', { name: /Premier message|n° \d+ · u_/ }).first();
    await page.getByText('Premier message d’un nouveau venu, à valider.').waitFor();
    await pendingItem.click();
    await shot(page, 'moderation-pending');
    await page.keyboard.press('a');
    await page.getByText('Message approuvé.').waitFor();
    const [approved] = await t.db.query(`SELECT status FROM posts WHERE id = $1`, [pending.id]);
    expect(approved.status).toBe('visible');

    await page.getByRole('tab', { name: /Signalés/ }).click();
    // Earlier tests of this file may have queued other posts: pick this one.
    await page.getByRole('button', { name: new RegExp(troll.username) }).click();
    await page.getByText('Message hors sujet qui sera signalé.').waitFor();
    await page.getByLabel('Motif (consigné au journal et envoyé à l’auteur)').fill('Hors sujet répété');
    await shot(page, 'moderation-flagged');
    await page.getByRole('button', { name: /^Masquer/ }).click();
    await page.getByText('Message masqué.').waitFor();
    const [hidden] = await t.db.query(`SELECT status FROM posts WHERE id = $1`, [flagged.id]);
    expect(hidden.status).toBe('hidden');

    await page.getByRole('tab', { name: /Erreurs signalées/ }).click();
    await shot(page, 'moderation-error-reports');
    await page.getByRole('link', { name: 'Journal' }).click();
    await page.getByRole('cell', { name: 'Hors sujet répété', exact: true }).waitFor();
    await shot(page, 'moderation-log');
    await page.getByRole('link', { name: 'Mots surveillés' }).click();
    await page.getByLabel(/Mot ou expression/).fill('arnaque*');
    await page.getByRole('button', { name: 'Ajouter' }).click();
    await page.getByRole('cell', { name: 'arnaque*', exact: true }).waitFor();
    await shot(page, 'moderation-watched-words');
  });

  it('lets an admin find and ban a user', async () => {
    const page = await newPage();
    await page.goto(`${base}/admin`);
    await login(page, 'admin');
    await page.getByLabel('Nom, nom affiché ou e-mail').fill('lea');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.getByRole('button', { name: 'Bannir lea.t' }).waitFor();
    await page.getByLabel('Motif des sanctions (consigné au journal)').fill('Spam répété');
    await page.getByRole('button', { name: 'Bannir lea.t' }).click();
    await page.getByText('Utilisateur banni.').waitFor();
    const [lea] = await t.db.query(`SELECT status FROM users WHERE username = 'lea.t'`);
    expect(lea.status).toBe('banned');
    await shot(page, 'admin-users');
    await page.getByRole('link', { name: 'Réglages' }).click();
    await page.getByRole('button', { name: 'Enregistrer' }).waitFor();
    await shot(page, 'admin-settings');
  });

  // The time itself is measured by `npm run bench` (speed claims live in the benchmark);
  // this test proves the page renders all 50 posts and records its performance marks.
  it('renders a 50-post thread and marks its first render', async () => {
    const editor = await newUser(t, { role: 'editor' });
    const article = await t.http
      .post('/api/articles')
      .set(editor.auth)
      .send({ title: 'Fil de cinquante messages', body: 'Un article pour mesurer le premier rendu du fil.' });
    expect(article.status).toBe(201);
    const threadId = await threadIdOf(t, article.body.slug);
    await t.db.query(
      `WITH authors AS (SELECT array_agg(id) AS ids FROM users WHERE role = 'reader' AND status = 'active')
       INSERT INTO posts (thread_id, number, author_id, body, html)
       SELECT $1, g, authors.ids[1 + g % array_length(authors.ids, 1)],
              'Message numéro ' || g || ' : un avis argumenté sur la question posée par l’article.',
              '<p>Message numéro ' || g || ' : un avis argumenté sur la question posée par l’article.</p>'
       FROM generate_series(1, 50) g, authors`,
      [threadId],
    );
    await t.db.query(`UPDATE threads SET post_count = 50, last_post_at = now() WHERE id = $1`, [threadId]);

    const page = await newPage();
    await page.goto(`${base}/articles/${article.body.slug}`);
    await page.locator('#tribune-post-50').waitFor();
    const timing = await page.waitForFunction(() => {
      const measure = performance.getEntriesByName('tribune:first-render')[0];
      const received = performance.getEntriesByName('tribune:posts-received')[0];
      const painted = performance.getEntriesByName('tribune:posts-painted')[0];
      return measure && received && painted
        ? { total: measure.duration, render: painted.startTime - received.startTime }
        : null;
    });
    const { total, render } = (await timing.jsonValue())!;
    await expect(page.locator('.t-post').count()).resolves.toBe(50);
    process.stdout.write(
      `web: first render of a 50-post thread: ${total.toFixed(1)} ms from mount (${render.toFixed(1)} ms after the posts arrived)\n`,
    );
    // The marks exist and are in order; how fast is for `npm run bench` (widget scenario) to
    // measure on a quiet machine, not for a timed test on a loaded one (it once read 207 ms).
    expect(render).toBeGreaterThan(0);
    expect(total).toBeGreaterThan(render);
  });
});
