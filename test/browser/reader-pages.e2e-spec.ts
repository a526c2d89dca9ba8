/// <reference lib="dom" />
// page.evaluate callbacks run in Chromium: they use the DOM types.
import { jest } from '@jest/globals';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { seedDemo } from '../../src/cli/commands/seed-demo.js';
import type { TestApp } from '../support/app.js';
import { describeInBrowser, shot, startBrowserSuite, type BrowserSuite } from '../support/browser.js';
import { createArticle, createPost } from '../support/discussions.js';
import { newUser, type TestUser } from '../support/factories.js';
import { threadIdOf } from '../support/sql-fixtures.js';
import { waitForMails, type ReadMail } from '../support/mailbox.js';

/** #15 items 6, 28, 29 and the reader pages of API part two: what a reader reads and clicks. */
const SLUG = 'panne-hebergeur-lyonnais-trois-jours';

jest.setTimeout(90_000);

let suite: BrowserSuite;
let t: TestApp;
let base: string;

async function newPage(viewport = { width: 1100, height: 900 }): Promise<Page> {
  return suite.newPage({ locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport }, { defaultTimeout: 10_000 });
}

/** Text with French typography's no-break spaces read as plain spaces. */
const words = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The one link of a mail that starts with PUBLIC_URL + path. */
function linkIn(mail: ReadMail, path: string): string {
  const links = [...new Set(mail.text.match(new RegExp(`${base}${path}\\?token=[A-Za-z0-9._~%-]+`, 'g')) ?? [])];
  if (links.length !== 1) throw new Error(`expected one ${path} link in the mail, got ${JSON.stringify(links)}`);
  return links[0];
}

async function mailTo(address: string, subject: RegExp): Promise<ReadMail> {
  const mails = await waitForMails(t.config.MAIL_DIR, (all) =>
    all.some((mail) => mail.to.includes(address) && subject.test(mail.subject)),
  );
  const mine = mails.filter((mail) => mail.to.includes(address) && subject.test(mail.subject));
  return mine[mine.length - 1];
}

beforeAll(async () => {
  // PUBLIC_URL is the app's own address, so every mail link points at the app under test.
  suite = await startBrowserSuite({ env: { JOBS_POLL_INTERVAL_MS: '500' }, publicUrlIsBase: true });
  ({ t, base } = suite);
  await seedDemo(t.databaseUrl);
}, 120_000);

afterAll(() => suite?.close());

