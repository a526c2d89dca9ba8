// `npm run cli -- <command>`: runs the compiled CLI (dist/src/cli/main.js), like the server
// runs dist/src/main.js. In a source checkout (src/ present, TypeScript installed) it first
// brings dist/ up to date with an incremental tsc; in the Docker image (dist/ only,
// production dependencies only) it runs dist/ as is and never needs the compiler.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'dist', 'src', 'cli', 'main.js');

function typescriptCompiler() {
  try {
    return createRequire(path.join(root, 'package.json')).resolve('typescript/bin/tsc');
  } catch {
    return null;
  }
}

const tsc = existsSync(path.join(root, 'src', 'cli', 'main.ts')) ? typescriptCompiler() : null;
if (tsc) {
  const build = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--incremental'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
} else if (!existsSync(entry)) {
  process.stderr.write(`${entry} is missing: build first (npm run build), or run from the Docker image.\n`);
  process.exit(1);
}
const run = spawnSync(process.execPath, [entry, ...process.argv.slice(2)], { cwd: process.cwd(), stdio: 'inherit' });
process.exit(run.status ?? 1);
