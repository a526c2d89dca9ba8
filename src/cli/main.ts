import 'reflect-metadata';
import { Command } from 'commander';
import { ConfigError } from '../config/config.js';
import { StartupError } from '../database/embedded-postgres.js';
import { commandRegistrars } from './commands/index.js';
import { CliRuntime, logToStderr as log } from './runtime.js';

/**
 * `npm run cli -- <command>`: operations that run beside the server and share
 * its configuration, database bootstrap and services.
 */
async function main(): Promise<number> {
  const cli = new CliRuntime();
  const program = new Command('tribune')
    .description('Tribune operations (configuration from the environment, as for the server)')
    .showHelpAfterError();
  for (const register of commandRegistrars) register(program, cli);

  // Ctrl-C or a supervisor's SIGTERM must not leave an embedded PostgreSQL behind.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping`);
      void cli.dispose().finally(() => process.exit(130));
    });
  }

  let exitCode: number;
  try {
    await program.parseAsync(process.argv);
    exitCode = typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof ConfigError) {
      log(error.message);
      exitCode = 78; // EX_CONFIG, as the server
    } else if (error instanceof StartupError) {
      log(error.message);
      exitCode = 1;
    } else {
      log(`Command failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      exitCode = 1;
    }
  }
  try {
    await cli.dispose();
  } catch (error) {
    log(`Cleanup failed: ${String(error)}`);
    exitCode ||= 1;
  }
  return exitCode;
}

// Exit explicitly: a library's stray timer must not keep a finished command alive.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(String(error));
    process.exit(1);
  },
);
