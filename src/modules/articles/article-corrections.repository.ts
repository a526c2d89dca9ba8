import { sqlRows, type Queryable } from '../../database/sql.js';

export interface NewCorrection {
  articleId: string;
  note: string;
  actorId: string | null;
  /** Set when the correction answers an error report. */
  errorReportId?: string | null;
}

/**
 * Writes of the `article_corrections` table, inside the caller's transaction:
 * an article edit with a correction note, or an error report fixed with one.
 * The caller writes its own audit entry.
 */
export class ArticleCorrectionsRepository {
  static async append(db: Queryable, correction: NewCorrection): Promise<string> {
    const [row] = await sqlRows<{ id: string }>(
      db,
      `INSERT INTO article_corrections (article_id, note, created_by_id, error_report_id)
       VALUES ($1, $2, $3, $4) RETURNING id`,
      [correction.articleId, correction.note, correction.actorId, correction.errorReportId ?? null],
    );
    return row.id;
  }
}
