import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The anonymous read cache (src/platform/read-cache) is invalidated by the
 * database itself: every change to a row that shows on a cached page NOTIFYs
 * `tribune_read_cache` with what it touched (`thread:<id>`, `article:<id>`,
 * `poll:<id>`, or `all` when a user's public name or role changes). A trigger
 * cannot be forgotten by a new write path, and NOTIFY is transactional: the
 * message reaches every instance only if, and once, the change commits.
 * PostgreSQL folds identical payloads of one transaction into one message.
 *
 * Post inserts use a statement trigger over the inserted rows (one NOTIFY per
 * thread, even for a bulk seed of a million rows); the rest are row triggers.
 */
export class ReadCacheInvalidation1796030095146 implements MigrationInterface {
  name = 'ReadCacheInvalidation1796030095146';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION tribune_read_cache_row() RETURNS trigger LANGUAGE plpgsql AS $$
       DECLARE
         r record;
         tag text;
       BEGIN
         IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
         IF TG_TABLE_NAME = 'posts' THEN
           PERFORM pg_notify('tribune_read_cache', 'thread:' || r.thread_id);
         ELSIF TG_TABLE_NAME = 'threads' THEN
           PERFORM pg_notify('tribune_read_cache', 'thread:' || r.id);
           PERFORM pg_notify('tribune_read_cache', 'article:' || r.article_id);
         ELSIF TG_TABLE_NAME = 'articles' THEN
           PERFORM pg_notify('tribune_read_cache', 'article:' || r.id);
           FOR tag IN SELECT 'thread:' || t.id FROM threads t WHERE t.article_id = r.id
                UNION ALL SELECT 'poll:' || p.id FROM polls p WHERE p.article_id = r.id LOOP
             PERFORM pg_notify('tribune_read_cache', tag);
           END LOOP;
         ELSIF TG_TABLE_NAME = 'article_corrections' THEN
           PERFORM pg_notify('tribune_read_cache', 'article:' || r.article_id);
         ELSIF TG_TABLE_NAME = 'polls' THEN
           PERFORM pg_notify('tribune_read_cache', 'poll:' || r.id);
           PERFORM pg_notify('tribune_read_cache', 'article:' || r.article_id);
         ELSE -- poll_options, poll_ballots, poll_choices: rows of one poll
           PERFORM pg_notify('tribune_read_cache', 'poll:' || r.poll_id);
           PERFORM pg_notify('tribune_read_cache', 'article:' || p.article_id) FROM polls p WHERE p.id = r.poll_id;
         END IF;
         RETURN NULL;
       END
       $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION tribune_read_cache_posts_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         PERFORM pg_notify('tribune_read_cache', 'thread:' || t.thread_id) FROM (SELECT DISTINCT thread_id FROM inserted) t;
         RETURN NULL;
       END
       $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION tribune_read_cache_users() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         PERFORM pg_notify('tribune_read_cache', 'all');
         RETURN NULL;
       END
       $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER tribune_read_cache_insert AFTER INSERT ON "posts" REFERENCING NEW TABLE AS inserted
       FOR EACH STATEMENT EXECUTE FUNCTION tribune_read_cache_posts_inserted()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER tribune_read_cache AFTER UPDATE OR DELETE ON "posts" FOR EACH ROW EXECUTE FUNCTION tribune_read_cache_row()`,
    );
    for (const table of TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER tribune_read_cache AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION tribune_read_cache_row()`,
      );
    }
    // A user's public name, erasure or role (badges) shows on every page they wrote on: rare, so everything.
    await queryRunner.query(
      `CREATE TRIGGER tribune_read_cache AFTER UPDATE OF username, display_name, anonymized_at, role ON "users"
       FOR EACH ROW WHEN (OLD.username IS DISTINCT FROM NEW.username OR OLD.display_name IS DISTINCT FROM NEW.display_name
         OR OLD.anonymized_at IS DISTINCT FROM NEW.anonymized_at OR OLD.role IS DISTINCT FROM NEW.role)
       EXECUTE FUNCTION tribune_read_cache_users()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER tribune_read_cache ON "users"`);
    for (const table of [...TABLES, 'posts']) await queryRunner.query(`DROP TRIGGER tribune_read_cache ON "${table}"`);
    await queryRunner.query(`DROP TRIGGER tribune_read_cache_insert ON "posts"`);
    await queryRunner.query(`DROP FUNCTION tribune_read_cache_users()`);
    await queryRunner.query(`DROP FUNCTION tribune_read_cache_posts_inserted()`);
    await queryRunner.query(`DROP FUNCTION tribune_read_cache_row()`);
  }
}

const TABLES = ['threads', 'articles', 'article_corrections', 'polls', 'poll_options', 'poll_ballots', 'poll_choices'];
