/// <reference lib="dom" />
// page.evaluate callbacks run in Chromium: they use the DOM types.
import { AxeBuilder } from '@axe-core/playwright';
import { jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import type { TestApp } from '../support/app.js';
import { describeInBrowser, frenchReader, shot, startBrowserSuite, type BrowserSuite } from '../support/browser.js';
import { newUser, type TestUser } from '../support/factories.js';
import { insertArticle, type ArticleFixture } from '../support/sql-fixtures.js';

/*
 * The reader widget's accessibility: axe-core on the widget (its open shadow
 * root included) in each of its states, a keyboard-only post, and the phone
 * layout (375 px, touch: targets of at least 44 × 44 px).
 */

jest.setTimeout(90_000);

let suite: BrowserSuite;
let t: TestApp;
let base: string;
let article: ArticleFixture;
let reader: TestUser;

const newPage = (device: { mobile?: boolean } = {}) => suite.newPage(frenchReader(device), { defaultTimeout: 10_000 });

async function openArticle(page: Page, user?: TestUser): Promise<void> {
  await page.goto(`${base}/articles/${article.slug}`);
  await page.locator('#tribune-post-1').waitFor();
  if (!user) return;
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByLabel('Nom d’utilisateur ou e-mail').fill(user.username);
  await page.getByLabel('Mot de passe').fill(user.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByText('Connecté en tant que').waitFor();
}

/** Serious and critical axe-core violations inside the widget (its shadow root included). */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations, passes } = await new AxeBuilder({ page }).include('[data-tribune-article]').analyze();
  // axe did look inside the widget: rules passed on its nodes.
  expect(passes.length).toBeGreaterThan(10);
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)}`));
}

async function post(author: TestUser, body: string, replyTo?: string) {
  const response = await t.http
    .post(`/api/threads/${article.threadId}/posts`)
    .set(author.auth)
    .send({ body, ...(replyTo ? { replyTo } : {}) });
  expect(response.status).toBe(201);
  return response.body as { id: string; number: number };
}

beforeAll(async () => {
  suite = await startBrowserSuite();
  ({ t, base } = suite);
  const editor = await newUser(t, { role: 'editor' });
  const moderator = await newUser(t, { role: 'moderator' });
  article = await insertArticle(t, {
    authorId: editor.id,
    title: 'Accessibilité du widget',
    body: 'Un article dont la discussion est parcourue au clavier et au lecteur d’écran.',
  });
  reader = await newUser(t);
  const other = await newUser(t);
  const first = await post(other, 'Un premier avis, **argumenté**.');
  const answer = await post(reader, 'Une réponse au premier avis.', first.id);
  const featured = await post(editor, 'La rédaction précise un point.');
  await t.http.post(`/api/moderation/posts/${featured.id}/feature`).set(moderator.auth).expect(200);
  await t.http
    .post(`/api/articles/${article.slug}/polls`)
    .set(editor.auth)
    .send({
      question: 'Ce débat vous éclaire-t-il ?',
      options: ['Oui', 'Non'],
      mode: 'single',
      resultsVisibility: 'always',
      allowVoteChange: true,
    })
    .expect(201);
  // A notification for the reader's bell.
  await post(other, 'Merci pour votre réponse.', answer.id);
}, 120_000);

afterAll(() => suite?.close());

describeInBrowser('the reader widget’s accessibility', () => {
  it('has no serious or critical axe violation: anonymous, signed in, bell open, DSA form open', async () => {
    const page = await newPage();
    await openArticle(page);
    await page.getByRole('button', { name: '2 réponses' }).waitFor();
    const states: Record<string, string[]> = { anonymous: await seriousViolations(page) };

    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByLabel('Nom d’utilisateur ou e-mail').fill(reader.username);
    await page.getByLabel('Mot de passe').fill(reader.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByLabel('Votre message').waitFor();
    await page.getByRole('button', { name: '2 réponses' }).click();
    states.signedIn = await seriousViolations(page);

    await page.getByRole('button', { name: /^Notifications/ }).click();
    await page.getByRole('region', { name: 'Notifications' }).getByRole('listitem').first().waitFor();
    states.bellOpen = await seriousViolations(page);
    await shot(page, 'widget-a11y-bell');

    await page.locator('#tribune-post-1').getByRole('button', { name: 'Signaler un contenu illicite' }).click();
    await page.getByRole('form', { name: 'Signaler un contenu illicite' }).waitFor();
    states.dsaForm = await seriousViolations(page);

    expect(states).toEqual({ anonymous: [], signedIn: [], bellOpen: [], dsaForm: [] });
  });

  it('posts with the keyboard alone: Tab to the editor, type, submit; the post appears and holds the focus', async () => {
    const page = await newPage();
    await openArticle(page, reader);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.locator('body').focus();
    // Tab through the page until the editor has the focus.
    let tabs = 0;
    const focusedLabel = () =>
      page.evaluate(() => {
        const active = document.querySelector('[data-tribune-article]')?.shadowRoot
          ?.activeElement as HTMLTextAreaElement | null;
        return active?.labels?.[0]?.textContent ?? active?.textContent ?? null;
      });
    while ((await focusedLabel()) !== 'Votre message' && tabs < 300) {
      await page.keyboard.press('Tab');
      tabs++;
    }
    expect(tabs).toBeLessThan(300);
    await page.keyboard.type('Écrit au clavier, sans souris.');
    await page.keyboard.press('Tab'); // the Markdown hint and the counter are text: next is "Publier"
    await expect(focusedLabel()).resolves.toBe('Publier');
    await page.keyboard.press('Enter');
    const mine = page.locator('article', { hasText: 'Écrit au clavier, sans souris.' });
    await mine.waitFor();
    const id = await mine.getAttribute('id');
    await page.waitForFunction(
      (expected) => document.querySelector('[data-tribune-article]')?.shadowRoot?.activeElement?.id === expected,
      id,
    );
  });

  it('fits a 375 px phone, with touch targets of at least 44 × 44 px', async () => {
    const page = await newPage({ mobile: true });
    await openArticle(page, reader);
    await page.getByLabel('Votre message').waitFor();
    const first = page.locator('#tribune-post-1');
    const boxes = {
      up: await first.getByRole('button', { name: 'Approuver', exact: true }).boundingBox(),
      down: await first.getByRole('button', { name: 'Désapprouver', exact: true }).boundingBox(),
      number: await first.getByRole('link', { name: 'n° 1', exact: true }).boundingBox(),
    };
    for (const [name, box] of Object.entries(boxes)) {
      expect([name, box!.width >= 44, box!.height >= 44]).toEqual([name, true, true]);
    }
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await shot(page, 'widget-mobile-375');
    await page.getByRole('button', { name: /^Notifications/ }).click();
    await shot(page, 'widget-mobile-375-bell');
    await page.getByRole('button', { name: '2 réponses' }).click();
    await page.locator('#tribune-post-1').getByRole('button', { name: 'Signaler un contenu illicite' }).click();
    await shot(page, 'widget-mobile-375-dsa');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
