import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { migrations } from '../../migrations/index.js';
import { ROOT } from '../support/process.js';

/**
 * A migration file that is not listed in migrations/index.ts would silently
 * never run (the list is explicit, not a glob), so every file must be listed,
 * under the name its file promises, oldest first.
 */
describe('migrations/index.ts', () => {
  const listed = migrations.map((migration) => migration.name);

  it('lists every migration file in the folder', async () => {
    const files = (await readdir(path.join(ROOT, 'migrations')))
      .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
      .sort();
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const match = /^(\d{13})-([A-Z][A-Za-z0-9]*)\.ts$/.exec(file);
      expect({ file, wellNamed: match !== null }).toEqual({ file, wellNamed: true });
      expect(listed).toContain(`${match![2]}${match![1]}`);
    }
    expect(listed).toHaveLength(files.length);
  });

  it('lists them oldest first, each once', () => {
    const timestamps = listed.map((name) => Number(/(\d{13})$/.exec(name)?.[1]));
    expect(timestamps.every(Number.isFinite)).toBe(true);
    expect([...timestamps].sort((a, b) => a - b)).toEqual(timestamps);
    expect(new Set(listed).size).toBe(listed.length);
  });
});
