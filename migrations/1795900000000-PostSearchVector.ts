import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The search vector of a post becomes a stored column instead of an index
 * expression. With `to_tsvector(body)` in the index, PostgreSQL parsed every
 * body on every insert (≈ 75 µs for 800 characters: most of the time of a bulk
 * seed) and again for every matching row when search ranked it with ts_rank.
 *
 * A trigger keeps the column right, so the application writes posts as before:
 * on INSERT it computes the vector unless the statement supplies one (a bulk
 * loader may compute each distinct body's vector once), and on UPDATE whenever
 * the body changes. TypeORM cannot declare the trigger, and the entity marks
 * the partial GIN index `synchronize: false`.
 */
export class PostSearchVector1795900000000 implements MigrationInterface {
  name = 'PostSearchVector1795900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "posts" ADD "search_vector" tsvector`);
    await queryRunner.query(
      `CREATE FUNCTION posts_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
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
    await queryRunner.query(
      `CREATE TRIGGER posts_search_vector BEFORE INSERT OR UPDATE OF body ON "posts"
       FOR EACH ROW EXECUTE FUNCTION posts_search_vector()`,
    );
    await queryRunner.query(`UPDATE "posts" SET "search_vector" = to_tsvector('tribune_french'::regconfig, "body")`);
    await queryRunner.query(`ALTER TABLE "posts" ALTER COLUMN "search_vector" SET NOT NULL`);
    await queryRunner.query(`DROP INDEX "public"."posts_search_idx"`);
    await queryRunner.query(
      `CREATE INDEX "posts_search_idx" ON "posts" USING gin ("search_vector") WHERE status = 'visible'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."posts_search_idx"`);
    await queryRunner.query(
      `CREATE INDEX "posts_search_idx" ON "posts" USING gin (to_tsvector('tribune_french'::regconfig, "body")) WHERE status = 'visible'`,
    );
    await queryRunner.query(`DROP TRIGGER posts_search_vector ON "posts"`);
    await queryRunner.query(`DROP FUNCTION posts_search_vector()`);
    await queryRunner.query(`ALTER TABLE "posts" DROP COLUMN "search_vector"`);
  }
}
