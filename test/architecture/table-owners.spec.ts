import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * One owner per table (STYLE.md, issue #14): every table is written — SQL
 * `INSERT INTO`, `UPDATE … SET`, `DELETE FROM`, or a TypeORM write call naming
 * its entity or table — from its owner's folder only. Other modules call the
 * owner's repository or service, passing their transaction's manager.
 *
 * The scan reads the string and template literals of every source file (SQL
 * lives there; comments do not count) and the TypeORM write calls of the code.
 */
const SRC = path.resolve('src');
const MIGRATIONS = path.resolve('migrations');

/** Table → the folder (under src/) that owns its writes. Every table of the migrations is listed. */
const OWNERS: Record<string, string> = {
  users: 'modules/users',
  refresh_tokens: 'modules/auth',
  password_reset_tokens: 'modules/auth',
  email_verification_tokens: 'modules/auth',
  user_identities: 'modules/auth',
  sso_token_uses: 'modules/auth',
  user_two_factor: 'modules/auth',
  two_factor_recovery_codes: 'modules/auth',
  articles: 'modules/articles',
  article_corrections: 'modules/articles',
  article_revisions: 'modules/articles',
  threads: 'modules/discussions',
  posts: 'modules/discussions',
  post_revisions: 'modules/discussions',
  post_votes: 'modules/discussions',
  post_flags: 'modules/moderation',
  moderation_items: 'modules/moderation',
  moderation_item_events: 'modules/moderation',
  watched_words: 'modules/moderation',
  moderation_decisions: 'modules/dsa',
  appeals: 'modules/dsa',
  dsa_notices: 'modules/dsa',
  user_notes: 'modules/moderation',
  user_premoderations: 'modules/moderation',
  error_reports: 'modules/error-reports',
  error_report_events: 'modules/error-reports',
  notifications: 'modules/notifications',
  notification_preferences: 'modules/notifications',
  event_tickets: 'modules/notifications',
  polls: 'modules/polls',
  poll_options: 'modules/polls',
  poll_ballots: 'modules/polls',
  poll_choices: 'modules/polls',
  api_keys: 'modules/api-keys',
  imported_posts: 'modules/discussions',
  import_authors: 'modules/imports',
  settings: 'platform/settings',
  audit_log: 'platform/audit',
  webhooks: 'platform/webhooks',
  webhook_deliveries: 'platform/webhooks',
  thread_events: 'platform/realtime',
};

/**
 * Schemas installed whole by a library, written only through it: pg-boss's job
 * tables (the job queue and the transactional outbox go through platform/jobs).
 */
const SCHEMA_OWNERS: Record<string, string> = { pgboss: 'platform/jobs' };

/** Tables that src/ never writes itself (none today; a library-owned schema is not listed here). */
const NOT_WRITTEN_BY_SRC = new Set<string>();

/**
 * The fixture loaders of the command line (`seed-thread` writes a million posts
 * with generate_series, `seed-demo` a demo site) bulk-load straight into the
 * tables; they are tools run against an empty or test database, not a module.
 */
const BULK_LOADERS = new Set(['cli/commands/seed-thread.ts', 'cli/commands/seed-demo.ts']);

interface Write {
  file: string;
  line: number;
  table: string;
  how: string;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [full] : [];
  });
}

/** Every table created by a migration (`CREATE TABLE "name"`). */
function migrationTables(): string[] {
  const tables = new Set<string>();
  for (const file of fs.readdirSync(MIGRATIONS)) {
    const text = fs.readFileSync(path.join(MIGRATIONS, file), 'utf8');
    for (const match of text.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?(\w+)"?(?:\."?(\w+)"?)?/g)) {
      tables.add(match[2] ? `${match[1]}.${match[2]}` : match[1]);
    }
  }
  return [...tables].sort();
}

/** `@Entity('table')` class name → table, for TypeORM calls that name an entity class. */
function entityTables(files: string[]): Map<string, string> {
  const byClass = new Map<string, string>();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(/@Entity\(\s*'(\w+)'[\s\S]*?\bclass\s+(\w+)/g)) {
      byClass.set(match[2], match[1]);
    }
  }
  return byClass;
}

const IDENT = `"?([A-Za-z_][\\w]*(?:\\.[A-Za-z_]\\w*)?)"?`;
const SQL_WRITES: Array<{ how: string; pattern: RegExp }> = [
  { how: 'INSERT INTO', pattern: new RegExp(`\\bINSERT\\s+INTO\\s+${IDENT}`, 'g') },
  // `ON CONFLICT … DO UPDATE SET` writes the INSERT's table; `FOR UPDATE` is a lock.
  {
    how: 'UPDATE … SET',
    pattern: new RegExp(
      `(?<!\\bDO\\s+)(?<!\\bFOR\\s+)\\bUPDATE\\s+${IDENT}(?:\\s+(?:AS\\s+)?[a-z_]\\w*)?\\s+SET\\b`,
      'g',
    ),
  },
  { how: 'DELETE FROM', pattern: new RegExp(`\\bDELETE\\s+FROM\\s+${IDENT}`, 'g') },
];

