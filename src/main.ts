import 'reflect-metadata';
import { createApp } from './app.factory.js';
import { ConfigError, loadConfig } from './config/config.js';
import { resolveDatabase, runMigrations } from './database/bootstrap.js';
import { StartupError } from './database/embedded-postgres.js';

const log = (message: string) =>
  process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), msg: message })}\n`);

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await resolveDatabase(config, log);
  const applied = await runMigrations(config, database.url);
  if (applied.length > 0) log(`Applied migrations: ${applied.join(', ')}`);

  const embedded = database.embedded;
  const app = await createApp({
    config,
    databaseUrl: database.url,
    afterShutdown: embedded ? () => embedded.stop() : undefined,
  });
  await app.listen(config.PORT, config.HOST);
  log(`Tribune listening on http://localhost:${config.PORT} (docs: /api/docs)`);
}
main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(78); // EX_CONFIG
  }
  if (error instanceof StartupError) {
    process.stderr.write(`Tribune failed to start: ${error.message}\n`);
    process.exit(1);
  }
  process.stderr.write(
    `Tribune failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
