import { createHash } from 'node:crypto';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor, ServicePrincipal } from '../../common/auth/decorators.js';
import { badRequest, conflict, notFound, unprocessable } from '../../common/errors/problem.js';
import { isUuid } from '../../common/http/uuid-param.pipe.js';
import { decodeCursor, toPage, type Page } from '../../common/pagination/cursor.js';
import { normalizeTypography } from '../../common/text/normalize.js';
import { sqlRows } from '../../database/sql.js';
import { MailService } from '../../platform/mail/mail.service.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { ArticlesService } from '../articles/articles.service.js';
import { DomainEvents } from '../../platform/webhooks/domain-events.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { ModerationQueueRepository } from '../moderation/moderation-queue.repository.js';
import { ArticleCorrectionsRepository } from '../articles/article-corrections.repository.js';
import type { CreateErrorReportDto, ListErrorReportsQuery, UpdateErrorReportDto } from './dto/error-reports.dto.js';
import type { ErrorReportStatus } from './entities/error-report.entity.js';
import {
  RESOLVED_STATUSES,
  canSeeReporterContact,
  ensureCanTransition,
  ensureCanViewErrorReport,
} from './error-reports.policy.js';
import { locateQuote } from './quote-locator.js';
import { transitionAfter, transitionRequest, type TransitionRequest } from './error-report-transition.js';
import { PG_UNIQUE_VIOLATION, isPgError } from '../../database/postgres-errors.js';

/** Who is reporting: a signed-in user, or an anonymous visitor known by IP (and maybe an email). */
export interface Reporter {
  actor: Actor | undefined;
  ip: string;
}

export interface ErrorReportView {
  id: string;
  article: { slug: string; title: string };
  quote: string;
  quoteOffset: number;
  /** Whether the quote still occurs in the article's current text (re-checked on every text change). */
  quoteFound: boolean;
  articleRevision: number;
  suggestion: string | null;
  comment: string | null;
  status: ErrorReportStatus;
  duplicateOfId: string | null;
  reporter: { username: string | null } | null;
  reporterEmail?: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ErrorReportHistoryEntry {
  fromStatus: ErrorReportStatus | null;
  toStatus: ErrorReportStatus;
  note: string | null;
  actor: { username: string | null } | null;
  createdAt: string;
}

export interface ErrorReportDetail extends ErrorReportView {
  history: ErrorReportHistoryEntry[];
}

interface ReportRow {
  id: string;
  article_id: string;
  article_slug: string;
  article_title: string;
  quote: string;
  quote_offset: number;
  quote_found: boolean;
  article_revision: number;
  suggestion: string | null;
  comment: string | null;
  status: ErrorReportStatus;
  duplicate_of_id: string | null;
  reporter_id: string | null;
  reporter_username: string | null;
  reporter_email: string | null;
  created_at: Date;
  updated_at: Date;
  /** created_at with its microseconds, for the keyset cursor (a JS Date keeps milliseconds only). */
  cursor_at: string;
}

/** A published article's text and where a reported quote sits in it. */
interface QuotedArticle {
  id: string;
  revision: number;
  text: string;
  location: { offset: number; length: number };
}

/** A report under its row lock, as a transition reads it. */
interface LockedReport {
  id: string;
  article_id: string;
  status: ErrorReportStatus;
  reporter_id: string | null;
  reporter_email: string | null;
  quote: string;
}

interface EventRow {
  from_status: ErrorReportStatus | null;
  to_status: ErrorReportStatus;
  note: string | null;
  actor_id: string | null;
  actor_username: string | null;
  created_at: Date;
}

const SELECT_REPORT = `
  SELECT r.id, r.article_id, a.slug AS article_slug, a.title AS article_title, r.quote, r.quote_offset, r.quote_found,
         r.article_revision, r.suggestion, r.comment, r.status, r.duplicate_of_id, r.reporter_id,
         u.username::text AS reporter_username, r.reporter_email, r.created_at, r.updated_at,
         to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at
    FROM error_reports r
    JOIN articles a ON a.id = r.article_id
    LEFT JOIN users u ON u.id = r.reporter_id`;

const CURSOR_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

const OUTCOME_FR: Partial<Record<ErrorReportStatus, string>> = {
  fixed: "l'article a été corrigé.",
  rejected: "après vérification, la rédaction n'a pas retenu cette erreur.",
  duplicate: 'cette erreur nous avait déjà été signalée.',
};

/**
 * The identity of a quoted passage for the one-per-day rule: the span of the article
 * it matched (not the reader's spelling of it), with spacing, case and typographic
 * quotes folded, so retyping the same passage differently is still the same report.
 */
export function quoteHash(articleText: string, offset: number, length: number): string {
  const span = normalizeTypography(articleText.slice(offset, offset + length))
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
  return createHash('sha256').update(span, 'utf8').digest('hex');
}

/** The text a quote is looked for in (and its offset counted from). */
const reportableText = (article: { title: string; summary: string; body: string }) =>
  `${article.title}\n${article.summary}\n${article.body}`;

/**
 * Who reads or handles reports: a user (staff, or the reporter for their own), or
 * a newsroom system with a service API key (`error-reports:read`/`:write`), which
 * sees what staff see. A key is no user: history rows name no one, the audit
 * entry names the key (actor_role `service`).
 */
export type ReportViewer = Actor | ServicePrincipal | undefined;
const isService = (viewer: ReportViewer): viewer is ServicePrincipal =>
  !!viewer && 'kind' in viewer && viewer.kind === 'service';
const userIdOf = (by: Actor | ServicePrincipal): string | null => (isService(by) ? null : by.id);
const auditActorOf = (by: Actor | ServicePrincipal) =>
  isService(by) ? { id: by.keyId, role: 'service' as Actor['role'] } : by;
const seesContact = (viewer: ReportViewer) => isService(viewer) || canSeeReporterContact(viewer);

const emptyToNull = (value: string | null | undefined): string | null => (value ? value : null);

@Injectable()
export class ErrorReportsService implements OnModuleInit {
  private readonly logger = new Logger(ErrorReportsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly mail: MailService,
    private readonly articles: ArticlesService,
    private readonly events: DomainEvents,
  ) {}

