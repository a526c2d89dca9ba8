import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { InvalidArgumentError, type Command } from 'commander';
import pg from 'pg';
import type { CliRuntime } from '../runtime.js';

/** Diagnostics on stderr: stdout carries only the thread id. */
const log = (message: string): void => {
  process.stderr.write(`${message}\n`);
};

export const SEED_AUTHORS = 300;

/**
 * French sentences the bodies are assembled from (≈ 80 chars each; ten per
 * body ≈ 800 chars). Plain text without Markdown or HTML specials, so the
 * stored html is the same text in a paragraph (escaped all the same).
 */
const SENTENCES = [
  'Les élections présidentielles approchent et le débat public reste très animé.',
  'La réforme des retraites divise toujours les syndicats et le gouvernement.',
  "Le prix de l'énergie pèse lourdement sur le budget des ménages cet hiver.",
  'Les collectivités locales demandent davantage de moyens pour les écoles.',
  'La sécurité routière progresse, mais les chiffres restent préoccupants.',
  'Le climat impose des choix difficiles aux agriculteurs de la région.',
  'Les transports en commun manquent de fiabilité aux heures de pointe.',
  'Je ne partage pas votre analyse, les données disent autre chose à mon avis.',
  'Merci pour cet article clair, il résume bien les enjeux du moment.',
  'Il faudrait citer les sources officielles pour appuyer ces affirmations.',
  'Le logement devient inaccessible pour les jeunes actifs des grandes villes.',
  'La santé publique mérite un débat apaisé plutôt que des polémiques.',
  'Les commerces du centre-ville souffrent de la concurrence en ligne.',
  'Une consultation citoyenne permettrait de mieux associer les habitants.',
  'Les chiffres du chômage publiés ce matin confirment la tendance récente.',
  'Le tribunal administratif doit se prononcer avant la fin du mois.',
  'Cette décision aura des conséquences durables pour toute la filière.',
  'Les associations de quartier organisent une réunion publique jeudi soir.',
  'On oublie souvent le rôle essentiel des bénévoles dans ces projets.',
  'Le budget de la culture recule encore, au détriment des petites salles.',
];
const SENTENCES_PER_BODY = 10;

const positiveInteger = (value: string): number => {
  if (!/^\d{1,9}$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected a positive integer');
  return Number(value);
};

/**
 * Builds `s[1 + (g * k + i) % n] || ' ' || …`: a body per g, varied, computed in SQL without a subquery.
 * It depends only on g mod n (n = SENTENCES.length), so there are at most n distinct bodies.
 */
function bodyExpression(): string {
  const n = SENTENCES.length;
  const multipliers = [1, 3, 7, 11, 13, 17, 19, 23, 29, 31];
  return multipliers
    .slice(0, SENTENCES_PER_BODY)
    .map((k, i) => `s.t[1 + ((g::bigint * ${k} + ${i * 5}) % ${n})::int]`)
    .join(` || ' ' || `);
}

/** Splits 1..posts into `jobs` contiguous ranges of numbers. */
function chunks(posts: number, jobs: number): Array<[number, number]> {
  const size = Math.ceil(posts / jobs);
  const ranges: Array<[number, number]> = [];
  for (let from = 1; from <= posts; from += size) ranges.push([from, Math.min(posts, from + size - 1)]);
  return ranges;
}

/**
 * One set-based INSERT … SELECT over generate_series(from, to), on its own
 * connection. A body depends only on g mod SENTENCES.length (see
 * bodyExpression), so the few distinct bodies, their html and their search
 * vectors are computed once, in a materialized CTE, and every row copies
 * them: supplying search_vector spares the trigger posts_search_vector (which
 * fills it for real posts) from parsing each 800-character body again. What
 * remains per row is the heap and the indexes (the GIN one mostly); a few
 * ranges in parallel use a few cores instead of one.
 */
async function insertPosts(
  databaseUrl: string,
  threadId: string,
  from: number,
  to: number,
  total: number,
  authors: string[],
): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SET LOCAL synchronous_commit = off`);
    // Escaping the html in SQL keeps it correct whatever the sentences.
    await client.query(
      `WITH s AS (SELECT $5::text[] AS t, $6::uuid[] AS a),
       bodies AS MATERIALIZED (
         SELECT g AS residue, b.body,
                '<p>' || replace(replace(replace(b.body, '&', '&amp;'), '<', '&lt;'), '>', '&gt;') || '</p>' AS html,
                to_tsvector('tribune_french'::regconfig, tribune_search_text(b.body)) AS search_vector
           FROM s, generate_series(0, ${SENTENCES.length - 1}) g,
                LATERAL (SELECT ${bodyExpression()} AS body) b
       )
       INSERT INTO posts (thread_id, number, author_id, body, html, search_vector, created_at, published_at)
       SELECT $1::uuid, g, s.a[1 + ((g::bigint * 7919) % cardinality(s.a))::int], bodies.body, bodies.html,
              bodies.search_vector, now() - make_interval(secs => ($4::int - g)), now() - make_interval(secs => ($4::int - g))
         FROM s
        CROSS JOIN generate_series($2::int, $3::int) g
         JOIN bodies ON bodies.residue = g % ${SENTENCES.length}`,
      [threadId, from, to, total, SENTENCES, authors],
    );
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}

export interface SeedResult {
  threadId: string;
  articleSlug: string;
  posts: number;
  authors: number;
  milliseconds: number;
}

/** The seed's editor and authors, its article and the article's thread (inside the caller's transaction). */
async function seedSkeleton(
  client: pg.Client,
  tag: string,
  posts: number,
): Promise<{ authors: string[]; slug: string; articleId: string; threadId: string }> {
  const { rows: editorRows } = await client.query<{ id: string }>(
    `INSERT INTO users (username, email, display_name, role) VALUES ($1, $2, $3, 'editor') RETURNING id`,
    [`seed_${tag}_editor`, `seed_${tag}_editor@seed.invalid`, 'Rédaction (seed)'],
  );
  const { rows: authorRows } = await client.query<{ ids: string[] }>(
    `WITH created AS (
       INSERT INTO users (username, email, display_name, created_at)
       SELECT 'seed_' || $1 || '_' || g, 'seed_' || $1 || '_' || g || '@seed.invalid', 'Lecteur ' || g,
              now() - interval '400 days'
         FROM generate_series(1, $2::int) g
       RETURNING id)
     SELECT array_agg(id ORDER BY id) AS ids FROM created`,
    [tag, SEED_AUTHORS],
  );
  const authors = authorRows[0].ids;

  const slug = `seed-${tag}-${posts}-contributions`;
  const title = `Fil de test : ${posts.toLocaleString('fr-FR')} contributions`;
  const body = 'Article généré pour les tests de charge. Et vous, qu’en pensez-vous ?';
  const { rows: articleRows } = await client.query<{ id: string }>(
    `INSERT INTO articles (slug, title, summary, body, body_html, author_id, discussion_prompts)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [slug, title, 'Seed', body, `<p>${body}</p>`, editorRows[0].id, JSON.stringify(['Et vous ? Qu’en pensez-vous ?'])],
  );
  const { rows: threadRows } = await client.query<{ id: string }>(
    `INSERT INTO threads (article_id) VALUES ($1) RETURNING id`,
    [articleRows[0].id],
  );
  return { authors, slug, articleId: articleRows[0].id, threadId: threadRows[0].id };
}

