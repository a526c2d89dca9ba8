import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../support/process.js';

/** jest --json results with the given test statuses. */
const results = (statuses: string[]) => ({
  success: !statuses.includes('failed'),
  numTotalTests: statuses.length,
  numPassedTests: statuses.filter((s) => s === 'passed').length,
  numFailedTests: statuses.filter((s) => s === 'failed').length,
  numPendingTests: statuses.filter((s) => s === 'pending').length,
  numTodoTests: statuses.filter((s) => s === 'todo').length,
  testResults: [
    {
      name: path.join(ROOT, 'test/browser/web.e2e-spec.ts'),
      assertionResults: statuses.map((status, i) => ({ status, fullName: `case ${i}` })),
    },
  ],
});

describe('CI (.ci/run)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'tribune-ci-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  const summarise = async (statuses: string[]) => {
    const file = path.join(dir, `${statuses.join('-') || 'none'}.json`);
    await writeFile(file, JSON.stringify(results(statuses)));
    return spawnSync(process.execPath, [path.join(ROOT, '.ci/jest-summary.mjs'), file], {
      cwd: ROOT,
      encoding: 'utf8',
    });
  };

  it('sets CI before the tests, so that the suites needing Chromium, Redis or root run instead of skipping', async () => {
    const script = await readFile(path.join(ROOT, '.ci/run'), 'utf8');
    const exported = script.search(/^export CI=true$/m);
    expect(exported).toBeGreaterThan(0);
    expect(exported).toBeLessThan(script.indexOf('npm test'));
    expect(script).toMatch(/node \.ci\/jest-summary\.mjs "\$results" \|\| status=1/);
  });

  it('passes a run where every test passed', async () => {
    const run = await summarise(['passed', 'passed']);
    expect({ status: run.status, stdout: run.stdout }).toEqual({
      status: 0,
      stdout: 'jest: 2 passed, 0 failed, 0 skipped\n',
    });
  });

  it('fails a run with a skipped test, naming it', async () => {
    const run = await summarise(['passed', 'pending']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('1 test(s) skipped, which CI does not allow:\n  test/browser/web.e2e-spec.ts: case 1');
  });

  it('fails a run with a failed test, and a run with no test', async () => {
    expect((await summarise(['passed', 'failed'])).status).toBe(1);
    const empty = await summarise([]);
    expect(empty.status).toBe(1);
    expect(empty.stderr).toContain('no test ran');
  });
});
