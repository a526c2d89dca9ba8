import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * No function over about 60 lines in src/ (STYLE.md, issue #14): a longer one
 * is a missing step (load → decide → apply → announce). Measured with the
 * TypeScript parser on every function, method, accessor, constructor and arrow
 * body, from its opening to its closing line (comments and blank lines count:
 * they are part of what a reader has to read).
 */
const SRC = path.resolve('src');
const MAX_LINES = 60;

interface Measured {
  where: string;
  lines: number;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [full] : [];
  });
}

function nameOf(node: ts.FunctionLikeDeclaration, source: ts.SourceFile): string {
  if (node.name) return node.name.getText(source);
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) {
    return parent.name.getText(source);
  }
  return ts.isConstructorDeclaration(node) ? 'constructor' : '(anonymous)';
}

function measure(file: string): Measured[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const measured: Measured[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const body = node.body as ts.Node;
      const first = source.getLineAndCharacterOfPosition(body.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(body.getEnd()).line;
      measured.push({
        where: `${path.relative(SRC, file)}:${first + 1} ${nameOf(node as ts.FunctionLikeDeclaration, source)}`,
        lines: last - first + 1,
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return measured;
}

describe('function length', () => {
  const measured = sourceFiles(SRC).flatMap(measure);

  it('measures every function of src/', () => {
    // A broken walker would pass the rule below vacuously.
    expect(measured.length).toBeGreaterThan(500);
    expect(measured.some((m) => m.lines > 20)).toBe(true);
  });

  it(`keeps every function body within ${MAX_LINES} lines`, () => {
    const long = measured.filter((m) => m.lines > MAX_LINES).map((m) => `${m.where}: ${m.lines} lines`);
    expect(long).toEqual([]);
  });
});
