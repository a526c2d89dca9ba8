import { Injectable } from '@nestjs/common';
import { sqlRows, type Queryable } from '../../database/sql.js';
import type { AppealStatus } from './entities/appeal.entity.js';
import type { NoticeStatus } from './entities/dsa-notice.entity.js';
import type { DecisionAction, DecisionSource } from './entities/moderation-decision.entity.js';

export interface NewNotice {
  postId: string;
  legalGround: string;
  explanation: string;
  email: string;
  name: string | null;
  notifierId: string | null;
  locale: string;
}

export interface NoticeRow {
  id: string;
  email: string;
  name: string | null;
  legal_ground: string;
  locale: string;
  created_at: Date;
}

export interface NewDecision {
  postId: string;
  authorId: string | null;
  action: DecisionAction;
  ground: string;
  explanation: string;
  source: DecisionSource;
  automated: boolean;
  decidedById: string | null;
  reviewOpenedAt: Date | null;
}

export interface DecisionRow {
  id: string;
  post_id: string;
  author_id: string | null;
  action: DecisionAction;
  ground: string;
  explanation: string;
  source: DecisionSource;
  automated: boolean;
  decided_by_id: string | null;
  created_at: Date;
  created_key: string;
  appeal_id: string | null;
  appeal_status: AppealStatus | null;
  appeal_created_at: Date | null;
  appeal_decided_at: Date | null;
  appeal_note: string | null;
}

export interface AppealRow {
  id: string;
  status: AppealStatus;
  decision_id: string;
  author_id: string;
  post_id: string;
  decided_by_id: string | null;
}

const CREATED_KEY = `to_char(d.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** The DSA tables' SQL: notices, statements of reasons (decisions) and appeals. No policy here. */
@Injectable()
export class DsaRepository {
  async insertNotice(db: Queryable, notice: NewNotice): Promise<{ id: string; created_at: Date }> {
    const [row] = await sqlRows<{ id: string; created_at: Date }>(
      db,
      `INSERT INTO dsa_notices (post_id, legal_ground, explanation, email, name, notifier_id, locale)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, created_at`,
      [
        notice.postId,
        notice.legalGround,
        notice.explanation,
        notice.email,
        notice.name,
        notice.notifierId,
        notice.locale,
      ],
    );
    return row;
  }

  /** The open notices of a post, with their grounds (the caller holds the post's row lock). */
  openNotices(db: Queryable, postId: string): Promise<NoticeRow[]> {
    return sqlRows<NoticeRow>(
      db,
      `SELECT id, email, name, legal_ground, locale, created_at FROM dsa_notices
        WHERE post_id = $1 AND status = 'open' ORDER BY created_at, id`,
      [postId],
    );
  }

  /** Closes every open notice of a post with the decision's outcome; returns those closed. */
  closeNotices(db: Queryable, postId: string, status: Exclude<NoticeStatus, 'open'>): Promise<NoticeRow[]> {
    return sqlRows<NoticeRow>(
      db,
      `UPDATE dsa_notices SET status = $2, decided_at = now()
        WHERE post_id = $1 AND status = 'open'
        RETURNING id, email, name, legal_ground, locale, created_at`,
      [postId, status],
    );
  }

  async insertDecision(db: Queryable, decision: NewDecision): Promise<{ id: string; created_at: Date }> {
    const [row] = await sqlRows<{ id: string; created_at: Date }>(
      db,
      `INSERT INTO moderation_decisions
         (post_id, author_id, action, ground, explanation, source, automated, decided_by_id, review_opened_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id, created_at`,
      [
        decision.postId,
        decision.authorId,
        decision.action,
        decision.ground,
        decision.explanation,
        decision.source,
        decision.automated,
        decision.decidedById,
        decision.reviewOpenedAt,
      ],
    );
    return row;
  }

  /** One decision with its appeal, if any. */
  async findDecision(db: Queryable, id: string): Promise<DecisionRow | null> {
    const [row] = await sqlRows<DecisionRow>(db, `${DECISION_SELECT} WHERE d.id = $1`, [id]);
    return row ?? null;
  }

  /** A user's decisions, newest first, keyset on (created_at, id). */
  decisionsOf(db: Queryable, authorId: string, limit: number, after: [string, string] | null): Promise<DecisionRow[]> {
    return sqlRows<DecisionRow>(
      db,
      `${DECISION_SELECT}
        WHERE d.author_id = $1
          AND ($2::timestamptz IS NULL OR (d.created_at, d.id) < ($2::timestamptz, $3::uuid))
        ORDER BY d.created_at DESC, d.id DESC
        LIMIT $4`,
      [authorId, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
    );
  }

  /** Inserts the appeal; null when the decision already has one (the unique index decides, not a check). */
  async insertAppeal(
    db: Queryable,
    decisionId: string,
    authorId: string,
    explanation: string,
  ): Promise<{ id: string; created_at: Date } | null> {
    const [row] = await sqlRows<{ id: string; created_at: Date }>(
      db,
      `INSERT INTO appeals (decision_id, author_id, explanation) VALUES ($1, $2, $3)
       ON CONFLICT (decision_id) DO NOTHING RETURNING id, created_at`,
      [decisionId, authorId, explanation],
    );
    return row ?? null;
  }

  /** The appeal with its decision, locked for deciding (two moderators at once: one waits, then sees it decided). */
  async lockAppeal(db: Queryable, appealId: string): Promise<AppealRow | null> {
    const [row] = await sqlRows<AppealRow>(
      db,
      `SELECT a.id, a.status, a.decision_id, a.author_id, d.post_id, d.decided_by_id
         FROM appeals a JOIN moderation_decisions d ON d.id = a.decision_id
        WHERE a.id = $1 FOR UPDATE OF a`,
      [appealId],
    );
    return row ?? null;
  }

  async decideAppeal(
    db: Queryable,
    appealId: string,
    outcome: Exclude<AppealStatus, 'open'>,
    actorId: string,
    note: string,
  ): Promise<Date> {
    const [row] = await sqlRows<{ decided_at: Date }>(
      db,
      `UPDATE appeals SET status = $2, decided_by_id = $3, note = $4, decided_at = now()
        WHERE id = $1 RETURNING decided_at`,
      [appealId, outcome, actorId, note],
    );
    return row.decided_at;
  }
}

const DECISION_SELECT = `
  SELECT d.id, d.post_id, d.author_id, d.action, d.ground, d.explanation, d.source, d.automated,
         d.decided_by_id, d.created_at, ${CREATED_KEY} AS created_key,
         a.id AS appeal_id, a.status AS appeal_status, a.created_at AS appeal_created_at,
         a.decided_at AS appeal_decided_at, a.note AS appeal_note
    FROM moderation_decisions d
    LEFT JOIN appeals a ON a.decision_id = d.id`;
