import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Column, DataSource, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { migrations } from '../../migrations/index.js';
import { findSchemaDrift } from '../../src/cli/commands/schema-drift.js';
import { CliRuntime } from '../../src/cli/runtime.js';
import { loadConfig } from '../../src/config/config.js';
import { withDatabaseName } from '../../src/database/bootstrap.js';
import { entities } from '../../src/entities.js';
import { dropTestDatabase, testServerUrl, withServerClient } from '../support/database.js';
import { ROOT, spawnNode } from '../support/process.js';

/** An entity no migration creates: the drift check must notice it. */
@Entity('drift_probe')
class DriftProbe {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  label: string;
}

const scratchDatabases = () =>
  withServerClient(async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE 'tribune\\_drift\\_%'`,
    );
    return rows.map((row) => row.datname);
  });

describe('CLI', () => {
  const config = loadConfig({ NODE_ENV: 'test' });

  describe('schema-drift', () => {
    it('reports the SQL an unmigrated entity would need, and drops its scratch database', async () => {
      const before = await scratchDatabases();
      const queries = await findSchemaDrift(config, testServerUrl(), { entities: [...entities, DriftProbe] });
      expect(queries).toEqual(expect.arrayContaining([expect.stringMatching(/^CREATE TABLE "drift_probe"/)]));
      await expect(scratchDatabases()).resolves.toEqual(before);
    }, 60000);

    it('sees no drift in what the migrations alone create (the migrations table is not drift)', async () => {
      await expect(findSchemaDrift(config, testServerUrl(), { entities: [] })).resolves.toEqual([]);
    });

    it('as a command, exits 0 with exactly "schema matches the entities" (migrations and entities agree)', async () => {
      await expect(findSchemaDrift(config, testServerUrl())).resolves.toEqual([]);
      const cli = spawnNode('dist/src/cli/main.js', ['schema-drift'], { DATABASE_URL: testServerUrl() });
      const { code } = await cli.exited;
      expect({ code, stdout: cli.stdout() }).toEqual({ code: 0, stdout: 'schema matches the entities\n' });
    }, 60000);

    it('works on the embedded default and stops that PostgreSQL before exiting', async () => {
      const parent = await mkdtemp(path.join(tmpdir(), 'tribune-cli-'));
      try {
        const dataDir = path.join(parent, 'pg');
        const cli = spawnNode('dist/src/cli/main.js', ['schema-drift'], { EMBEDDED_PG_DIR: dataDir });
        const { code } = await cli.exited;
        expect({ code, stdout: cli.stdout() }).toEqual({ code: 0, stdout: 'schema matches the entities\n' });
        expect(cli.stderr()).toMatch(/starting embedded PostgreSQL/);
        expect(existsSync(path.join(dataDir, 'PG_VERSION'))).toBe(true);
        // A running cluster holds postmaster.pid; a stopped one has removed it.
        expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
      } finally {
        await rm(parent, { recursive: true, force: true });
      }
    }, 120000);
  });

  it('gives commands that need services a Nest context on a migrated database, and releases it', async () => {
    const name = `tribune_t_${process.env.TRIBUNE_TEST_RUN_ID ?? 'x'}_${randomBytes(5).toString('hex')}`;
    await withServerClient((client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`));
    try {
      const cli = new CliRuntime(
        {
          NODE_ENV: 'test',
          LOG_LEVEL: 'silent',
          DATABASE_URL: withDatabaseName(testServerUrl(), name),
        },
        () => undefined,
      );
      const app = await cli.app();
      expect(await cli.app()).toBe(app);
      const dataSource = app.get(DataSource);
      const applied: Array<{ name: string }> = await dataSource.query('SELECT name FROM migrations ORDER BY id');
      expect(applied.map((row) => row.name)).toEqual(migrations.map((migration) => migration.name));
      await cli.dispose();
      expect(dataSource.isInitialized).toBe(false);
    } finally {
      await dropTestDatabase(name);
    }
  }, 60000);

  it('refuses a bad environment with exit 78 before starting anything', async () => {
    const cli = spawnNode('dist/src/cli/main.js', ['schema-drift'], { PORT: 'abc' });
    const { code } = await cli.exited;
    expect(code).toBe(78);
    expect(cli.stderr()).toMatch(/- PORT: /);
  });

  it('`npm run cli` runs dist/ without the TypeScript compiler (as in the Docker image)', async () => {
    // What the image holds: package.json, dist/, the launcher and production packages (no typescript, no src/).
    const image = await mkdtemp(path.join(tmpdir(), 'tribune-image-'));
    try {
      await mkdir(path.join(image, 'scripts'));
      await mkdir(path.join(image, 'node_modules'));
      await cp(path.join(ROOT, 'package.json'), path.join(image, 'package.json'));
      await cp(path.join(ROOT, 'scripts', 'cli.mjs'), path.join(image, 'scripts', 'cli.mjs'));
      await symlink(path.join(ROOT, 'dist'), path.join(image, 'dist'));
      for (const entry of await readdir(path.join(ROOT, 'node_modules'))) {
        if (entry === 'typescript' || entry === '.bin') continue;
        await symlink(path.join(ROOT, 'node_modules', entry), path.join(image, 'node_modules', entry));
      }
      const npm = spawn('npm', ['run', '--silent', 'cli', '--', '--help'], {
        cwd: image,
        env: { PATH: process.env.PATH ?? '', HOME: image },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      npm.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      npm.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => npm.on('exit', resolve));
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      expect(stdout).toMatch(/^Usage: tribune /);
      expect(stdout).toMatch(/create-user/);
    } finally {
      await rm(image, { recursive: true, force: true });
    }
  }, 60000);

  it('fails on an unknown command', async () => {
    const cli = spawnNode('dist/src/cli/main.js', ['no-such-command'], {});
    const { code } = await cli.exited;
    expect(code).toBe(1);
    expect(cli.stderr()).toMatch(/unknown command/);
  });
});
