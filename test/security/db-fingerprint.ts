import type { TestApp } from '../support/app.js';

/** Every table whose content a refused request must leave untouched (users without their volatile columns). */
const TABLES: Record<string, string> = {
  users: `SELECT id, username, email, display_name, bio, role, status, suspended_until, sanction_reason, password_hash FROM users`,
  articles: `SELECT * FROM articles`,
  article_corrections: `SELECT * FROM article_corrections`,
  threads: `SELECT * FROM threads`,
  posts: `SELECT * FROM posts`,
  post_revisions: `SELECT * FROM post_revisions`,
  post_votes: `SELECT * FROM post_votes`,
  post_flags: `SELECT * FROM post_flags`,
  polls: `SELECT * FROM polls`,
  poll_options: `SELECT * FROM poll_options`,
  poll_ballots: `SELECT * FROM poll_ballots`,
  poll_choices: `SELECT * FROM poll_choices`,
  error_reports: `SELECT * FROM error_reports`,
  error_report_events: `SELECT * FROM error_report_events`,
  moderation_items: `SELECT * FROM moderation_items`,
  moderation_item_events: `SELECT * FROM moderation_item_events`,
  watched_words: `SELECT * FROM watched_words`,
  audit_log: `SELECT * FROM audit_log`,
  settings: `SELECT * FROM settings`,
  notifications: `SELECT * FROM notifications`,
  refresh_tokens: `SELECT * FROM refresh_tokens`,
  password_reset_tokens: `SELECT * FROM password_reset_tokens`,
};

/** One hash per table: equal fingerprints mean nothing was written in between. */
export async function dbFingerprint(t: TestApp): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const [table, select] of Object.entries(TABLES)) {
    const [row] = await t.db.query(
      `SELECT count(*)::int AS n, coalesce(md5(string_agg(r::text, '|' ORDER BY r::text)), '') AS h FROM (${select}) r`,
    );
    result[table] = `${row.n}:${row.h}`;
  }
  return result;
}
