/// <reference lib="dom" />
// The moderation console and the admin page (issue #20, console part; #15 items 26, 27, 29).
import { AxeBuilder } from '@axe-core/playwright';
import { jest } from '@jest/globals';
import type { Page, Request } from 'playwright-core';
import { DEMO_PASSWORD, seedDemo } from '../../src/cli/commands/seed-demo.js';
import type { TestApp } from '../support/app.js';
import { describeInBrowser, shot, startBrowserSuite, type BrowserSuite } from '../support/browser.js';
import { newUser, type TestUser } from '../support/factories.js';
import { insertArticle, insertPost, threadIdOf } from '../support/sql-fixtures.js';

const SLUG = 'panne-hebergeur-lyonnais-trois-jours';

jest.setTimeout(90_000);

let suite: BrowserSuite;
let t: TestApp;
let base: string;
let threadId: string;

async function newPage(viewport = { width: 1100, height: 900 }): Promise<Page> {
  return suite.newPage({ locale: 'fr-FR', viewport }, { defaultTimeout: 8_000 });
}

async function signIn(page: Page, path: string, username: string, password = DEMO_PASSWORD) {
  await page.goto(`${base}${path}`);
  await page.getByLabel('Nom d’utilisateur ou e-mail').fill(username);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/** The console is live once its event stream is open. */
async function openConsole(username: string, password = DEMO_PASSWORD, viewport?: { width: number; height: number }) {
  const page = await newPage(viewport);
  await signIn(page, '/moderation', username, password);
  await page.getByText('File en direct').waitFor();
  return page;
}

async function post(author: TestUser, body: string): Promise<{ status: number; id: string }> {
  const response = await t.http.post(`/api/threads/${threadId}/posts`).set(author.auth).send({ body });
  return { status: response.status, id: response.body.id };
}

async function postStatus(id: string): Promise<string> {
  const [row] = await t.db.query(`SELECT status FROM posts WHERE id = $1`, [id]);
  return row.status;
}

/** Waits until the tab of `kind` reads `text` (its name and count). */
const tabShows = (page: Page, kind: string, text: string) => page.locator(`#tab-${kind}`, { hasText: text }).waitFor();

/**
 * Holds the page's first request matching `pattern` until `release()`; later ones pass.
 * `request` resolves once it is held; `seen()` counts the matching requests.
 */
async function holdFirstRequest(page: Page, pattern: RegExp) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let holding!: (request: Request) => void;
  const request = new Promise<Request>((resolve) => (holding = resolve));
  let seen = 0;
  await page.route(pattern, async (route) => {
    if (seen++ === 0) {
      holding(route.request());
      await released;
    }
    await route.continue();
  });
  return { request, release, seen: () => seen };
}

/** The post numbers of the queue's items, top to bottom. */
async function shownNumbers(page: Page): Promise<number[]> {
  const titles = await page.locator('.queue button.item strong').allTextContents();
  return titles.map((title) => Number(/n°\u00a0(\d+)/.exec(title)?.[1]));
}

/** Filters the console to one article and waits until the list on screen is that article's. */
async function filterByArticle(page: Page, slug: string) {
  await page.getByLabel('Article (adresse ou identifiant)').fill(slug);
  await page.getByRole('button', { name: 'Filtrer' }).click();
  await listIsCurrent(page);
}

/** Waits until the list on screen is the one of the tab and filters chosen (not the previous one). */
const listIsCurrent = (page: Page) => page.locator('ul.queue[aria-busy="false"]').waitFor();

/** Resolves every open item, so each test starts from an empty queue. */
async function emptyQueue() {
  await t.db.query(`UPDATE moderation_items SET status = 'resolved', resolved_at = now() WHERE status = 'open'`);
}

let axeViews = 0;
/** Zero serious or critical axe violations on the page as it stands. */
async function expectAccessible(page: Page, view: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${view}: ${violation.id} on ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  expect(serious).toEqual([]);
  axeViews++;
}

beforeAll(async () => {
  suite = await startBrowserSuite();
  ({ t, base } = suite);
  await seedDemo(t.databaseUrl);
  threadId = await threadIdOf(t, SLUG);
}, 120_000);

