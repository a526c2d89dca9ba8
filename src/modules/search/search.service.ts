import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badRequest, notFound } from '../../common/errors/problem.js';
import { isUuid } from '../../common/http/uuid-param.pipe.js';
import { decodeCursor, toPage, type Page } from '../../common/pagination/cursor.js';
import { readReplica } from '../../database/read-replica.js';
import { sqlRows, type Queryable } from '../../database/sql.js';
import type { SearchItem } from './dto/search-query.dto.js';
import {
  HEADLINE_OPTIONS,
  HIGHLIGHT_START,
  HIGHLIGHT_STOP,
  PARSER_BREAK,
  PARSER_LT,
  toExcerptHtml,
} from './search-excerpt.js';

/*
 * The WHERE clauses repeat, character for character, the indexed expressions of
 * the GIN indexes, so the planner can use them:
 *   posts_search_idx    ON posts    (search_vector) WHERE status = 'visible'
 *   articles_search_idx ON articles (to_tsvector('tribune_french'::regconfig, title || ' ' || summary || ' ' || body))
 * posts.search_vector is to_tsvector('tribune_french', tribune_search_text(body)),
 * stored by a trigger (migrations PostSearchVector, BoundedSearchParsing), so ts_rank
 * reads it instead of parsing each body. Excerpts parse tribune_search_text(…) too:
 * the parser is quadratic on long unbroken runs, and that function bounds its work.
 * tribune_french = unaccent + french_stem, so "election presidentielle" finds "élections présidentielles".
 */
export const POST_DOCUMENT = `p.search_vector`;
export const ARTICLE_DOCUMENT = `to_tsvector('tribune_french'::regconfig, a.title || ' ' || a.summary || ' ' || a.body)`;
const QUERY = `websearch_to_tsquery('tribune_french'::regconfig, $1)`;

interface HitRow {
  type: 'post' | 'article';
  id: string;
  /** float8: JSON-encodes exactly, so a cursor compares equal to the row it came from. */
  rank: number;
  article_slug: string;
  article_title: string;
  thread_id: string | null;
  number: number | null;
  username: string | null;
  display_name: string | null;
  headline: string;
  created_at: Date;
}

export interface SearchParams {
  q: string;
  article?: string;
  cursor?: string;
  limit: number;
}

/**
 * French full-text search over visible posts and published articles, ranked by
 * ts_rank then id, keyset-paginated on (rank, id).
 */
@Injectable()
export class SearchService {
  /** Search tolerates replication lag: a read replica when DATABASE_READ_URLS sets some. */
  private readonly replica: Queryable;

  constructor(dataSource: DataSource) {
    this.replica = readReplica(dataSource);
  }

  async search({ q, article, cursor, limit }: SearchParams): Promise<Page<SearchItem>> {
    let articleId: string | undefined;
    if (article !== undefined) {
      const [found] = await sqlRows<{ id: string }>(
        this.replica,
        `SELECT id FROM articles WHERE slug = $1 AND published_at <= now()`,
        [article],
      );
      if (!found) throw notFound('search.article_not_found', { slug: article });
      articleId = found.id;
    }
    let after: { rank: number; id: string } | undefined;
    if (cursor !== undefined) {
      const [rank, id] = decodeCursor(cursor, ['float', 'string']) as [number, string];
      if (!isUuid(id))
        throw badRequest('validation.invalid_cursor', {}, [{ field: 'cursor', code: 'validation.invalid_cursor' }]);
      after = { rank, id };
    }
    const statement = searchStatement({ q, articleId, after, limit: limit + 1 });
    const rows = await sqlRows<HitRow>(this.replica, statement.sql, statement.params);
    return toPage(rows, limit, toSearchItem, (row) => [row.rank, row.id]);
  }
}

/**
 * The search as one statement (exported so a test can EXPLAIN exactly what runs):
 * rank every match, keep one page, and only then build excerpts (ts_headline is costly).
 */
export function searchStatement(options: {
  q: string;
  articleId?: string;
  after?: { rank: number; id: string };
  limit: number;
}): { sql: string; params: unknown[] } {
  const params: unknown[] = [options.q];
  const param = (value: unknown) => `$${params.push(value)}`;
  const scope = options.articleId === undefined ? '' : `AND a.id = ${param(options.articleId)}::uuid`;
  let after = '';
  if (options.after) {
    const rank = param(options.after.rank);
    after = `WHERE hits.rank < ${rank}::float8 OR (hits.rank = ${rank}::float8 AND hits.id > ${param(options.after.id)}::uuid)`;
  }
  const limit = param(options.limit);
  const headlineOptions = param(HEADLINE_OPTIONS);
  const markers = param(HIGHLIGHT_START + HIGHLIGHT_STOP + PARSER_LT + PARSER_BREAK);
  const parserChars = param(PARSER_LT + PARSER_BREAK);
  const sql = `WITH page AS (
       SELECT hits.* FROM (
         SELECT 'post' AS type, p.id, ts_rank(${POST_DOCUMENT}, ${QUERY})::float8 AS rank
           FROM posts p
           JOIN threads t ON t.id = p.thread_id
           JOIN articles a ON a.id = t.article_id
          WHERE p.status = 'visible'
            AND ${POST_DOCUMENT} @@ ${QUERY}
            AND a.published_at <= now()
            ${scope}
         UNION ALL
         SELECT 'article' AS type, a.id, ts_rank(${ARTICLE_DOCUMENT}, ${QUERY})::float8 AS rank
           FROM articles a
          WHERE ${ARTICLE_DOCUMENT} @@ ${QUERY}
            AND a.published_at <= now()
            ${scope}
       ) hits
       ${after}
       ORDER BY hits.rank DESC, hits.id
       LIMIT ${limit}
     )
     SELECT page.type, page.id, page.rank,
            a.slug AS article_slug, a.title AS article_title,
            p.thread_id, p.number, u.username, u.display_name,
            translate(ts_headline('tribune_french'::regconfig,
                        tribune_search_text(translate(CASE page.type WHEN 'post' THEN p.body ELSE a.title || ' ' || a.summary || ' ' || a.body END, ${markers}, '')),
                        ${QUERY}, ${headlineOptions}), ${parserChars}, '<') AS headline,
            CASE page.type WHEN 'post' THEN p.created_at ELSE a.published_at END AS created_at
       FROM page
       LEFT JOIN posts p ON page.type = 'post' AND p.id = page.id
       LEFT JOIN threads t ON t.id = p.thread_id
       JOIN articles a ON a.id = CASE page.type WHEN 'post' THEN t.article_id ELSE page.id END
       LEFT JOIN users u ON u.id = CASE page.type WHEN 'post' THEN p.author_id ELSE a.author_id END
      ORDER BY page.rank DESC, page.id`;
  return { sql, params };
}

function toSearchItem(row: HitRow): SearchItem {
  const item: SearchItem = {
    type: row.type,
    id: row.id,
    articleSlug: row.article_slug,
    articleTitle: row.article_title,
    // An anonymized account keeps its posts under no name.
    author: row.username ? { username: row.username, displayName: row.display_name ?? row.username } : null,
    excerpt: toExcerptHtml(row.headline),
    createdAt: row.created_at.toISOString(),
  };
  if (row.type === 'post') {
    item.threadId = row.thread_id ?? undefined;
    item.number = row.number ?? undefined;
  }
  return item;
}
