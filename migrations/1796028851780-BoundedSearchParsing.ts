import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PostgreSQL's text-search parser is quadratic on long runs without spaces
 * (`to_tsvector` of `repeat('a_', 10000)` takes seconds) and on tag-like
 * input that spans spaces (`<!-- <!-- …`). What reaches the parser is bounded
 * by `tribune_search_text(text)`: every `<` becomes U+0003 (no tag or comment
 * token can start) and U+0004 is inserted after every 32 non-space characters of
 * a run (no French word is that long; a long URL is indexed in pieces). Both are
 * separators to the parser; search excerpts map them back (U+0003 to `<`, U+0004
 * removed), so they show the post's own text.
 * The parser's work is then linear in the body's length: any 20,000-character
 * body is parsed in a few tens of milliseconds. The trigger and the search
 * excerpts (`ts_headline`) both parse this text.
 */
export class BoundedSearchParsing1796028851780 implements MigrationInterface {
  name = 'BoundedSearchParsing1796028851780';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION tribune_search_text(body text) RETURNS text
         LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
         AS $$ SELECT regexp_replace(translate(body, '<', E'\\x03'), '(\\S{32})', E'\\\\1\\x04', 'g') $$`,
    );
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION posts_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'INSERT' THEN
           IF NEW.search_vector IS NULL THEN
             NEW.search_vector := to_tsvector('tribune_french'::regconfig, tribune_search_text(NEW.body));
           END IF;
         ELSIF NEW.body IS DISTINCT FROM OLD.body THEN
           NEW.search_vector := to_tsvector('tribune_french'::regconfig, tribune_search_text(NEW.body));
         END IF;
         RETURN NEW;
       END
       $$`,
    );
    // Only the bodies the new text changes need a new vector.
    await queryRunner.query(
      `UPDATE "posts" SET "search_vector" = to_tsvector('tribune_french'::regconfig, tribune_search_text("body"))
        WHERE "body" ~ '\\S{33}' OR strpos("body", '<') > 0`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION posts_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'INSERT' THEN
           IF NEW.search_vector IS NULL THEN
             NEW.search_vector := to_tsvector('tribune_french'::regconfig, NEW.body);
           END IF;
         ELSIF NEW.body IS DISTINCT FROM OLD.body THEN
           NEW.search_vector := to_tsvector('tribune_french'::regconfig, NEW.body);
         END IF;
         RETURN NEW;
       END
       $$`,
    );
    await queryRunner.query(`DROP FUNCTION tribune_search_text(text)`);
  }
}