afterAll(() => suite?.close());

describeInBrowser('the moderation console', () => {
  beforeEach(emptyQueue);

  it('shows a newly flagged post without reload; the author’s drawer pre-moderates them (next post held)', async () => {
    const page = await openConsole('moderator');
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    const troll = await newUser(t);
    const flagged = await post(troll, 'Message provocateur qui sera signalé en direct.');
    expect(flagged.status).toBe(201);
    const flagger = await newUser(t);
    await t.http.post(`/api/posts/${flagged.id}/flags`).set(flagger.auth).send({ reason: 'abuse' }).expect(201);

    await page.getByText('Message provocateur qui sera signalé en direct.').waitFor();
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    await expect(page.getByRole('tab', { name: /Signalés/ }).textContent()).resolves.toBe('Signalés (1 à traiter)');

    await page.keyboard.press('u');
    const drawer = page.getByRole('dialog', { name: `Compte de ${troll.username}` });
    await drawer.waitFor();
    await drawer.getByLabel('Nouvelle note').fill('Ton agressif, à surveiller.');
    await drawer.getByRole('button', { name: 'Ajouter la note' }).click();
    await drawer.getByText('Ton agressif, à surveiller.').waitFor();
    await drawer.locator('#premod-reason').fill('Propos agressifs répétés');
    await drawer.getByRole('button', { name: 'Soumettre ses messages à validation' }).click();
    await drawer.getByText('Lever la pré-modération').waitFor();
    await shot(page, 'console-user-drawer');
    await expectAccessible(page, 'user drawer');

    const next = await post(troll, 'Mon message suivant, qui doit attendre.');
    expect(next.status).toBe(202);
    expect(await postStatus(next.id)).toBe('pending');

    await drawer.locator('#suspend-reason').fill('Injures envers d’autres lecteurs');
    await drawer.getByRole('button', { name: 'Suspendre' }).click();
    await drawer.getByRole('button', { name: 'Lever la suspension' }).click();
    await drawer.getByText('Suspension levée.').waitFor();
    const [account] = await t.db.query(`SELECT status FROM users WHERE id = $1`, [troll.id]);
    expect(account.status).toBe('active');

    // The same account, found by a part of its name.
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
    await page.getByLabel('Trouver un compte').fill(troll.username.slice(3, 9).toUpperCase());
    await page.getByRole('button', { name: 'Chercher' }).click();
    await page.getByRole('list', { name: 'Comptes trouvés' }).getByRole('button', { name: troll.username }).click();
    await drawer.getByText('Ton agressif, à surveiller.').waitFor();
    const log = await t.db.query(
      `SELECT action FROM audit_log WHERE target_id = $1 AND action LIKE 'user.%' ORDER BY created_at`,
      [troll.id],
    );
    expect(log.map((row: { action: string }) => row.action)).toEqual([
      'user.note',
      'user.premoderate',
      'user.suspend',
      'user.unsuspend',
    ]);
  });

  it('counts in its tabs only the items of the article it is filtered to', async () => {
    const author = await newUser(t);
    const editor = await newUser(t, { role: 'editor' });
    const other = await insertArticle(t, { authorId: editor.id, title: 'Un autre article' });
    const here = await post(author, 'Message signalé sous l’article du filtre.');
    const elsewhere = await t.http
      .post(`/api/threads/${other.threadId}/posts`)
      .set(author.auth)
      .send({ body: 'Message signalé sous un autre article.' })
      .expect(201);
    for (const id of [here.id, elsewhere.body.id]) {
      await t.http
        .post(`/api/posts/${id}/flags`)
        .set((await newUser(t)).auth)
        .send({ reason: 'spam' })
        .expect(201);
    }
    await t.http.post(`/api/articles/${other.slug}/error-reports`).send({ quote: 'Texte de l’article' }).expect(201);

    const page = await openConsole('moderator');
    await tabShows(page, 'flagged', 'Signalés (2 à traiter)');
    await tabShows(page, 'error_report', 'Erreurs signalées (1 à traiter)');
    await page.getByLabel('Article (adresse ou identifiant)').fill(`${base}/articles/${SLUG}`);
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await tabShows(page, 'flagged', 'Signalés (1 à traiter)');
    await tabShows(page, 'error_report', 'Erreurs signalées (0 à traiter)');
    await expect(page.locator('.queue button.item').count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Tous les articles' }).click();
    await tabShows(page, 'flagged', 'Signalés (2 à traiter)');
  });

  it('moderates with the keyboard only: j then a approves, r rejects, z undoes the rejection', async () => {
    const author = await newUser(t);
    const moderator = await newUser(t, { role: 'moderator' });
    await t.http
      .post(`/api/moderation/users/${author.id}/premoderate`)
      .set(moderator.auth)
      .send({ reason: 'Essai' })
      .expect(200);
    const first = await post(author, 'Premier message en attente de validation.');
    const second = await post(author, 'Second message en attente de validation.');
    expect([first.status, second.status]).toEqual([202, 202]);

    const page = await openConsole('moderator');
    // Keyboard only: Tab to the selected queue tab, → to "En attente", then the shortcuts.
    let presses = 0;
    while ((await page.evaluate(() => document.activeElement?.id)) !== 'tab-flagged') {
      await page.keyboard.press('Tab');
      if (++presses > 30) throw new Error('the queue tabs cannot be reached with Tab');
    }
    await page.keyboard.press('ArrowRight');
    await page.getByText('Premier message en attente de validation.').waitFor();
    const shown = (text: string) => page.locator('.panel .post-body', { hasText: text }).waitFor();
    await page.keyboard.press('j');
    await shown('Second message en attente de validation.');
    await page.keyboard.press('k');
    await shown('Premier message en attente de validation.');
    await page.keyboard.press('a');
    await page.getByText('Message approuvé.').waitFor();
    expect(await postStatus(first.id)).toBe('visible');
    await page.keyboard.press('r');
    await page.getByText('Message rejeté.').waitFor();
    expect(await postStatus(second.id)).toBe('hidden');
    await shot(page, 'console-undo-toast');
    await page.keyboard.press('z');
    await page.getByText('Action annulée.').waitFor();
    expect([await postStatus(first.id), await postStatus(second.id)]).toEqual(['visible', 'visible']);
    const log = await t.db.query(
      `SELECT action FROM audit_log WHERE target_id = ANY($1) AND action LIKE 'post.%' ORDER BY created_at`,
      [[first.id, second.id]],
    );
    expect(log.map((row: { action: string }) => row.action)).toEqual(['post.approve', 'post.reject', 'post.restore']);
  });

  it('confirms a hide made by the flag threshold: the item leaves the queue, the post stays hidden, one statement', async () => {
    const author = await newUser(t);
    const flagged = await post(author, 'Message masqué d’office par les signalements.');
    const threshold = (
      await t.http
        .get('/api/admin/settings')
        .set((await newUser(t, { role: 'admin' })).auth)
        .expect(200)
    ).body.flagHideThreshold as number;
    for (let flags = 0; flags < threshold; flags += 1) {
      await t.http
        .post(`/api/posts/${flagged.id}/flags`)
        .set((await newUser(t)).auth)
        .send({ reason: 'abuse' })
        .expect(201);
    }
    expect(await postStatus(flagged.id)).toBe('hidden');

    const page = await openConsole('moderator');
    await page.locator('.panel .post-body', { hasText: 'Message masqué d’office par les signalements.' }).waitFor();
    const panel = page.locator('.panel');
    await panel.getByRole('button', { name: /^Rétablir le message/ }).waitFor();
    await panel.getByLabel('Motif (consigné au journal et envoyé à l’auteur)').fill('Injures confirmées.');
    await panel.getByRole('button', { name: 'Confirmer le masquage' }).click();
    await page.getByText('Masquage confirmé').waitFor();
    await page.getByText('Rien à traiter dans cette file.').waitFor();
    await tabShows(page, 'flagged', 'Signalés (0 à traiter)');
    expect(await postStatus(flagged.id)).toBe('hidden');
    const [item] = await t.db.query(
      `SELECT status, resolution FROM moderation_items WHERE subject_id = $1 ORDER BY created_at DESC LIMIT 1`,
      [flagged.id],
    );
    expect(item).toEqual({ status: 'resolved', resolution: 'hidden' });
    const log = await t.db.query(`SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id`, [flagged.id]);
    expect(log.map((row: { action: string }) => row.action)).toEqual(['post.auto_hide', 'post.hide']);
    const statements = await t.db.query(`SELECT automated FROM moderation_decisions WHERE post_id = $1`, [flagged.id]);
    expect(statements).toEqual([{ automated: true }]);
  });

  it('lists handled items newest first, 50 at a time: "Voir plus" adds the next ones, none twice, none skipped', async () => {
    const author = await newUser(t);
    const editor = await newUser(t, { role: 'editor' });
    const article = await insertArticle(t, { authorId: editor.id, title: 'Article aux décisions nombreuses' });
    const resolvedOrder: number[] = [];
    // One anchor for every resolution time: a per-statement now() drifts as the loop runs, and on a
    // loaded machine 17 turns took over a second, swapping items one second apart.
    const anchor = new Date(Date.now() - 5 * 60_000);
    for (let i = 0; i < 60; i += 1) {
      const hidden = await insertPost(t, { threadId: article.threadId, authorId: author.id, body: `Traité ${i}` });
      // Resolved in an order unlike the posts' (7 and 60 are coprime: every second once).
      const second = (i * 7) % 60;
      await t.db.query(
        `INSERT INTO moderation_items (kind, subject_type, subject_id, status, resolution, resolved_at)
         VALUES ('flagged', 'post', $1, 'resolved', 'hidden', $3::timestamptz - make_interval(secs => $2))`,
        [hidden.id, 60 - second, anchor],
      );
      resolvedOrder[second] = hidden.number;
    }
    const newestFirst = resolvedOrder.reverse();
    const page = await openConsole('moderator');

    await filterByArticle(page, article.slug);
    await page.locator('#queue-status').selectOption('resolved');
    await listIsCurrent(page);
    await page.locator('.queue button.item').nth(49).waitFor();
    expect(await shownNumbers(page)).toEqual(newestFirst.slice(0, 50));
    await page.getByRole('button', { name: 'Voir plus' }).click();
    await page.locator('.queue button.item').nth(59).waitFor();
    expect(await shownNumbers(page)).toEqual(newestFirst);
    await expect(page.getByRole('button', { name: 'Voir plus' }).count()).resolves.toBe(0);
  });

  /** An article with 101 open flagged items, a second apart; their post numbers, oldest first. */
  async function articleWith101Flags(title: string) {
    const author = await newUser(t);
    const editor = await newUser(t, { role: 'editor' });
    const article = await insertArticle(t, { authorId: editor.id, title });
    // One anchor, a second apart: the order does not depend on how fast the loop runs.
    const anchor = new Date(Date.now() - 10 * 60_000);
    const oldestFirst: number[] = [];
    for (let i = 0; i < 101; i += 1) {
      const flagged = await insertPost(t, { threadId: article.threadId, authorId: author.id, body: `Signalé ${i}` });
      await t.db.query(
        `INSERT INTO moderation_items (kind, subject_type, subject_id, status, created_at)
         VALUES ('flagged', 'post', $1, 'open', $3::timestamptz + make_interval(secs => $2))`,
        [flagged.id, i, anchor],
      );
      oldestFirst.push(flagged.number);
    }
    expect(oldestFirst).toHaveLength(101);
    return { author, article, oldestFirst };
  }

  it('lists open items oldest first, 100 at a time: "Voir plus" shows the 101st, and a live reload keeps that depth', async () => {
    const { author, article, oldestFirst } = await articleWith101Flags('Article aux signalements nombreux');
    const page = await openConsole('moderator');
    const items = page.locator('.queue button.item');

    await filterByArticle(page, article.slug);
    await tabShows(page, 'flagged', 'Signalés (101 à traiter)');
    await items.nth(99).waitFor();
    expect(await shownNumbers(page)).toEqual(oldestFirst.slice(0, 100));
    await expect(items.filter({ hasText: `n°\u00a0${oldestFirst[100]}` }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Voir plus' }).click();
    await items.filter({ hasText: `n°\u00a0${oldestFirst[100]}` }).waitFor();
    expect(await shownNumbers(page)).toEqual(oldestFirst);
    await expect(page.getByRole('button', { name: 'Voir plus' }).count()).resolves.toBe(0);
    await expectAccessible(page, 'open tab after "Voir plus"');

    // A live change (a reader flags one more post) reloads the list as deep as it was read:
    // all 102, not the first 100 again behind a new "Voir plus".
    const flagger = await newUser(t);
    const latest = await insertPost(t, { threadId: article.threadId, authorId: author.id, body: 'Signalé en direct' });
    await t.http.post(`/api/posts/${latest.id}/flags`).set(flagger.auth).send({ reason: 'abuse' }).expect(201);
    await tabShows(page, 'flagged', 'Signalés (102 à traiter)');
    await items.filter({ hasText: `n°\u00a0${latest.number}` }).waitFor();
    expect(await shownNumbers(page)).toEqual([...oldestFirst, latest.number]);
    await expect(page.getByRole('button', { name: 'Voir plus' }).count()).resolves.toBe(0);
  });

  it('disables the previous list’s "Voir plus" until the filtered list arrives (its cursor belongs to the old list)', async () => {
    const { article, oldestFirst } = await articleWith101Flags('Article filtré pendant la lecture');
    const page = await openConsole('moderator');
    const items = page.locator('.queue button.item');
    const list = page.getByRole('list', { name: 'Éléments' });
    const showMore = page.getByRole('button', { name: 'Voir plus' });
    await items.nth(99).waitFor(); // Unfiltered, the queue holds this article's 101 items: a "Voir plus" too.
    await expect(showMore.isEnabled()).resolves.toBe(true);
    await expect(list.getAttribute('aria-busy')).resolves.toBe('false');

    const filtered = await holdFirstRequest(
      page,
      new RegExp(`/api/moderation/queue\\?kind=flagged.*article=${article.slug}`),
    );
    await page.getByLabel('Article (adresse ou identifiant)').fill(article.slug);
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await filtered.request;
    await expect(list.getAttribute('aria-busy')).resolves.toBe('true');
    await expect(showMore.isDisabled()).resolves.toBe(true);

    filtered.release();
    await listIsCurrent(page);
    await showMore.click();
    await items.filter({ hasText: `n°\u00a0${oldestFirst[100]}` }).waitFor();
    expect(filtered.seen()).toBe(2); // The filtered first page, then its "Voir plus".
  });

  it('keeps the page "Voir plus" asked for when a live reload starts before that page arrives', async () => {
    const { author, article, oldestFirst } = await articleWith101Flags('Article rechargé en cours de lecture');
    const page = await openConsole('moderator');
    const items = page.locator('.queue button.item');
    await filterByArticle(page, article.slug);
    await items.nth(99).waitFor();

    // "Voir plus" asks for the second page; the server's answer is held until a live reload has begun.
    const more = await holdFirstRequest(page, /\/api\/moderation\/queue\?.*cursor=/);
    await page.getByRole('button', { name: 'Voir plus' }).click();
    const moreRequest = await more.request;
    const flagger = await newUser(t);
    const latest = await insertPost(t, {
      threadId: article.threadId,
      authorId: author.id,
      body: 'Signalé pendant la suite',
    });
    await t.http.post(`/api/posts/${latest.id}/flags`).set(flagger.auth).send({ reason: 'abuse' }).expect(201);
    await tabShows(page, 'flagged', 'Signalés (102 à traiter)');

    // The reload read as deep as "Voir plus" asked (its own second page passed the hold)...
    await items.filter({ hasText: `n°\u00a0${latest.number}` }).waitFor();
    expect(more.seen()).toBe(2);
    expect(await shownNumbers(page)).toEqual([...oldestFirst, latest.number]);
    // ...and the held page, answered now, is dropped: it adds nothing twice.
    more.release();
    expect((await moreRequest.response())?.status()).toBe(200);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200))); // Time to apply it, were it kept.
    expect(await shownNumbers(page)).toEqual([...oldestFirst, latest.number]);
    await expect(page.getByRole('button', { name: 'Voir plus' }).count()).resolves.toBe(0);
  });

  it('undoes a rejection with the "Annuler" button of the toast', async () => {
    const author = await newUser(t);
    const moderator = await newUser(t, { role: 'moderator' });
    await t.http
      .post(`/api/moderation/users/${author.id}/premoderate`)
      .set(moderator.auth)
      .send({ reason: 'Essai' })
      .expect(200);
    const held = await post(author, 'Message rejeté puis rétabli.');
    const page = await openConsole('moderator');
    await page.getByRole('tab', { name: /En attente/ }).click();
    await page.getByText('Message rejeté puis rétabli.').waitFor();
    await page.getByRole('button', { name: /^Rejeter/ }).click();
    await page.getByRole('button', { name: /^Annuler/ }).click();
    await page.getByText('Action annulée.').waitFor();
    expect(await postStatus(held.id)).toBe('visible');
  });

  it('offers only the actions a report’s state allows: an accepted report has no "Accepter"', async () => {
    const quote = 'près de 4 200 clients';
    const reader = await newUser(t);
    const report = await t.http
      .post(`/api/articles/${SLUG}/error-reports`)
      .set(reader.auth)
      .send({ quote, suggestion: 'Une meilleure formulation.' });
    expect(report.status).toBe(201);
    const editor = await newUser(t, { role: 'editor' });
    await t.http
      .patch(`/api/error-reports/${report.body.id}`)
      .set(editor.auth)
      .send({ status: 'accepted' })
      .expect(200);

    const page = await openConsole('moderator');
    await page.getByRole('tab', { name: /Erreurs signalées/ }).click();
    await page.getByText('accepté, correction à faire').waitFor();
    const panel = page.locator('.panel');
    await expect(panel.getByRole('button', { name: 'Accepter' }).count()).resolves.toBe(0);
    await expect(panel.getByRole('button', { name: 'Marquer corrigé' }).count()).resolves.toBe(1);
    await page.keyboard.press('r');
    await page.getByText(/^Rejeter ce signalement/).waitFor();
    await page.getByRole('button', { name: 'Ne rien faire' }).click();
    const [row] = await t.db.query(`SELECT status FROM error_reports WHERE id = $1`, [report.body.id]);
    expect(row.status).toBe('accepted');
  });

  it('locks and unlocks the item’s thread', async () => {
    const author = await newUser(t);
    const flagged = await post(author, 'Message d’une discussion qui s’échauffe.');
    const flagger = await newUser(t);
    await t.http.post(`/api/posts/${flagged.id}/flags`).set(flagger.auth).send({ reason: 'off_topic' }).expect(201);
    const page = await openConsole('moderator');
    await page.getByText('Message d’une discussion qui s’échauffe.').waitFor();
    await page.getByRole('button', { name: 'Verrouiller la discussion' }).click();
    await page.getByText('Discussion verrouillée.').waitFor();
    const status = async () => (await t.db.query(`SELECT status FROM threads WHERE id = $1`, [threadId]))[0].status;
    expect(await status()).toBe('locked');
    await page.getByRole('button', { name: 'Déverrouiller la discussion' }).click();
    await page.getByText('Discussion déverrouillée.').waitFor();
    expect(await status()).toBe('open');
  });

  it('decides a DSA notice with a statement of reasons, and keeps a post whose notice is unfounded', async () => {
    const author = await newUser(t);
    const illegal = await post(author, 'Message visé par une notification fondée.');
    const lawful = await post(author, 'Message visé par une notification infondée.');
    for (const id of [illegal.id, lawful.id]) {
      await t.http
        .post('/api/dsa/notices')
        .send({
          postId: id,
          legalGround: 'Diffamation (loi du 29 juillet 1881)',
          explanation: 'Ce message m’accuse sans fondement.',
          email: 'notifiant@example.test',
          goodFaith: true,
        })
        .expect(201);
    }
    const page = await openConsole('moderator');
    await page.getByRole('tab', { name: /Notifications DSA/ }).click();
    await page.getByText('Message visé par une notification fondée.').waitFor();
    await expectAccessible(page, 'DSA notices');
    await shot(page, 'console-dsa-notice');
    await page.getByLabel('Exposé des motifs').fill('Allégation diffamatoire visant une personne nommée.');
    await page.getByRole('button', { name: 'Rendre la décision' }).click();
    await page.getByText('Message retiré').waitFor();
    await page.getByText('Message visé par une notification infondée.').waitFor();
    await page.getByLabel(/Maintenir le message/).check();
    await page.getByLabel('Exposé des motifs').fill('Opinion sans allégation de fait précis.');
    await page.getByRole('button', { name: 'Rendre la décision' }).click();
    await page.getByText('Message maintenu').waitFor();
    expect([await postStatus(illegal.id), await postStatus(lawful.id)]).toEqual(['hidden', 'visible']);
    const notices = await t.db.query(
      `SELECT post_id, status FROM dsa_notices WHERE post_id = ANY($1) ORDER BY status`,
      [[illegal.id, lawful.id]],
    );
    expect(notices).toEqual([
      { post_id: illegal.id, status: 'actioned' },
      { post_id: lawful.id, status: 'dismissed' },
    ]);
    const [statement] = await t.db.query(`SELECT explanation FROM moderation_decisions WHERE post_id = $1`, [
      illegal.id,
    ]);
    expect(statement.explanation).toBe('Allégation diffamatoire visant une personne nommée.');
  });

  it('hides an appeal from the moderator who took the decision; another moderator reverses it', async () => {
    const author = await newUser(t);
    const decider = await newUser(t, { role: 'moderator' });
    const hidden = await post(author, 'Message masqué puis contesté.');
    await t.http
      .post(`/api/moderation/posts/${hidden.id}/hide`)
      .set(decider.auth)
      .send({ reason: 'Hors charte' })
      .expect(200);
    const decisions = await t.http.get('/api/me/decisions').set(author.auth).expect(200);
    const decision = decisions.body.items.find((item: { postId: string }) => item.postId === hidden.id);
    const appeal = await t.http
      .post(`/api/decisions/${decision.id}/appeal`)
      .set(author.auth)
      .send({ explanation: 'Mon message ne contient aucune injure.' })
      .expect(201);

    const own = await openConsole(decider.username, decider.password);
    await own.getByRole('tab', { name: /Recours/ }).click();
    await own.getByText('1 recours portent sur vos propres décisions').waitFor();
    await expect(own.getByText('Mon message ne contient aucune injure.').count()).resolves.toBe(0);
    await expect(own.getByRole('tab', { name: /Recours/ }).textContent()).resolves.toBe('Recours (0 à traiter)');

    const other = await openConsole('moderator');
    await other.getByRole('tab', { name: /Recours/ }).click();
    await other.getByText('Mon message ne contient aucune injure.').waitFor();
    await expectAccessible(other, 'appeals');
    await other.getByLabel('Annuler la décision et rétablir le message').check();
    await other.getByLabel('Réponse motivée').fill('Le message relève du débat.');
    await other.getByRole('button', { name: 'Trancher le recours' }).click();
    await other.getByText('Recours accepté').waitFor();
    const [row] = await t.db.query(
      `SELECT a.status, u.username FROM appeals a JOIN users u ON u.id = a.decided_by_id WHERE a.id = $1`,
      [appeal.body.id],
    );
    expect(row).toEqual({ status: 'reversed', username: 'moderator' });
    expect(await postStatus(hidden.id)).toBe('visible');
  });

  // axe takes a few seconds per view.
  it('passes axe on every view and fits a 375 px screen', async () => {
    const author = await newUser(t);
    const flagged = await post(author, 'Message signalé pour la vérification d’accessibilité.');
    const flagger = await newUser(t);
    await t.http.post(`/api/posts/${flagged.id}/flags`).set(flagger.auth).send({ reason: 'spam' }).expect(201);
    const page = await openConsole('moderator');
    await page.getByText('Message signalé pour la vérification d’accessibilité.').waitFor();
    const before = axeViews;
    for (const tab of ['Signalés', 'En attente', 'Erreurs signalées', 'Notifications DSA', 'Recours']) {
      await page.getByRole('tab', { name: new RegExp(tab) }).click();
      await expect(page.getByRole('tab', { name: new RegExp(tab) }).getAttribute('aria-selected')).resolves.toBe(
        'true',
      );
      await expectAccessible(page, `tab ${tab}`);
    }
    await page.getByRole('link', { name: 'Journal' }).click();
    await page.getByRole('heading', { name: 'Journal des actions' }).waitFor();
    await expectAccessible(page, 'log');
    await page.getByRole('link', { name: 'Mots surveillés' }).click();
    await page.getByRole('heading', { name: 'Mots surveillés' }).waitFor();
    await expectAccessible(page, 'watched words');

    const mobile = await openConsole('moderator', DEMO_PASSWORD, { width: 375, height: 812 });
    await mobile.getByText('Message signalé pour la vérification d’accessibilité.').waitFor();
    const overflow = await mobile.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBe(0);
    await shot(mobile, 'console-mobile-375');
    await expectAccessible(mobile, 'mobile queue');

    const admin = await newPage();
    await admin.goto(`${base}/admin`);
    await admin.getByRole('button', { name: 'Se connecter' }).waitFor();
    await expectAccessible(admin, 'staff sign-in');
    await signIn(admin, '/admin', 'admin');
    await admin.getByRole('heading', { name: 'Utilisateurs' }).waitFor();
    await admin
      .getByRole('button', { name: /Changer le rôle de/ })
      .first()
      .waitFor();
    await expectAccessible(admin, 'admin users');
    await admin.getByRole('link', { name: 'Réglages' }).click();
    await admin.getByRole('button', { name: 'Enregistrer' }).waitFor();
    await expect(admin.locator('main').textContent()).resolves.not.toMatch(/PerMinute|PerHour|rateLimits/);
    await expectAccessible(admin, 'admin settings');
    expect(axeViews - before).toBe(11);
  }, 180_000);
});

