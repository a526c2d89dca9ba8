import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { EnvironmentVariables } from '../../src/config/config.js';
import { ROOT } from '../support/process.js';

/** README's configuration table is written by hand: keep it complete. */
describe('README', () => {
  it('documents every environment variable that the configuration reads', async () => {
    const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
    const documented = new Set([...readme.matchAll(/^\| `([A-Z0-9_]+)` \|/gm)].map((match) => match[1]));
    const read = new Set([
      ...Object.keys(new EnvironmentVariables()),
      // Optional variables without a default are not always own properties of the class.
      'DATABASE_URL',
      'REDIS_URL',
      'JWT_SECRET',
      'SMTP_URL',
    ]);
    expect([...read].filter((name) => !documented.has(name))).toEqual([]);
    expect([...documented].filter((name) => !read.has(name))).toEqual([]);
  });
});
