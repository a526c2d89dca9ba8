import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the compiled app lives in dist/ beneath it (`pretest` builds it). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface Spawned {
  child: ChildProcess;
  /** Everything written so far. */
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (or the signal's name) once the process is gone. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Runs a compiled entry point (`dist/src/main.js`, `dist/src/cli/main.js`)
 * with exactly `env` plus PATH and HOME, so the developer's own environment
 * (a DATABASE_URL, say) cannot leak into what the test proves.
 */
export function spawnNode(script: string, args: string[], env: Record<string, string>): Spawned {
  const child = spawn(process.execPath, [path.join(ROOT, script), ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Polls `url` until it answers `status`, failing with the process's output after `timeoutMs` (a boot on a loaded 2-core CI machine has taken over 30 s). */
export async function waitForStatus(url: string, status: number, spawned: Spawned, timeoutMs = 60000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  let exitedEarly = false;
  void spawned.exited.then(() => (exitedEarly = true));
  while (Date.now() < deadline && !exitedEarly) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.status === status) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `${url} did not answer ${status} (${exitedEarly ? 'process exited' : last})\n` +
      `stdout:\n${spawned.stdout()}\nstderr:\n${spawned.stderr()}`,
  );
}

/** Kills the process if a test failed before stopping it, so jest does not hang. */
export async function ensureStopped(spawned: Spawned | undefined): Promise<void> {
  if (!spawned || spawned.child.exitCode !== null || spawned.child.signalCode !== null) return;
  spawned.child.kill('SIGKILL');
  await spawned.exited;
}

/** Stops app processes the way an orchestrator does (SIGTERM, wait), then makes sure none is left. */
export async function stopServers(...servers: Array<Spawned | undefined>): Promise<void> {
  for (const server of servers) {
    if (server && server.child.exitCode === null) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  }
  await Promise.all(servers.map((server) => ensureStopped(server)));
}
