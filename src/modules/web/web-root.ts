import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The directory `npm run build:web` fills (public/ at the project root), found
 * from this file whether it runs compiled (dist/src/…) or from source (tests).
 */
export function webRoot(start = dirname(fileURLToPath(import.meta.url))): string {
  let directory = start;
  for (;;) {
    if (existsSync(join(directory, 'package.json'))) return join(directory, 'public');
    const parent = dirname(directory);
    if (parent === directory) return join(process.cwd(), 'public');
    directory = parent;
  }
}
