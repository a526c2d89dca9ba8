import fs from 'node:fs';
import path from 'node:path';

/**
 * The floor plan (STYLE.md, issue #14), checked on every run:
 * - src/platform/ imports no feature module; database/, config/ and common/
 *   import neither features nor the platform;
 * - a feature imports another feature's public files only (services,
 *   repositories, modules, mappers, `*.types.ts`, entities, DTOs), never its
 *   controllers, policies, messages or SQL helpers;
 * - the features' import graph has no cycle (entity files are left out: table
 *   relations are the schema, not a code dependency).
 */
const SRC = path.resolve('src');
const PUBLIC_FILE = /(\.service|\.repository|\.module|\.mapper|\.types)\.ts$|\/(entities|dto)\/[^/]+\.ts$/;
const LOWER_LAYERS = ['database', 'config', 'common'];

interface Edge {
  from: string;
  to: string;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [full] : [];
  });
}

/** Every relative import of every source file, resolved to a path under src/ (without extension). */
function importEdges(): Edge[] {
  const edges: Edge[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
      const target = path.resolve(path.dirname(file), match[1]).replace(/\.js$/, '.ts');
      edges.push({ from: path.relative(SRC, file), to: path.relative(SRC, target) });
    }
  }
  return edges;
}

const topFolder = (file: string) => file.split(path.sep)[0];
const featureOf = (file: string) => (file.startsWith(`modules${path.sep}`) ? file.split(path.sep)[1] : null);

describe('architecture boundaries', () => {
  const edges = importEdges();

  it('reads the whole source tree', () => {
    // A broken reader would pass every rule below vacuously.
    expect(edges.length).toBeGreaterThan(500);
    expect(edges.some((e) => featureOf(e.from) && featureOf(e.to) && featureOf(e.from) !== featureOf(e.to))).toBe(true);
  });

  it('keeps src/platform/ free of feature imports', () => {
    const bad = edges.filter((e) => topFolder(e.from) === 'platform' && topFolder(e.to) === 'modules');
    expect(bad).toEqual([]);
  });

  it('keeps database/, config/ and common/ below the platform and the features', () => {
    const bad = edges.filter(
      (e) => LOWER_LAYERS.includes(topFolder(e.from)) && ['modules', 'platform'].includes(topFolder(e.to)),
    );
    expect(bad).toEqual([]);
  });

  it("lets a feature import only another feature's public files", () => {
    const bad = edges.filter((e) => {
      const from = featureOf(e.from);
      const to = featureOf(e.to);
      return from && to && from !== to && !PUBLIC_FILE.test(`${path.sep}${e.to}.ts`.replace(/\.ts\.ts$/, '.ts'));
    });
    expect(bad).toEqual([]);
  });

  it('has no cycle between feature modules', () => {
    const graph = new Map<string, Set<string>>();
    for (const e of edges) {
      const from = featureOf(e.from);
      const to = featureOf(e.to);
      if (!from || !to || from === to || e.from.includes(`${path.sep}entities${path.sep}`)) continue;
      graph.set(from, (graph.get(from) ?? new Set()).add(to));
    }
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (node: string, trail: string[]) => {
      if (state.get(node) === 'done') return;
      if (state.get(node) === 'visiting') {
        cycles.push([...trail.slice(trail.indexOf(node)), node].join(' → '));
        return;
      }
      state.set(node, 'visiting');
      for (const next of graph.get(node) ?? []) visit(next, [...trail, node]);
      state.set(node, 'done');
    };
    for (const node of graph.keys()) visit(node, []);
    expect(graph.size).toBeGreaterThan(5);
    expect(cycles).toEqual([]);
  });
});