describeInBrowser('reader pages', () => {
  it('resets a forgotten password from the widget, through the mail link, then signs in with the new one', async () => {
    const email = 'oubli.lectrice@lecteurs.example';
    await t.http
      .post('/api/auth/register')
      .send({ username: 'oubli_lectrice', email, password: 'ancien mot de passe' })
      .expect(201);
    const page = await newPage();
    await page.goto(`${base}/articles/${SLUG}`);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('button', { name: 'Mot de passe oublié ?' }).click();
    await page.getByLabel('E-mail').fill(email);
    await page.getByRole('button', { name: 'Envoyer le lien' }).click();
    await page.getByText('Si un compte correspond à cette adresse, un e-mail vient de lui être envoyé.').waitFor();
    await shot(page, 'reader-widget-forgot');

    const link = linkIn(await mailTo(email, /réinitialisation/), '/reset-password');
    await page.goto(link);
    await page.getByRole('heading', { name: 'Choisir un nouveau mot de passe' }).waitFor();
    // The rules are said before anything is typed; a short password is refused next to its input, in words.
    await page.getByText('Au moins 10 caractères').waitFor();
    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('court');
    await page.getByLabel('Confirmez le nouveau mot de passe').fill('court');
    await page.getByRole('button', { name: 'Enregistrer le nouveau mot de passe' }).click();
    const password = page.getByLabel('Nouveau mot de passe', { exact: true });
    await expect(password.getAttribute('aria-invalid')).resolves.toBe('true');
    const describedBy = (await password.getAttribute('aria-describedby'))!.split(' ');
    const described = await Promise.all(
      describedBy.map(async (id) => words(await page.locator(`#${id}`).textContent())),
    );
    expect(described).toContain('Le mot de passe doit contenir au moins 10 caractères.');

    await password.fill('un tout nouveau mot de passe');
    await page.getByLabel('Confirmez le nouveau mot de passe').fill('un tout nouveau mot de passe');
    await page.getByRole('button', { name: 'Enregistrer le nouveau mot de passe' }).click();
    await page.getByText('Votre mot de passe a été changé.').waitFor();
    await page.getByRole('link', { name: 'Se connecter avec le nouveau mot de passe' }).click();

    // Back on the article the reader came from, with the sign-in form open.
    await page.waitForURL(`${base}/articles/${SLUG}#tribune-connexion`);
    await page.getByLabel('Nom d’utilisateur ou e-mail').fill('oubli_lectrice');
    await page.getByLabel('Mot de passe', { exact: true }).fill('un tout nouveau mot de passe');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByText('Connecté en tant que').waitFor();

    // The link served once: opened again, it says so and offers a new one.
    await page.goto(link);
    await page.getByRole('heading', { name: 'Choisir un nouveau mot de passe' }).waitFor();
    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('encore un autre mot de passe');
    await page.getByLabel('Confirmez le nouveau mot de passe').fill('encore un autre mot de passe');
    await page.getByRole('button', { name: 'Enregistrer le nouveau mot de passe' }).click();
    await page.getByText('Ce lien de réinitialisation n’est plus valable').waitFor();
    await page.getByRole('heading', { name: 'Recevoir un nouveau lien' }).waitFor();
    await t.http.post('/api/auth/login').send({ login: 'oubli_lectrice', password: 'ancien mot de passe' }).expect(401);
  });

  it('confirms the address from the registration mail, and says why a spent link no longer works', async () => {
    const email = 'confirme.lecteur@lecteurs.example';
    const page = await newPage();
    await page.goto(`${base}/articles/${SLUG}`);
    await page.getByRole('button', { name: 'Créer un compte' }).click();
    await page.getByLabel('Nom d’utilisateur', { exact: true }).fill('confirme_lecteur');
    await page.getByLabel('E-mail').fill(email);
    // The server's refusal (a too common password) is shown beside the password, in words.
    const password = page.getByLabel('Mot de passe');
    await password.fill('bonjour123');
    await page.getByRole('button', { name: 'Créer un compte' }).click();
    // The refusal comes back from the server: wait for the field to be marked, then read it.
    await password.and(page.locator('[aria-invalid="true"]')).waitFor();
    await expect(password.getAttribute('aria-invalid')).resolves.toBe('true');
    const describedBy = (await password.getAttribute('aria-describedby'))!.split(' ');
    const described = await Promise.all(
      describedBy.map(async (id) => words(await page.locator(`[id="${id}"]`).textContent())),
    );
    expect(described).toContain('Ce mot de passe fait partie des plus courants ; choisissez-en un autre.');
    await password.fill('un mot de passe solide');
    await page.getByRole('button', { name: 'Créer un compte' }).click();
    await page.getByText('Connecté en tant que').waitFor();

    const link = linkIn(await mailTo(email, /./), '/verify-email');
    await page.goto(link);
    await page.getByText('Merci : votre adresse e-mail est confirmée.').waitFor();
    const [row] = await t.db.query(`SELECT email_verified_at IS NOT NULL AS verified FROM users WHERE email = $1`, [
      email,
    ]);
    expect(row.verified).toBe(true);

    await page.goto(link);
    await page.getByText('Ce lien de confirmation n’est plus valable : il a expiré ou a déjà servi.').waitFor();
  });

  it('unsubscribes from the link at the foot of a reply mail, after saying which mails stop', async () => {
    const author = await newUser(t);
    const replier = await newUser(t);
    const threadId = await threadIdOf(t, SLUG);
    await t.http.post('/api/me/events/ticket').set(author.auth).set('Accept-Language', 'fr-FR').expect(201);
    const original = await createPost(t, author, threadId, 'Mon avis sur la panne');
    await createPost(t, replier, threadId, 'Je vous réponds', original.id);

    const link = linkIn(await mailTo(author.email, /./), '/unsubscribe');
    const page = await newPage();
    await page.goto(link);
    await page.getByText('Vous ne recevrez plus d’e-mail pour les réponses à vos commentaires.').waitFor();
    await page.getByRole('button', { name: 'Confirmer le désabonnement' }).click();
    await page.getByText('C’est fait : vous ne recevrez plus d’e-mail pour les réponses à vos commentaires.').waitFor();
    const preferences = await t.http.get('/api/me/preferences').set(author.auth).expect(200);
    expect(preferences.body).toEqual({
      emailOnReply: false,
      emailOnMention: true,
      emailOnReportResolved: true,
      emailOnModeration: true,
    });

    await page.goto(link);
    await page.getByRole('button', { name: 'Confirmer le désabonnement' }).click();
    await page.getByText('Vous ne receviez déjà plus d’e-mail pour les réponses à vos commentaires').waitFor();
  });

  it('shows a public profile with the recent posts, a "plus" page, and a 404 page for an unknown name', async () => {
    const editor = await newUser(t, { role: 'editor', username: 'plume_profil' });
    const { slug, threadId } = await createArticle(t, editor, { title: 'Un article pour le profil' });
    for (let n = 1; n <= 22; n++) await createPost(t, editor, threadId, `Commentaire de profil numéro ${n}`);
    await t.db.query(`UPDATE users SET created_at = '2025-03-04T10:00:00Z' WHERE id = $1`, [editor.id]);

    const page = await newPage();
    const found = await page.goto(`${base}/u/plume_profil`);
    expect(found!.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: 'plume_profil' }).waitFor();
    await page.getByText('Membre depuis le 4 mars 2025').waitFor();
    await page.getByText('Journaliste', { exact: true }).waitFor();
    const items = page.locator('.user-post');
    await expect(items.count()).resolves.toBe(20);
    await expect(items.first().textContent()).resolves.toContain('Commentaire de profil numéro 22');
    await expect(
      items.first().getByRole('link', { name: 'Voir le commentaire n° 22 dans sa discussion' }).getAttribute('href'),
    ).resolves.toBe(`/articles/${slug}#tribune-post-22`);
    await page.getByRole('button', { name: 'Afficher plus de commentaires' }).click();
    await items.nth(21).waitFor();
    await expect(items.count()).resolves.toBe(22);
    await expect(page.getByRole('button', { name: 'Afficher plus de commentaires' }).count()).resolves.toBe(0);

    const missing = await page.goto(`${base}/u/personne_de_ce_nom`);
    expect(missing!.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'Profil introuvable' }).waitFor();
    await page.getByText('Aucun lecteur ne porte le nom « personne_de_ce_nom ».').waitFor();
    await expect(page.title()).resolves.toBe('Profil introuvable — Le Fil numérique');

    // In the reader's language, with the page's script running as without it.
    const english = await suite.newPage({ locale: 'en-GB', timezoneId: 'Europe/London' });
    const answered = await english.goto(`${base}/u/personne_de_ce_nom`);
    expect(answered!.status()).toBe(404);
    await english.getByRole('heading', { level: 1, name: 'Profile not found' }).waitFor();
    await english.getByText('No reader is called “personne_de_ce_nom”.').waitFor();
    await expect(english.locator('html').getAttribute('lang')).resolves.toBe('en');
  });

  it('links a mention in a post to the profile of the one mentioned', async () => {
    const mentioned = await newUser(t, { username: 'cite_par_mention' });
    const author = await newUser(t);
    await createPost(t, mentioned, await threadIdOf(t, SLUG), 'Mon premier commentaire visible');
    await createPost(t, author, await threadIdOf(t, SLUG), 'Je suis d’accord avec @cite_par_mention sur ce point.');
    const page = await newPage();
    await page.goto(`${base}/articles/${SLUG}`);
    const mention = page.getByRole('link', { name: '@cite_par_mention' });
    // Absolute, to this Tribune: on a news site embedding the widget a relative link would leave it.
    await expect(mention.getAttribute('href')).resolves.toBe(`${base}/u/cite_par_mention`);
    await mention.click();
    await page.waitForURL(`${base}/u/cite_par_mention`);
    await page.getByText('Mon premier commentaire visible').waitFor();
  });

  it('finds a post from the front page search and links to it in its thread', async () => {
    const author = await newUser(t);
    const post = await createPost(
      t,
      author,
      await threadIdOf(t, SLUG),
      'Les sauvegardes hors ligne ont sauvé notre cabinet.',
    );
    const page = await newPage();
    await page.goto(`${base}/`);
    await page.getByLabel('Rechercher dans les articles et les commentaires').fill('sauvegardes cabinet');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    const hit = page.getByRole('link', { name: `Commentaire n° ${post.number} de ${author.username}` });
    await expect(hit.getAttribute('href')).resolves.toBe(`/articles/${SLUG}#tribune-post-${post.number}`);
    await expect(page.locator('.search-hit mark').first().textContent()).resolves.toBe('sauvegardes');
    await hit.click();
    await page.waitForURL(`${base}/articles/${SLUG}#tribune-post-${post.number}`);
    const target = page.locator(`#tribune-post-${post.number}`);
    await target.getByText('Les sauvegardes hors ligne ont sauvé notre cabinet.').waitFor();
    // The widget (in its shadow root) scrolls the linked post into view.
    const inView = async () => {
      const box = await target.boundingBox();
      return box !== null && box.y >= 0 && box.y < 900;
    };
    const deadline = Date.now() + 5_000;
    while (!(await inView()) && Date.now() < deadline) await page.waitForTimeout(100);
    await expect(inView()).resolves.toBe(true);
  });

  it('tells a suspended reader until when (local French date and time) and why, at sign-in and mid-session', async () => {
    const until = new Date('2030-01-15T13:30:00Z');
    const reader = await newUser(t, { username: 'lecteur_suspendu' });
    const page = await newPage();
    await page.goto(`${base}/articles/${SLUG}`);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByLabel('Nom d’utilisateur ou e-mail').fill(reader.username);
    await page.getByLabel('Mot de passe', { exact: true }).fill(reader.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByText('Connecté en tant que').waitFor();

    // Suspended while the page is open: the next write says so, with the date in Paris time and the reason.
    const moderator = await newUser(t, { role: 'moderator' });
    await t.http
      .post(`/api/moderation/users/${reader.id}/suspend`)
      .set(moderator.auth)
      .send({ until: until.toISOString(), reason: 'Propos insultants répétés' })
      .expect(200);
    await page.getByLabel('Votre message').fill('Un message écrit avant de savoir.');
    await page.getByRole('button', { name: 'Publier' }).click();
    const notice = page.locator('.t-account-status');
    await notice.waitFor();
    await expect(notice.textContent().then(words)).resolves.toBe(
      'Votre compte est suspendu jusqu’au 15 janvier 2030 à 14:30 : vous pouvez lire, mais pas publier, voter ni signaler. Motif : Propos insultants répétés',
    );

    // Signing in again later: the same sentence from the start, never an ISO timestamp.
    const again = await newPage();
    await again.goto(`${base}/articles/${SLUG}`);
    await again.getByRole('button', { name: 'Se connecter' }).click();
    await again.getByLabel('Nom d’utilisateur ou e-mail').fill(reader.username);
    await again.getByLabel('Mot de passe', { exact: true }).fill(reader.password);
    await again.getByRole('button', { name: 'Se connecter' }).click();
    await again.locator('.t-account-status').getByText('jusqu’au 15 janvier 2030 à 14:30').waitFor();
    await expect(again.locator('.tribune').textContent()).resolves.not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    await shot(again, 'reader-widget-suspended');
  });

  it('keeps the article page still while it renders (CLS < 0.1)', async () => {
    for (const viewport of [
      { width: 1100, height: 900 },
      { width: 375, height: 740 },
    ]) {
      const page = await newPage(viewport);
      await page.addInitScript(() => {
        const w = window as unknown as { __cls: number };
        w.__cls = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>)
            if (!entry.hadRecentInput) w.__cls += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${base}/articles/${SLUG}`);
      await page.getByText('Nous étions clients.').waitFor();
      await page.waitForFunction(() => performance.getEntriesByName('tribune:posts-painted').length > 0);
      await page.waitForTimeout(500);
      const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
      expect({ viewport: viewport.width, cls: cls < 0.1 ? 'below 0.1' : cls }).toEqual({
        viewport: viewport.width,
        cls: 'below 0.1',
      });
    }
  });

  // One test per page (both widths), so a slow machine spreads the audits over several timeouts.
  const AUDITED: Array<[string, string, string]> = [
    ['home', '/', 'Dernières actualités'],
    ['home-search', '/?q=panne', 'Résultats pour « panne »'],
    ['article', `/articles/${SLUG}`, 'Et vous ? Qu’en pensez-vous ?'],
    ['reset-password', '/reset-password?token=inconnu', 'Choisir un nouveau mot de passe'],
    ['verify-email', '/verify-email?token=inconnu', 'Confirmation de votre adresse e-mail'],
    ['unsubscribe', '/unsubscribe?token=00000000-0000-0000-0000-000000000000.reply.1.x', 'Se désabonner des e-mails'],
    ['profile', '/u/profil_axe', 'profil_axe'],
    ['profile-404', '/u/inconnu_au_bataillon', 'Profil introuvable'],
  ];
  it.each(AUDITED)(
    '%s (%s): no serious or critical accessibility violation, at 1100 and 375 px',
    async (name, path, heading) => {
      if (name === 'profile' && (await t.db.query(`SELECT 1 FROM users WHERE username = 'profil_axe'`)).length === 0) {
        const owner: TestUser = await newUser(t, { username: 'profil_axe' });
        await createPost(t, owner, await threadIdOf(t, SLUG), 'Un commentaire pour la page de profil.');
      }
      const audited: string[] = [];
      const violations: string[] = [];
      for (const [suffix, viewport] of [
        ['', { width: 1100, height: 900 }],
        ['-375', { width: 375, height: 740 }],
      ] as const) {
        const page = await newPage(viewport);
        await page.goto(`${base}${path}`);
        await page.getByRole('heading', { name: heading }).first().waitFor();
        if (name === 'article')
          await page.waitForFunction(() => performance.getEntriesByName('tribune:posts-painted').length > 0);
        if (name === 'verify-email') await page.getByText('n’est plus valable').waitFor();
        const result = await new AxeBuilder({ page }).analyze();
        for (const violation of result.violations) {
          if (violation.impact === 'serious' || violation.impact === 'critical') {
            violations.push(
              `${violation.id} (${violation.impact}) ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
            );
          }
        }
        await shot(page, `reader-${name}${suffix}`);
        await page.context().close();
        audited.push(`${name}${suffix}`);
      }
      expect(audited).toEqual([name, `${name}-375`]);
      expect(violations).toEqual([]);
    },
  );
});