describeInBrowser('the admin page', () => {
  it('changes a role only through the button and its confirmation: two arrow keys change nothing', async () => {
    const reader = await newUser(t);
    const page = await newPage();
    await signIn(page, '/admin', 'admin');
    await page.getByLabel('Nom, nom affiché ou e-mail').fill(reader.username.slice(3));
    await page.getByRole('button', { name: 'Rechercher' }).click();
    const select = page.getByLabel(`Nouveau rôle de ${reader.username}`);
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(select.inputValue()).resolves.toBe('moderator');
    const role = async () => (await t.db.query(`SELECT role FROM users WHERE id = $1`, [reader.id]))[0].role;
    expect(await role()).toBe('reader');

    await page.getByRole('button', { name: `Changer le rôle de ${reader.username}` }).click();
    const dialog = page.getByRole('dialog', { name: /^Changer le rôle/ });
    await dialog.getByText(`${reader.username} passera de lecteur à modérateur.`).waitFor();
    await expectAccessible(page, 'role confirmation');
    await shot(page, 'admin-role-confirm');
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    expect(await role()).toBe('reader');

    await page.getByRole('button', { name: `Changer le rôle de ${reader.username}` }).click();
    await dialog.getByRole('button', { name: `Faire de ${reader.username} un modérateur` }).click();
    await page.getByText(`${reader.username} est désormais modérateur.`).waitFor();
    expect(await role()).toBe('moderator');
  });

  it('says a failure in French, never "HTTP 503"', async () => {
    const page = await newPage();
    await signIn(page, '/admin', 'admin');
    await page.getByRole('heading', { name: 'Utilisateurs' }).waitFor();
    await page.route(/\/api\/admin\/users\?/, (route) => route.fulfill({ status: 503, body: '' }));
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.getByText('Le service est momentanément indisponible. Réessayez dans un instant.').waitFor();
    await expect(page.getByText(/HTTP \d+/).count()).resolves.toBe(0);
  });
});
