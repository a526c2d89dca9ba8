import { spawn } from 'node:child_process';
import path from 'node:path';
import { startTestApp, type TestApp } from '../support/app.js';
import { ROOT } from '../support/process.js';

/** Runs `node dist/src/cli/main.js create-user …` with the password on standard input. */
function createUser(
  databaseUrl: string,
  args: string[],
  password: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'dist/src/cli/main.js'), 'create-user', ...args, '--password-stdin'],
      {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '/tmp',
          DATABASE_URL: databaseUrl,
          LOG_LEVEL: 'silent',
        },
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(`${password}\n`);
  });
}

describe('npm run cli -- create-user', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('creates the first admin from the command line, who can then log in as admin', async () => {
    const result = await createUser(
      t.databaseUrl,
      ['--username', 'Patronne', '--email', 'patronne@example.fr', '--role', 'admin'],
      'un mot de passe solide',
    );
    expect(result.code).toBe(0);
    const id = result.stdout.trim();
    const login = await t.http
      .post('/api/auth/login')
      .send({ login: 'patronne', password: 'un mot de passe solide' })
      .expect(200);
    expect(login.body.user).toMatchObject({ id, username: 'Patronne', role: 'admin' });
    await t.http.get('/api/admin/users').set('Authorization', `Bearer ${login.body.accessToken}`).expect(200);
  }, 30_000);

  it('applies the registration rules: taken name, weak password and unknown role fail with a message', async () => {
    await createUser(t.databaseUrl, ['--username', 'double', '--email', 'double@example.fr'], 'un mot de passe solide');
    const taken = await createUser(
      t.databaseUrl,
      ['--username', 'DOUBLE', '--email', 'autre@example.fr'],
      'un mot de passe solide',
    );
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain('username: This username is taken.');
    const weak = await createUser(
      t.databaseUrl,
      ['--username', 'faible', '--email', 'faible@example.fr'],
      'azertyuiop',
    );
    expect(weak.code).toBe(2);
    expect(weak.stderr).toContain('common');
    const badRole = await createUser(
      t.databaseUrl,
      ['--username', 'roi', '--email', 'roi@example.fr', '--role', 'king'],
      'un mot de passe solide',
    );
    expect(badRole.code).not.toBe(0);
    const [{ count }] = await t.db.query(
      `SELECT count(*)::int AS count FROM users WHERE username IN ('faible', 'roi')`,
    );
    expect(count).toBe(0);
  }, 60_000);
});
