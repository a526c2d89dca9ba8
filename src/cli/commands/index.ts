import type { Command } from 'commander';
import type { CliRuntime } from '../runtime.js';
import { registerCreateUser } from './create-user.js';
import { registerImport } from './import.js';
import { registerSchemaDrift } from './schema-drift.js';
import { registerSeedDemo } from './seed-demo.js';
import { registerSeedThread } from './seed-thread.js';

/**
 * Adds one command to the program. Its action acquires what it needs from
 * `cli` (config, migrated database, Nest context), which main.ts releases
 * afterwards, and reports failure by setting `process.exitCode`.
 */
export type CommandRegistrar = (program: Command, cli: CliRuntime) => void;

/**
 * Every CLI command. A module adds its own (create-user, seed-thread, seed-demo)
 * in a file beside this one and lists its registrar here.
 */
export const commandRegistrars: CommandRegistrar[] = [
  registerSchemaDrift,
  registerCreateUser,
  registerSeedThread,
  registerSeedDemo,
  registerImport,
];
