import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** Debian's Chromium; CI installs it (.ci/run). Browser tests fail, never skip, without it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(process.cwd(), 'test', 'screenshots');

/**
 * CI installs Chromium (.ci/run), so there the browser suites always run and a
 * missing browser fails them. On a developer's machine without Chromium they are
 * reported as skipped, saying why, rather than failing a newcomer's `npm test`.
 */
const runBrowserSuites = Boolean(process.env.CI) || existsSync(CHROMIUM);
export const describeInBrowser: typeof describe = runBrowserSuites ? describe : describe.skip;
if (!runBrowserSuites) {
  process.stderr.write(
    `browser suites skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)\n`,
  );
}

export interface TestBrowser {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH`);
  }
  if (!existsSync(join(process.cwd(), 'public', 'embed.js'))) {
    throw new Error(
      'public/embed.js is missing: run `npm run build` (it builds the web front ends) before the browser tests',
    );
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    // Playwright gives every launch a fresh temporary profile (--user-data-dir) and refuses one passed
    // in args; each test's browser contexts are isolated sessions within it.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    async close() {
      await browser.close();
    },
  };
}

/**
 * Closes every context, even after one failed; then a failure to close fails the
 * caller (the errors are thrown together), never swallowed.
 */
export async function closeContexts(contexts: Iterable<BrowserContext>): Promise<void> {
  const failures: unknown[] = [];
  for (const context of contexts) await context.close().catch((error: unknown) => failures.push(error));
  if (failures.length > 0) throw new AggregateError(failures, `${failures.length} browser context(s) failed to close`);
}