const TYPEORM_WRITE_METHODS = new Set([
  'insert',
  'update',
  'upsert',
  'save',
  'delete',
  'softDelete',
  'restore',
  'remove',
  'increment',
  'decrement',
  'clear',
]);
/** Receivers that are TypeORM managers or repositories (`manager`, `this.dataSource.manager`, `usersRepository`…). */
const TYPEORM_RECEIVER = /(^|\.)(manager|entityManager|em|\w*[rR]epository|\w*Repo)$/;

/**
 * The table a TypeORM write call names: a table name, an entity class, or an
 * entity made in place (`manager.save(manager.create(ApiKey, …))`).
 */
function targetTable(target: ts.Expression | undefined, entityByClass: Map<string, string>): string | undefined {
  if (!target) return undefined;
  if (ts.isStringLiteral(target)) return target.text;
  if (ts.isIdentifier(target)) return entityByClass.get(target.text);
  if (
    ts.isCallExpression(target) &&
    ts.isPropertyAccessExpression(target.expression) &&
    target.expression.name.text === 'create'
  ) {
    return targetTable(target.arguments[0], entityByClass);
  }
  return undefined;
}

function scanFile(file: string, entityByClass: Map<string, string>): { writes: Write[]; unresolved: Write[] } {
  const rel = path.relative(SRC, file).split(path.sep).join('/');
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const writes: Write[] = [];
  const unresolved: Write[] = [];
  const lineOf = (node: ts.Node, offset = 0) =>
    source.getLineAndCharacterOfPosition(node.getStart(source) + offset).line + 1;

  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      (ts.isTemplateExpression(node) && !ts.isTemplateSpan(node.parent))
    ) {
      const text = node.getText(source);
      for (const { how, pattern } of SQL_WRITES) {
        for (const match of text.matchAll(pattern)) {
          writes.push({ file: rel, line: lineOf(node, match.index), table: match[1], how });
        }
      }
    }
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      TYPEORM_WRITE_METHODS.has(node.expression.name.text) &&
      TYPEORM_RECEIVER.test(node.expression.expression.getText(source))
    ) {
      const how = `${node.expression.expression.getText(source)}.${node.expression.name.text}()`;
      const table = targetTable(node.arguments[0], entityByClass);
      const write = { file: rel, line: lineOf(node), table: table ?? '?', how };
      (table ? writes : unresolved).push(write);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  // A temporary table (CREATE TEMP TABLE) lives on one connection and belongs to the file that creates it.
  const temporary = new Set(
    [...source.text.matchAll(/\bCREATE\s+TEMP(?:ORARY)?\s+TABLE\s+(\w+)/gi)].map((match) => match[1]),
  );
  return { writes: writes.filter((write) => !temporary.has(write.table)), unresolved };
}

function ownerOf(table: string): string | undefined {
  const schema = table.includes('.') ? table.split('.')[0] : null;
  return schema ? SCHEMA_OWNERS[schema] : OWNERS[table];
}

describe('table owners', () => {
  const files = sourceFiles(SRC);
  const entityByClass = entityTables(files);
  const scans = files.map((file) => scanFile(file, entityByClass));
  const writes = scans.flatMap((scan) => scan.writes);
  const tables = migrationTables();

  it('reads the migrations and the entities', () => {
    expect(tables.length).toBeGreaterThanOrEqual(22);
    expect(entityByClass.get('User')).toBe('users');
    expect(entityByClass.size).toBeGreaterThanOrEqual(20);
  });

  it('lists an owner for every table of the migrations', () => {
    expect(tables.filter((table) => !ownerOf(table))).toEqual([]);
    // …and no owner for a table that no longer exists.
    expect(Object.keys(OWNERS).filter((table) => !tables.includes(table))).toEqual([]);
  });

  it('finds writes to every table that src/ writes (a broken scanner cannot pass)', () => {
    const counts = new Map<string, number>();
    for (const write of writes) counts.set(write.table, (counts.get(write.table) ?? 0) + 1);
    const expectedWritten = Object.keys(OWNERS).filter((table) => !NOT_WRITTEN_BY_SRC.has(table));
    expect(expectedWritten.filter((table) => !counts.get(table))).toEqual([]);
    // Each kind of write is recognised somewhere.
    for (const how of ['INSERT INTO', 'UPDATE … SET', 'DELETE FROM']) {
      expect(writes.filter((write) => write.how === how).length).toBeGreaterThan(3);
    }
    expect(writes.filter((write) => write.how.endsWith('()')).length).toBeGreaterThan(0);
  });

  it('names the target of every TypeORM write call', () => {
    expect(scans.flatMap((scan) => scan.unresolved)).toEqual([]);
  });

  it('writes no unknown table', () => {
    expect(writes.filter((write) => !ownerOf(write.table)).map((w) => `${w.file}:${w.line} ${w.table}`)).toEqual([]);
  });

  it('writes each table from its owner only', () => {
    const outside = writes.filter((write) => {
      const owner = ownerOf(write.table);
      if (!owner || write.file === owner || write.file.startsWith(`${owner}/`)) return false;
      return !BULK_LOADERS.has(write.file);
    });
    expect(outside.map((w) => `${w.file}:${w.line} ${w.how} ${w.table} (owner: ${ownerOf(w.table)})`)).toEqual([]);
  });
});