/**
 * Creates SEED_AUTHORS authors, an article with its thread, and `posts` posts
 * numbered 1..N, all in one transaction. Every post comes from ONE set-based
 * INSERT … SELECT over generate_series: nothing travels between Node and the
 * database per row, which is what keeps 1,000,000 posts well under a minute.
 */
export async function seedThread(databaseUrl: string, posts: number, jobs = 1): Promise<SeedResult> {
  const started = Date.now();
  const tag = randomBytes(4).toString('hex');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    // Durability of this one bulk commit may lag a few ms behind; nothing else is relaxed.
    await client.query(`SET LOCAL synchronous_commit = off`);
    await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    await client.query(`SET LOCAL work_mem = '64MB'`);

    const { authors, slug, articleId, threadId } = await seedSkeleton(client, tag, posts);

    // Authors, article and thread commit first, so the parallel inserts below can see them.
    await client.query('COMMIT');
    try {
      const insertStarted = Date.now();
      await Promise.all(
        chunks(posts, jobs).map(([from, to]) => insertPosts(databaseUrl, threadId, from, to, posts, authors)),
      );
      log(`seed-thread: inserted ${posts} posts in ${Date.now() - insertStarted} ms (${jobs} job(s))`);
      await client.query('BEGIN');
      await client.query(
        `UPDATE threads SET post_count = $2, visible_post_count = $2, last_post_at = now() WHERE id = $1`,
        [threadId, posts],
      );
      await client.query(
        `UPDATE users u SET post_count = u.post_count + c.n
         FROM (SELECT author_id, count(*)::int AS n FROM posts WHERE thread_id = $1 GROUP BY author_id) c
        WHERE u.id = c.author_id`,
        [threadId],
      );
      await client.query('COMMIT');
      // Fresh planner statistics after a bulk load, as after any: otherwise the first
      // queries plan for the table as it was before (autovacuum analyzes it later).
      await client.query(`ANALYZE posts, users, threads`);
    } catch (error) {
      // Leave nothing half-made: the article's deletion cascades to its thread and posts.
      await client.query('ROLLBACK').catch(() => undefined);
      await client.query(`DELETE FROM articles WHERE id = $1`, [articleId]);
      await client.query(`DELETE FROM users WHERE username LIKE $1`, [`seed\\_${tag}\\_%`]);
      throw error;
    }
    return { threadId, articleSlug: slug, posts, authors: authors.length, milliseconds: Date.now() - started };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

export function registerSeedThread(program: Command, cli: CliRuntime): void {
  program
    .command('seed-thread')
    .description(
      `Create an article whose thread holds N posts from ${SEED_AUTHORS} authors (generated in SQL); prints the thread id last`,
    )
    .requiredOption('--posts <n>', 'number of posts', positiveInteger)
    .option('--jobs <n>', 'parallel INSERT … SELECT statements (default: CPU cores, at most 4)', positiveInteger)
    .action(async (options: { posts: number; jobs?: number }) => {
      const jobs = Math.min(options.jobs ?? Math.min(4, availableParallelism()), options.posts);
      const result = await seedThread(await cli.migratedDatabaseUrl(), options.posts, jobs);
      log(
        `seed-thread: article ${result.articleSlug}, ${result.posts} posts by ${result.authors} authors in ${result.milliseconds} ms`,
      );
      process.stdout.write(`${result.threadId}\n`);
    });
}
