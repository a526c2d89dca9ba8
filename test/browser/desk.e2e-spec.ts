/// <reference lib="dom" />
// page.evaluate callbacks run in Chromium: they use the DOM types.
import { AxeBuilder } from '@axe-core/playwright';
import { jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import type { TestApp } from '../support/app.js';
import { describeInBrowser, shot, startBrowserSuite, type BrowserSuite } from '../support/browser.js';
import { newUser, type TestUser } from '../support/factories.js';

/**
 * The newsroom desk (/redaction): an editor handles a reader's error report
 * up to the public corrections log, writes an article and its poll, features
 * a comment; a reader is turned away. Every view is checked with axe.
 */
jest.setTimeout(90_000);

let suite: BrowserSuite;
let t: TestApp;
let base: string;

async function newPage(viewport = { width: 1200, height: 900 }): Promise<Page> {
  return suite.newPage({ locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport }, { defaultTimeout: 10_000 });
}

/** Serious and critical axe violations of the page as it stands, as "rule: target" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}

async function signIn(page: Page, user: TestUser) {
  await page.goto(`${base}/redaction`);
  await page.getByLabel('Nom d’utilisateur ou e-mail').fill(user.username);
  await page.getByLabel('Mot de passe').fill(user.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

async function newArticle(editor: TestUser, title: string, body: string): Promise<{ slug: string; threadId: string }> {
  const response = await t.http.post('/api/articles').set(editor.auth).send({ title, body });
  expect(response.status).toBe(201);
  return { slug: response.body.slug, threadId: response.body.thread.id };
}

beforeAll(async () => {
  suite = await startBrowserSuite();
  ({ t, base } = suite);
}, 120_000);

afterAll(() => suite?.close());

describeInBrowser('the newsroom desk (/redaction)', () => {
  it("shows a reader's error report with the quote highlighted; marked fixed, its correction is on the article page", async () => {
    const editor = await newUser(t, { role: 'editor' });
    const reader = await newUser(t);
    const { slug } = await newArticle(
      editor,
      'Emploi : le chômage recule encore',
      'Selon l’Insee, le Taux de chômage atteint 7,1 % au troisième trimestre.\n\nLes jeunes en profitent peu.',
    );
    // Quoted as a reader retypes it: other case, doubled space, straight quote marks.
    const created = await t.http.post(`/api/articles/${slug}/error-reports`).set(reader.auth).send({
      quote: 'taux de  chômage atteint 7,1 %',
      suggestion: '7,3 %',
      comment: 'Chiffre révisé le 14 novembre.',
    });
    expect(created.status).toBe(201);

    const page = await newPage();
    await signIn(page, editor);
    await page.getByRole('heading', { name: 'Signalements d’erreurs des lecteurs' }).waitFor();
    await page.getByLabel('Article', { exact: true }).selectOption(slug);
    await page.getByRole('button', { name: /chômage atteint 7,1/ }).click();
    const mark = page.locator('.source-text mark');
    await expect(mark.textContent()).resolves.toBe('Taux de chômage atteint 7,1 %');
    await expect(seriousViolations(page)).resolves.toEqual([]);
    await shot(page, 'desk-error-report');
    const mobile = await newPage({ width: 375, height: 800 });
    await signIn(mobile, editor);
    await mobile.getByLabel('Article', { exact: true }).selectOption(slug);
    await mobile.getByRole('button', { name: /chômage atteint 7,1/ }).click();
    await mobile.locator('.source-text mark').waitFor();
    await expect(mobile.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(375);
    await expect(seriousViolations(mobile)).resolves.toEqual([]);
    await shot(mobile, 'desk-error-report-mobile-375');

    // Only the moves an open report allows are offered.
    await expect(
      page.getByRole('radio').evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).value)),
    ).resolves.toEqual(['accepted', 'fixed', 'rejected', 'duplicate']);
    const note = 'Une version précédente de cet article indiquait un taux de chômage de 7,1 %, il est de 7,3 %.';
    await page.getByRole('radio', { name: /^Corrigé/ }).check();
    await page.getByLabel('Note de correction publique').fill(note);
    await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await page.getByRole('status').filter({ hasText: 'Décision enregistrée' }).waitFor();
    await page.getByText('Ce signalement est clos').waitFor();
    await expect(page.locator('ul[aria-labelledby="corrections-log"] li').allTextContents()).resolves.toEqual([
      expect.stringContaining(note),
    ]);

    const [report] = await t.db.query(`SELECT status FROM error_reports WHERE id = $1`, [created.body.id]);
    expect(report.status).toBe('fixed');
    const article = await t.http.get(`/api/articles/${slug}`);
    expect(article.body.corrections.map((c: { note: string }) => c.note)).toEqual([note]);

    const site = await newPage();
    await site.goto(`${base}/articles/${slug}`);
    await site.getByRole('heading', { name: 'Emploi : le chômage recule encore' }).waitFor();
    await expect(site.getByText(note).count()).resolves.toBe(1);
  });

  it('is usable with the keyboard alone: a report accepted offers only « corrigé » and « rejeté » next', async () => {
    const editor = await newUser(t, { role: 'editor' });
    const { slug } = await newArticle(editor, 'Météo : un automne record', 'Il a fait 24 degrés le 3 novembre à Lyon.');
    const created = await t.http.post(`/api/articles/${slug}/error-reports`).send({ quote: '24 degrés le 3 novembre' });
    expect(created.status).toBe(201);

    const page = await newPage();
    await signIn(page, editor);
    await page.getByLabel('Article', { exact: true }).selectOption(slug);
    await page.getByRole('button', { name: /24 degrés le 3 novembre/ }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.source-text mark').textContent()).resolves.toBe('24 degrés le 3 novembre');
    // From the report's button, Tab walks through the panel to the decision: Accepter is chosen by default.
    const focused = () => page.evaluate(() => document.activeElement?.id ?? document.activeElement?.tagName ?? '');
    let steps = 0;
    while ((await focused()) !== 'decision-accepted' && steps < 15) {
      await page.keyboard.press('Tab');
      steps += 1;
    }
    expect(await focused()).toBe('decision-accepted');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('decision-note');
    await page.keyboard.type('Vérifié auprès de Météo-France.');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Enregistrer la décision');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Décision enregistrée' }).waitFor();

    const [report] = await t.db.query(`SELECT status FROM error_reports WHERE id = $1`, [created.body.id]);
    expect(report.status).toBe('accepted');
    await expect(
      page.getByRole('radio').evaluateAll((radios) => radios.map((radio) => (radio as HTMLInputElement).value)),
    ).resolves.toEqual(['fixed', 'rejected']);

    // The status filter: the accepted report is listed under « Acceptés », no longer under « Nouveaux ».
    const listed = page.getByRole('list', { name: 'Signalements' }).getByRole('button');
    await page.getByLabel('État').selectOption({ label: 'Acceptés, à corriger' });
    await listed.first().waitFor();
    await expect(listed.allTextContents()).resolves.toEqual([expect.stringContaining('24 degrés le 3 novembre')]);
    await page.getByLabel('État').selectOption({ label: 'Nouveaux' });
    await page.getByText('Aucun signalement ne correspond à ces critères.').waitFor();
    await expect(listed.count()).resolves.toBe(0);
  });

  it('marks a report as the duplicate of another on the same article, the missing choice said beside its list', async () => {
    const editor = await newUser(t, { role: 'editor' });
    const { slug } = await newArticle(editor, 'Piscine : réouverture en mars', 'La piscine rouvre le 2 mars.');
    const first = await t.http.post(`/api/articles/${slug}/error-reports`).send({ quote: 'le 2 mars' });
    const second = await t.http
      .post(`/api/articles/${slug}/error-reports`)
      .set('X-Forwarded-For', '198.51.100.7')
      .send({ quote: 'rouvre le 2 mars' });
    expect([first.status, second.status]).toEqual([201, 201]);

    const page = await newPage();
    await signIn(page, editor);
    await page.getByLabel('Article', { exact: true }).selectOption(slug);
    await page.getByRole('button', { name: /rouvre le 2 mars/ }).click();
    await page.getByRole('radio', { name: /^Doublon/ }).check();
    const original = page.getByLabel(/^Signalement d’origine/);
    // The other reports of the article load when « Doublon » is chosen: the placeholder and the first report.
    await original.locator(`option[value="${first.body.id}"]`).waitFor({ state: 'attached' });
    await expect(original.locator('option').count()).resolves.toBe(2);
    await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await page.getByRole('alert').filter({ hasText: 'Un champ est à corriger' }).waitFor();
    await expect(original.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('decision-duplicateOfId');
    await expect(page.locator(`#${await original.getAttribute('aria-describedby')}`).textContent()).resolves.toBe(
      'Indiquez le signalement dont celui-ci est le doublon (un autre signalement du même article).',
    );
    await expect(seriousViolations(page)).resolves.toEqual([]);

    await original.selectOption(first.body.id);
    await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await page.getByText('Ce signalement est clos').waitFor();
    const [report] = await t.db.query(`SELECT status, duplicate_of_id FROM error_reports WHERE id = $1`, [
      second.body.id,
    ]);
    expect(report).toEqual({ status: 'duplicate', duplicate_of_id: first.body.id });
  });

  it('lists the articles twenty at a time, « Plus d’articles » fetching the next page until none is left', async () => {
    const editor = await newUser(t, { role: 'editor' });
    for (let i = 1; i <= 21; i += 1) await newArticle(editor, `Brève n° ${i}`, `Texte de la brève ${i}.`);
    // The desk lists every article, those still to be published too.
    const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM articles`);

    const page = await newPage();
    await signIn(page, editor);
    await page.getByRole('link', { name: 'Articles et sondages' }).click();
    const rows = page.locator('tbody tr');
    await rows.nth(19).waitFor();
    await expect(rows.count()).resolves.toBe(20);
    await expect(rows.first().textContent()).resolves.toContain('Brève n° 21');
    let pages = 1;
    const more = page.getByRole('button', { name: 'Plus d’articles' });
    while ((await more.count()) > 0) {
      await more.click();
      pages += 1;
      await page.waitForFunction((n) => document.querySelectorAll('tbody tr').length >= n, Math.min(count, pages * 20));
    }
    expect(pages).toBe(Math.ceil(count / 20));
    await expect(rows.count()).resolves.toBe(count);
  });

  it('lists the articles not yet published to editors, marked « À paraître » with their time; never to readers', async () => {
    const editor = await newUser(t, { role: 'editor' });
    const publishedAt = new Date(Date.now() + 30 * 86_400_000);
    publishedAt.setUTCHours(8, 30, 0, 0);
    const title = 'Dossier sous embargo : les comptes de la métropole';
    const scheduled = await t.http
      .post('/api/articles')
      .set(editor.auth)
      .send({ title, body: 'Texte à paraître.', publishedAt: publishedAt.toISOString() })
      .expect(201);
    const published = await newArticle(editor, 'Brève déjà publiée', 'Texte publié.');

    const page = await newPage();
    await signIn(page, editor);
    await page.getByRole('link', { name: 'Articles et sondages' }).click();
    const row = page.locator('tbody tr', { hasText: title });
    // The publication time, in the page's time zone (Europe/Paris): « À paraître le 30 décembre 2026 à 09:30 ».
    const time = new Intl.DateTimeFormat('fr-FR', { timeStyle: 'short', timeZone: 'Europe/Paris' }).format(publishedAt);
    const day = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(publishedAt);
    await expect(row.locator('td').nth(1).textContent()).resolves.toMatch(
      new RegExp(`^À paraître le ${day}\\D+${time}$`),
    );
    await expect(page.locator('tbody tr').first().textContent()).resolves.toContain(title);
    const publishedRow = page.locator('tbody tr', { hasText: 'Brève déjà publiée' });
    await expect(publishedRow.textContent()).resolves.not.toContain('À paraître');
    await expect(seriousViolations(page)).resolves.toEqual([]);
    await shot(page, 'desk-unpublished-articles');

    // Readers: neither the public list nor the article.
    const reader = await newUser(t);
    const list = await t.http.get('/api/articles').set(reader.auth).query({ limit: 100 }).expect(200);
    const slugs = list.body.items.map((item: { slug: string }) => item.slug);
    expect(slugs).toContain(published.slug);
    expect(slugs).not.toContain(scheduled.body.slug);
    await t.http.get(`/api/articles/${scheduled.body.slug}`).set(reader.auth).expect(404);
  });

  it('lets an editor create an article (field errors beside the inputs) and a poll, which appear on the public site', async () => {
    const editor = await newUser(t, { role: 'editor' });
    const page = await newPage();
    await signIn(page, editor);
    await page.getByRole('link', { name: 'Articles et sondages' }).click();
    await page.getByRole('heading', { name: 'Articles publiés' }).waitFor();
    await expect(seriousViolations(page)).resolves.toEqual([]);
    await page.getByRole('link', { name: 'Nouvel article' }).click();

    const title = 'Transports : le tramway prolongé jusqu’à la gare';
    await page.getByLabel('Titre (obligatoire)').fill(title);
    await page
      .getByLabel('Texte (obligatoire)')
      .fill('La ligne T2 desservira la gare dès le printemps.\n\nLes travaux durent six mois.');
    await page.getByRole('button', { name: 'Ajouter une source' }).click();
    await page.getByLabel('Intitulé de la source 1').fill('Délibération du conseil métropolitain');
    await page.getByLabel('Adresse de la source 1').fill('pas une adresse');
    await page.getByRole('button', { name: 'Publier l’article' }).click();

    await page.getByRole('alert').filter({ hasText: 'Un champ est à corriger' }).waitFor();
    const url = page.getByLabel('Adresse de la source 1');
    await expect(url.getAttribute('aria-invalid')).resolves.toBe('true');
    // The first field in error takes the focus.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('article-sources-0-url');
    const describedBy = (await url.getAttribute('aria-describedby'))!;
    await expect(page.locator(`#${describedBy}`).textContent()).resolves.toBe(
      '«\u00a0Adresse de la source 1\u00a0» doit être une URL',
    );
    await expect(seriousViolations(page)).resolves.toEqual([]);
    const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM articles WHERE title = $1`, [title]);
    expect(count).toBe(0);

    await url.fill('https://example.org/deliberation-t2');
    await page.getByRole('button', { name: 'Publier l’article' }).click();
    await page.getByRole('heading', { name: new RegExp(`^Modifier «.${title}.»$`) }).waitFor();
    const [row] = await t.db.query(`SELECT slug, sources FROM articles WHERE title = $1`, [title]);
    expect(row.sources).toEqual([
      { label: 'Délibération du conseil métropolitain', url: 'https://example.org/deliberation-t2' },
    ]);

    await page.getByLabel('Question (obligatoire)').fill('Prendrez-vous le tramway pour aller à la gare ?');
    await page.getByLabel('Réponse 1').fill('Oui');
    await page.getByLabel('Réponse 2').fill('Non');
    await page.getByRole('button', { name: 'Publier le sondage' }).click();
    const results = page.getByRole('list', { name: /Résultats.*Prendrez-vous le tramway/ });
    await results.waitFor();
    await expect(seriousViolations(page)).resolves.toEqual([]);

    // Live results: a reader's vote shows up without reloading the desk.
    const [poll] = await t.db.query(`SELECT p.id, o.id AS yes FROM polls p JOIN poll_options o ON o.poll_id = p.id
      WHERE p.question = 'Prendrez-vous le tramway pour aller à la gare ?' AND o.label = 'Oui'`);
    const voter = await newUser(t);
    expect(
      (
        await t.http
          .put(`/api/polls/${poll.id}/vote`)
          .set(voter.auth)
          .send({ optionIds: [poll.yes] })
      ).status,
    ).toBe(200);
    await results.getByText(/^1 voix \(100\s%\)$/).waitFor();

    await page.getByRole('button', { name: /^Clore le sondage/ }).click();
    await page.getByText(/^Clos le \d+ \S+ \d{4} à \d\d:\d\d · Choix unique/).waitFor();
    await expect(page.getByRole('button', { name: /^Clore le sondage/ }).count()).resolves.toBe(0);
    expect((await t.http.get(`/api/polls/${poll.id}`)).body.status).toBe('closed');

    const mobile = await newPage({ width: 375, height: 800 });
    await signIn(mobile, editor);
    await mobile.goto(`${base}/redaction#article/${row.slug}`);
    await mobile.getByRole('heading', { name: /^Modifier/ }).waitFor();
    await mobile.getByText(/^1 voix \(100\s%\)$/).waitFor();
    await expect(mobile.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(375);
    await expect(seriousViolations(mobile)).resolves.toEqual([]);
    await shot(mobile, 'desk-article-mobile-375');

    const site = await newPage();
    await site.goto(`${base}/`);
    await site.getByRole('link', { name: title }).waitFor();
    await site.goto(`${base}/articles/${row.slug}`);
    await site.getByRole('heading', { name: title, level: 1 }).waitFor();
    await site.getByRole('region', { name: /Prendrez-vous le tramway pour aller à la gare/ }).waitFor();
  });

  it('edits an article with a public correction; a report whose passage is gone says so and can still be closed', async () => {
    const editor = await newUser(t, { role: 'editor' });
    const { slug } = await newArticle(editor, 'Le nouveau pont ouvre lundi', 'Le pont mesure 120 mètres de long.');
    const created = await t.http.post(`/api/articles/${slug}/error-reports`).send({ quote: '120 mètres' });
    expect(created.status).toBe(201);

    const page = await newPage();
    await signIn(page, editor);
    await page.goto(`${base}/redaction#article/${slug}`);
    await page.getByRole('heading', { name: /^Modifier «.Le nouveau pont ouvre lundi.»$/ }).waitFor();
    await expect(page.getByLabel('Texte (obligatoire)').inputValue()).resolves.toBe(
      'Le pont mesure 120 mètres de long.',
    );
    await page.getByLabel('Texte (obligatoire)').fill('Le pont mesure 210 mètres de long.');
    const note = 'Une version précédente de cet article donnait 120 mètres de long au pont.';
    await page.getByLabel('Note de correction publique (facultatif)').fill(note);
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await page.getByRole('status').filter({ hasText: 'Modifications enregistrées.' }).waitFor();
    await expect(page.locator('ul[aria-labelledby="corrections-log"] li').allTextContents()).resolves.toEqual([
      expect.stringContaining(note),
    ]);
    const article = await t.http.get(`/api/articles/${slug}`);
    expect({
      body: article.body.body,
      corrections: article.body.corrections.map((c: { note: string }) => c.note),
    }).toEqual({
      body: 'Le pont mesure 210 mètres de long.',
      corrections: [note],
    });

    await page.getByRole('link', { name: 'Signalements' }).click();
    await page.getByLabel('Article', { exact: true }).selectOption(slug);
    await page.getByRole('button', { name: /120 mètres/ }).click();
    await page.getByText('Ce passage ne figure plus tel quel dans la version actuelle de l’article').waitFor();
    await expect(page.locator('.source-text mark').count()).resolves.toBe(0);
    await page.getByRole('radio', { name: /^Corrigé/ }).check();
    await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await page.getByText('Ce signalement est clos').waitFor();
    const [report] = await t.db.query(`SELECT status, quote_found FROM error_reports WHERE id = $1`, [created.body.id]);
    expect(report).toEqual({ status: 'fixed', quote_found: false });
    // Closed without a note: the log keeps the one correction of the edit.
    expect((await t.http.get(`/api/articles/${slug}`)).body.corrections).toHaveLength(1);
  });

  it('lets an editor feature a comment and take it back, as the thread shows it', async () => {
    const editor = await newUser(t, { role: 'editor' });
    const reader = await newUser(t);
    const { slug, threadId } = await newArticle(editor, 'Budget : la ville vote ses comptes', 'Le conseil a voté.');
    const posted = await t.http
      .post(`/api/threads/${threadId}/posts`)
      .set(reader.auth)
      .send({ body: 'Enfin un budget lisible, merci pour les graphiques.' });
    expect(posted.status).toBe(201);

    const page = await newPage();
    await signIn(page, editor);
    await page.goto(`${base}/redaction#article/${slug}`);
    await page.getByRole('heading', { name: 'Choix de la rédaction' }).waitFor();
    await page.getByRole('button', { name: /^Mettre en avant \(message n°\s1\)$/ }).click();
    await page.getByRole('button', { name: /^Retirer de la sélection \(message n°\s1\)$/ }).waitFor();
    const featured = await t.http.get(`/api/threads/${threadId}/featured`);
    expect(featured.body.items.map((post: { id: string }) => post.id)).toEqual([posted.body.id]);
    await expect(seriousViolations(page)).resolves.toEqual([]);

    await page.getByRole('button', { name: /^Retirer de la sélection \(message n°\s1\)$/ }).click();
    await page.getByText('Aucun commentaire mis en avant.').waitFor();
    expect((await t.http.get(`/api/threads/${threadId}/featured`)).body.items).toEqual([]);
  });

  it('turns a reader away with « accès réservé » and asks the API for no desk data', async () => {
    const reader = await newUser(t);
    const page = await newPage();
    const calls: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/')) calls.push(`${request.method()} ${url.pathname}`);
    });
    await page.goto(`${base}/redaction`);
    await expect(seriousViolations(page)).resolves.toEqual([]);
    await signIn(page, reader);
    await page.getByRole('heading', { name: 'Accès réservé' }).waitFor();
    await expect(seriousViolations(page)).resolves.toEqual([]);
    expect(calls).toEqual(['POST /api/auth/login']);
    await expect(page.getByRole('heading', { name: 'Signalements d’erreurs des lecteurs' }).count()).resolves.toBe(0);
  });
});
