/// <reference lib="dom" />
import { jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, seedDemo } from '../../src/cli/commands/seed-demo.js';
import { ThreadEventsListener } from '../../src/platform/realtime/thread-events.listener.js';
import type { TestApp } from '../support/app.js';
import { describeInBrowser, startBrowserSuite, type BrowserSuite } from '../support/browser.js';
import { newUser, type TestUser } from '../support/factories.js';
import { insertPost, threadIdOf } from '../support/sql-fixtures.js';

const SLUG = 'panne-hebergeur-lyonnais-trois-jours';

jest.setTimeout(60_000);

let suite: BrowserSuite;
let t: TestApp;
let base: string;
let moderator: TestUser;
let threadId: string;

async function readerPage(): Promise<Page> {
  const page = await suite.newPage(
    { locale: 'fr-FR', viewport: { width: 1100, height: 900 } },
    { defaultTimeout: 10_000 },
  );
  await page.goto(`${base}/articles/${SLUG}`);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByLabel('Nom d’utilisateur ou e-mail').fill('karim_b');
  await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByLabel('Votre message').waitFor();
  return page;
}

beforeAll(async () => {
  suite = await startBrowserSuite();
  ({ t, base } = suite);
  await seedDemo(t.databaseUrl);
  moderator = await newUser(t, { role: 'moderator' });
  threadId = await threadIdOf(t, SLUG);
}, 120_000);

afterAll(() => suite?.close());

describeInBrowser('the widget follows the thread live', () => {
  it('closes the composer when the thread is locked and brings it back when it is unlocked', async () => {
    const page = await readerPage();
    await t.http.post(`/api/moderation/threads/${threadId}/lock`).set(moderator.auth).send({}).expect(200);
    await page.getByText('Cette discussion est fermée.').waitFor();
    expect(await page.getByLabel('Votre message').count()).toBe(0);
    await t.http.post(`/api/moderation/threads/${threadId}/unlock`).set(moderator.auth).send({}).expect(200);
    await page.getByLabel('Votre message').waitFor();
    expect(await page.getByText('Cette discussion est fermée.').count()).toBe(0);
  });

  it('reloads the thread on resync, showing what was missed', async () => {
    const page = await readerPage();
    const [author] = await t.db.query(`SELECT id FROM users WHERE username = 'karim_b'`);
    // Written without any event (as if its NOTIFY had been lost)...
    await insertPost(t, { threadId, authorId: author.id, body: 'Écrit pendant une coupure du direct.' });
    // ...then the server's listener loses its connection and tells every stream to resync.
    const listener = t.app.get(ThreadEventsListener);
    await t.db.query(`SELECT pg_terminate_backend($1)`, [listener.backendPid]);
    await page.getByText('Écrit pendant une coupure du direct.').waitFor({ timeout: 20_000 });
  });
});