  onModuleInit(): void {
    this.articles.onTextChanged((manager, article) => this.recheckQuotes(manager, article.id, reportableText(article)));
  }

  /**
   * In the transaction that changed the article's text: every open report's quote
   * is looked for again (`quoteFound`, and its offset when found).
   */
  async recheckQuotes(manager: EntityManager, articleId: string, text: string): Promise<void> {
    const open = await sqlRows<{ id: string; quote: string }>(
      manager,
      `SELECT id, quote FROM error_reports WHERE article_id = $1 AND status = 'open' ORDER BY id FOR UPDATE`,
      [articleId],
    );
    if (open.length === 0) return;
    const located = open.map((report) => ({ id: report.id, location: locateQuote(text, report.quote) }));
    await manager.query(
      `UPDATE error_reports r SET quote_found = v.found, quote_offset = coalesce(v.offset_at, r.quote_offset)
         FROM unnest($1::uuid[], $2::boolean[], $3::int[]) AS v(id, found, offset_at)
        WHERE r.id = v.id`,
      [
        located.map((report) => report.id),
        located.map((report) => report.location !== null),
        located.map((report) => report.location?.offset ?? null),
      ],
    );
  }

  /** Files a report on a published article; the quote must occur in its text. */
  async create(slug: string, reporter: Reporter, input: CreateErrorReportDto): Promise<{ id: string; status: 'open' }> {
    const quoted = await this.findQuote(slug, input.quote);
    const actorId = reporter.actor?.id ?? null;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const id = await this.insertReport(manager, quoted, reporter, input);
        await manager.query(
          `INSERT INTO error_report_events (report_id, actor_id, from_status, to_status) VALUES ($1, $2, NULL, 'open')`,
          [id, actorId],
        );
        await ModerationQueueRepository.openErrorReportItem(manager, id, actorId);
        await this.events.publish(manager, 'error_report.created', {
          id,
          articleId: quoted.id,
          articleSlug: slug,
          quote: input.quote,
          suggestion: emptyToNull(input.suggestion),
          status: 'open',
        });
        return { id, status: 'open' as const };
      });
    } catch (error) {
      if (isPgError(error, PG_UNIQUE_VIOLATION, { constraint: 'error_reports_dedup_key' })) {
        throw conflict('error_report.duplicate');
      }
      throw error;
    }
  }

  /** The published article and where the quote sits in its text (404 / 422 naming quote). */
  private async findQuote(slug: string, quote: string): Promise<QuotedArticle> {
    const [article] = await sqlRows<{ id: string; title: string; summary: string; body: string; revision: number }>(
      this.dataSource,
      `SELECT id, title, summary, body, revision FROM articles WHERE slug = $1 AND published_at <= now()`,
      [slug],
    );
    if (!article) throw notFound();
    const text = reportableText(article);
    const location = locateQuote(text, quote);
    if (!location) {
      throw unprocessable('error_report.quote_not_found', {}, [
        { field: 'quote', code: 'error_report.quote_not_found' },
      ]);
    }
    return { id: article.id, revision: article.revision, text, location };
  }

  /** The report row; the unique key (article, reporter, quote, day) refuses a second identical one. */
  private async insertReport(
    manager: EntityManager,
    quoted: QuotedArticle,
    reporter: Reporter,
    input: CreateErrorReportDto,
  ): Promise<string> {
    const actor = reporter.actor;
    const reporterKey = actor ? `user:${actor.id}` : `ip:${reporter.ip}`.slice(0, 80);
    const [report] = await sqlRows<{ id: string }>(
      manager,
      `INSERT INTO error_reports (article_id, article_revision, quote, quote_offset, quote_hash, suggestion, comment,
                                  reporter_id, reporter_email, reporter_key, reported_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, (now() AT TIME ZONE 'UTC')::date)
       RETURNING id`,
      [
        quoted.id,
        quoted.revision,
        input.quote,
        quoted.location.offset,
        quoteHash(quoted.text, quoted.location.offset, quoted.location.length),
        emptyToNull(input.suggestion),
        emptyToNull(input.comment),
        actor?.id ?? null,
        actor ? null : emptyToNull(input.email),
        reporterKey,
      ],
    );
    return report.id;
  }

  /** Erasure: the reports of an erased reader keep no contact address. */
  async forgetReporterContact(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`UPDATE error_reports SET reporter_email = NULL WHERE reporter_id = $1`, [userId]);
  }

  /** Staff list, oldest first, keyset-paginated on (created_at, id). */
  async list(viewer: Actor | ServicePrincipal, query: ListErrorReportsQuery): Promise<Page<ErrorReportView>> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (query.status) {
      params.push(query.status);
      conditions.push(`r.status = $${params.length}`);
    }
    if (query.article) {
      params.push(query.article);
      conditions.push(`a.slug = $${params.length}`);
    }
    if (query.cursor) {
      const [at, id] = decodeCursor(query.cursor, ['string', 'string']) as [string, string];
      if (!CURSOR_TIME.test(at) || Number.isNaN(Date.parse(at)) || !isUuid(id)) {
        throw badRequest('validation.invalid_cursor', {}, [{ field: 'cursor', code: 'validation.invalid_cursor' }]);
      }
      params.push(at, id);
      conditions.push(`(r.created_at, r.id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(query.limit + 1);
    const rows = await sqlRows<ReportRow>(
      this.dataSource,
      `${SELECT_REPORT}
       ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
       ORDER BY r.created_at, r.id
       LIMIT $${params.length}`,
      params,
    );
    const withContact = seesContact(viewer);
    return toPage(
      rows,
      query.limit,
      (row) => this.toView(row, withContact),
      (row) => [row.cursor_at, row.id],
    );
  }

  /** One report and its history: staff, or its signed-in reporter; 404 for anyone else. */
  async get(viewer: ReportViewer, id: string): Promise<ErrorReportDetail> {
    const [row] = await sqlRows<ReportRow>(this.dataSource, `${SELECT_REPORT} WHERE r.id = $1`, [id]);
    if (!row) throw notFound();
    if (!isService(viewer)) ensureCanViewErrorReport(viewer, { reporterId: row.reporter_id });
    const events = await sqlRows<EventRow>(
      this.dataSource,
      `SELECT e.from_status, e.to_status, e.note, e.actor_id, u.username::text AS actor_username, e.created_at
         FROM error_report_events e
         LEFT JOIN users u ON u.id = e.actor_id
        WHERE e.report_id = $1
        ORDER BY e.created_at, e.id`,
      [id],
    );
    return {
      ...this.toView(row, seesContact(viewer)),
      history: events.map((event) => ({
        fromStatus: event.from_status,
        toStatus: event.to_status,
        note: event.note,
        actor: event.actor_id ? { username: event.actor_username } : null,
        createdAt: event.created_at.toISOString(),
      })),
    };
  }

  /**
   * Moves a report along open → accepted → fixed (or rejected, or duplicate) under a
   * row lock, so of two editors racing one wins and the other gets 409. The event,
   * the audit entry, the correction, the queue item and the notification commit together;
   * the anonymous reporter's mail leaves after the commit.
   */
  async transition(by: Actor | ServicePrincipal, id: string, input: UpdateErrorReportDto): Promise<ErrorReportDetail> {
    const request = transitionRequest(input);
    const { resolved, report, article } = await this.dataSource.transaction(async (manager) => {
      const report = await this.loadForTransition(manager, id, request);
      const correctionId = await this.applyTransition(manager, userIdOf(by), report, request);
      await this.audit.record(manager, auditActorOf(by), {
        action: `error_report.${request.to}`,
        targetType: 'error_report',
        targetId: id,
        reason: request.note,
        before: { status: report.status },
        after: transitionAfter(request, report.article_id, correctionId),
      });
      const [article] = await sqlRows<{ slug: string; title: string }>(
        manager,
        `SELECT slug, title FROM articles WHERE id = $1`,
        [report.article_id],
      );
      await this.publishTransition(manager, report, article, request, correctionId);
      const resolved = RESOLVED_STATUSES.has(request.to);
      if (resolved) await this.announceResolution(manager, userIdOf(by), report, article, request);
      return { resolved, report, article };
    });
    // Mail leaves after the commit: a message about a change that rolled back must never go out.
    if (resolved && !report.reporter_id && report.reporter_email) {
      await this.mailAnonymousReporter(report.reporter_email, article.title, report.quote, request.to, request.note);
    }
    return this.get(by, id);
  }

  /** The report under its row lock, checked against the request: a legal move, a real original for a duplicate. */
  private async loadForTransition(
    manager: EntityManager,
    id: string,
    request: TransitionRequest,
  ): Promise<LockedReport> {
    const [report] = await sqlRows<LockedReport>(
      manager,
      `SELECT id, article_id, status, reporter_id, reporter_email, quote FROM error_reports WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (!report) throw notFound();
    ensureCanTransition(report.status, request.to);
    if (request.to === 'duplicate') {
      const [original] = await sqlRows<{ id: string }>(
        manager,
        `SELECT id FROM error_reports WHERE id = $1 AND article_id = $2 AND id <> $3`,
        [request.duplicateOfId, report.article_id, report.id],
      );
      if (!original) {
        throw unprocessable('error_report.duplicate_of_invalid', {}, [
          { field: 'duplicateOfId', code: 'error_report.duplicate_of_invalid' },
        ]);
      }
    }
    return report;
  }

  /** The new status, its history event, and the article's correction when fixed with a note (its id). */
  private async applyTransition(
    manager: EntityManager,
    actorId: string | null,
    report: LockedReport,
    request: TransitionRequest,
  ): Promise<string | null> {
    await manager.query(
      `UPDATE error_reports SET status = $2, duplicate_of_id = $3, updated_at = now() WHERE id = $1`,
      [report.id, request.to, request.to === 'duplicate' ? request.duplicateOfId : null],
    );
    await manager.query(
      `INSERT INTO error_report_events (report_id, actor_id, from_status, to_status, note) VALUES ($1, $2, $3, $4, $5)`,
      [report.id, actorId, report.status, request.to, request.note],
    );
    if (request.to !== 'fixed' || !request.correctionNote) return null;
    return ArticleCorrectionsRepository.append(manager, {
      articleId: report.article_id,
      note: request.correctionNote,
      actorId,
      errorReportId: report.id,
    });
  }

  /** The webhooks' events: the report's new status, and the article's correction when there is one. */
  private async publishTransition(
    manager: EntityManager,
    report: LockedReport,
    article: { slug: string },
    request: TransitionRequest,
    correctionId: string | null,
  ): Promise<void> {
    await this.events.publish(manager, 'error_report.updated', {
      id: report.id,
      articleId: report.article_id,
      articleSlug: article.slug,
      fromStatus: report.status,
      status: request.to,
      note: request.note,
    });
    if (!correctionId) return;
    await this.events.publish(manager, 'article.corrected', {
      articleId: report.article_id,
      articleSlug: article.slug,
      correctionId,
      note: request.correctionNote,
      errorReportId: report.id,
    });
  }

  /** A closed report leaves the moderation queue and its signed-in reporter hears about it. */
  private async announceResolution(
    manager: EntityManager,
    actorId: string | null,
    report: LockedReport,
    article: { slug: string; title: string },
    request: TransitionRequest,
  ): Promise<void> {
    await this.resolveQueueItem(manager, actorId, report.id, request.to, request.note);
    if (!report.reporter_id) return;
    await this.notifications.notify(manager, report.reporter_id, 'error_report.resolved', {
      reportId: report.id,
      status: request.to,
      note: request.note,
      articleSlug: article.slug,
      articleTitle: article.title,
    });
  }

  private async resolveQueueItem(
    manager: EntityManager,
    actorId: string | null,
    reportId: string,
    resolution: ErrorReportStatus,
    note: string | null,
  ): Promise<void> {
    await ModerationQueueRepository.resolve(
      manager,
      { subjectType: 'error_report', subjectId: reportId },
      {
        actorId,
        resolution,
        action: 'resolved',
        note,
        data: { errorReportId: reportId, resolution },
      },
    );
  }

  private async mailAnonymousReporter(
    to: string,
    articleTitle: string,
    quote: string,
    status: ErrorReportStatus,
    note: string | null,
  ): Promise<void> {
    const oneLine = (value: string, max: number) => value.replace(/\s+/gu, ' ').trim().slice(0, max);
    const lines = [
      'Bonjour,',
      '',
      `Vous nous avez signalé une erreur dans l'article « ${oneLine(articleTitle, 300)} » :`,
      `« ${oneLine(quote, 1000)} »`,
      '',
      `Votre signalement a été examiné : ${OUTCOME_FR[status] ?? status}`,
      ...(note ? ['', 'Note de la rédaction :', note] : []),
      '',
      'Merci de votre vigilance.',
      '— La rédaction',
    ];
    try {
      await this.mail.send({
        to,
        subject: `Votre signalement sur « ${oneLine(articleTitle, 150)} »`,
        text: lines.join('\n'),
      });
    } catch (error) {
      // The resolution is committed; a mail failure is logged, not turned into an error for the editor.
      this.logger.error({ err: error }, 'could not mail an anonymous error reporter');
    }
  }

  private toView(row: ReportRow, withContact: boolean): ErrorReportView {
    return {
      id: row.id,
      article: { slug: row.article_slug, title: row.article_title },
      quote: row.quote,
      quoteOffset: row.quote_offset,
      quoteFound: row.quote_found,
      articleRevision: row.article_revision,
      suggestion: row.suggestion,
      comment: row.comment,
      status: row.status,
      duplicateOfId: row.duplicate_of_id,
      reporter: row.reporter_id ? { username: row.reporter_username } : null,
      ...(withContact ? { reporterEmail: row.reporter_email } : {}),
      createdAt: row.created_at.toISOString(),
      updatedAt: row.updated_at.toISOString(),
    };
  }
}
