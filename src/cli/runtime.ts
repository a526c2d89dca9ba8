import type { INestApplicationContext } from '@nestjs/common';
import { loadConfig, type AppConfig } from '../config/config.js';
import { resolveDatabase, runMigrations, type ResolvedDatabase } from '../database/bootstrap.js';

/** Diagnostics go to stderr, so stdout carries only a command's result (seed-thread's id, say). */
export const logToStderr = (message: string): void => {
  process.stderr.write(`${message}\n`);
};

/** A command's result for the shell; main.ts turns it into the exit code. */
export type ExitCode = number;

/**
 * What a command may ask for, each acquired on first use and released once by
 * main.ts after the command, whatever happened: the validated configuration,
 * the database server (DATABASE_URL, or an embedded PostgreSQL started now and
 * stopped on dispose), the migrated application database, and a Nest
 * application context for commands that reuse services. A command that needs
 * none of them (`--help`) starts nothing.
 */
export class CliRuntime {
  private cachedConfig?: AppConfig;
  private database?: Promise<ResolvedDatabase>;
  private migrated?: Promise<string>;
  private context?: Promise<INestApplicationContext>;

  constructor(
    private readonly env: NodeJS.ProcessEnv = process.env,
    private readonly log: (message: string) => void = logToStderr,
  ) {}

  get config(): AppConfig {
    this.cachedConfig ??= loadConfig(this.env);
    return this.cachedConfig;
  }

  /** Connection string of the application database, without migrating it. */
  async databaseUrl(): Promise<string> {
    this.database ??= resolveDatabase(this.config, this.log);
    return (await this.database).url;
  }

  /** The application database with every pending migration applied. */
  async migratedDatabaseUrl(): Promise<string> {
    this.migrated ??= this.databaseUrl().then(async (url) => {
      const applied = await runMigrations(this.config, url);
      if (applied.length > 0) this.log(`Applied migrations: ${applied.join(', ')}`);
      return url;
    });
    return this.migrated;
  }

  /**
   * The whole application minus HTTP, on the migrated database. Nest is loaded
   * lazily so that commands without services stay quick.
   */
  async app(): Promise<INestApplicationContext> {
    this.context ??= (async () => {
      const databaseUrl = await this.migratedDatabaseUrl();
      const [{ NestFactory }, { AppModule }] = await Promise.all([import('@nestjs/core'), import('../app.module.js')]);
      return NestFactory.createApplicationContext(AppModule.forRoot({ config: this.config, databaseUrl }), {
        logger: false,
        abortOnError: false,
      });
    })();
    return this.context;
  }

  /** Closes the Nest context (and its pool), then stops an embedded PostgreSQL. */
  async dispose(): Promise<void> {
    const context = await this.context?.catch(() => undefined);
    await context?.close();
    const database = await this.database?.catch(() => undefined);
    await database?.embedded?.stop();
  }
}

/** Reads all of standard input (for `--password-stdin`), without the final newline. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}
