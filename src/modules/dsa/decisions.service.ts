import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/decorators.js';
import { conflict, notFound, unprocessable } from '../../common/errors/problem.js';
import { decodeCursor, toPage, type Page } from '../../common/pagination/cursor.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { MailOutbox } from '../../platform/mail/mail-outbox.js';
import { ModerationHooks, type ModerationHook, type PostDecision } from '../moderation/moderation-hooks.service.js';
import { ModerationQueueRepository } from '../moderation/moderation-queue.repository.js';
import { ModerationService } from '../moderation/moderation.service.js';
import { MailRecipientsRepository } from '../notifications/mail-recipients.repository.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { appealOutcome, statementOfReasons } from './dsa-mails.js';
import { appealEligibility, decisionGround, decisionSource, ensureCanDecideAppeal } from './dsa.policy.js';
import { DsaRepository, type DecisionRow } from './dsa.repository.js';
import { NoticesService } from './notices.service.js';

export interface DecisionView {
  id: string;
  postId: string;
  action: 'hide' | 'reject';
  ground: string;
  explanation: string;
  source: string;
  automated: boolean;
  createdAt: string;
  appeal: { id: string; status: string; createdAt: string; decidedAt: string | null; note: string | null } | null;
}

const iso = (value: Date | string) => new Date(value).toISOString();

/** Where to mail a user (none once the account is erased). */
function toView(row: DecisionRow): DecisionView {
  return {
    id: row.id,
    postId: row.post_id,
    action: row.action,
    ground: row.ground,
    explanation: row.explanation,
    source: row.source,
    automated: row.automated,
    createdAt: iso(row.created_at),
    appeal: row.appeal_id
      ? {
          id: row.appeal_id,
          status: row.appeal_status!,
          createdAt: iso(row.appeal_created_at!),
          decidedAt: row.appeal_decided_at ? iso(row.appeal_decided_at) : null,
          note: row.appeal_note,
        }
      : null,
  };
}

/**
 * Statements of reasons (DSA art. 17) and internal appeals (art. 20). Plugged
 * into moderation as a hook, so every hide and reject — by a moderator or
 * automated — writes its statement in the decision's own transaction, mails it
 * through the outbox, and closes the post's notices telling their notifiers.
 */
@Injectable()
export class DecisionsService implements ModerationHook, OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: DsaRepository,
    private readonly hooks: ModerationHooks,
    private readonly moderation: ModerationService,
    private readonly notices: NoticesService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly mail: MailOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.hooks.register(this);
  }

  async afterPostDecision(manager: EntityManager, decision: PostDecision): Promise<void> {
    const restricted = decision.action === 'hide' || decision.action === 'reject';
    const notices = await this.repository.openNotices(manager, decision.post.id);
    // A moderator confirming an automatic hide restricts nothing new: the auto-hide's statement stands, alone.
    if (restricted && decision.post.from !== 'hidden')
      await this.writeStatement(
        manager,
        decision,
        notices.map((notice) => notice.legal_ground),
      );
    // A review that ends the post's visibility actions the notices; one that keeps or restores it dismisses them.
    if (notices.length > 0 && decision.action !== 'restore') {
      await this.notices.closeAndTell(manager, decision.post.id, restricted);
    }
  }

  private async writeStatement(manager: EntityManager, decision: PostDecision, legalGrounds: string[]): Promise<void> {
    if (!decision.post.authorId) return;
    const action = decision.action as 'hide' | 'reject';
    const explanation = decision.reason?.trim() || (action === 'hide' ? 'hidden' : 'rejected');
    const statement = {
      postId: decision.post.id,
      authorId: decision.post.authorId,
      action,
      ground: decisionGround(legalGrounds),
      explanation: explanation.slice(0, 2000),
      source: decisionSource(decision.item, decision.automated),
      automated: decision.automated,
      decidedById: decision.actor?.id ?? null,
      reviewOpenedAt: decision.item?.createdAt ?? null,
    };
    const stored = await this.repository.insertDecision(manager, statement);
    const recipient = await MailRecipientsRepository.find(manager, decision.post.authorId);
    if (!recipient) return;
    await this.mail.queue(
      manager,
      statementOfReasons(
        recipient.email,
        { ...statement, id: stored.id, createdAt: new Date(stored.created_at) },
        this.config.PUBLIC_URL,
        recipient.language ?? 'fr',
      ),
      { id: stored.id },
    );
  }

  async listMine(actor: Actor, limit: number, cursor?: string): Promise<Page<DecisionView>> {
    const after = cursor ? (decodeCursor(cursor, ['string', 'string']) as [string, string]) : null;
    const rows = await this.repository.decisionsOf(this.dataSource, actor.id, limit, after);
    return toPage(rows, limit, toView, (row) => [row.created_key, row.id]);
  }

  async appeal(actor: Actor, decisionId: string, explanation: string) {
    return this.dataSource.transaction(async (manager) => {
      const decision = await this.repository.findDecision(manager, decisionId);
      const eligibility = decision
        ? appealEligibility(
            actor.id,
            { authorId: decision.author_id, createdAt: new Date(decision.created_at) },
            new Date(),
          )
        : 'not_found';
      if (!decision || eligibility === 'not_found') throw notFound();
      if (eligibility === 'too_late') {
        throw unprocessable('dsa.appeal_too_late', { date: iso(decision.created_at).slice(0, 10) });
      }
      const appeal = await this.repository.insertAppeal(manager, decisionId, actor.id, explanation);
      if (!appeal) throw conflict('dsa.appeal_exists');
      await ModerationQueueRepository.upsertPostItem(
        manager,
        decision.post_id,
        'appeal',
        { appeal: { id: appeal.id, decisionId, decidedById: decision.decided_by_id, explanation } },
        { actorId: actor.id, action: 'appeal', data: { appealId: appeal.id } },
      );
      return { id: appeal.id, decisionId, status: 'open' as const, createdAt: iso(appeal.created_at) };
    });
  }

  async decide(actor: Actor, appealId: string, outcome: 'upheld' | 'reversed', note: string) {
    return this.dataSource.transaction(async (manager) => {
      const appeal = await this.repository.lockAppeal(manager, appealId);
      if (!appeal) throw notFound();
      if (appeal.status !== 'open') throw conflict('dsa.appeal_decided');
      ensureCanDecideAppeal(actor, { decidedById: appeal.decided_by_id });
      if (outcome === 'reversed') {
        await this.moderation.performIn(manager, actor, appeal.post_id, 'restore', note);
      } else {
        await ModerationQueueRepository.resolvePostItem(manager, appeal.post_id, 'upheld', actor.id, {
          note,
          resolvedByActor: true,
        });
      }
      const decidedAt = await this.repository.decideAppeal(manager, appealId, outcome, actor.id, note);
      await this.audit.record(manager, actor, {
        action: 'appeal.decide',
        targetType: 'appeal',
        targetId: appealId,
        reason: note,
        before: { status: 'open' },
        after: { status: outcome },
      });
      await this.tellAuthor(manager, appeal.author_id, { id: appealId, outcome, note, postId: appeal.post_id });
      return { id: appealId, decisionId: appeal.decision_id, status: outcome, decidedAt: iso(decidedAt) };
    });
  }

  private async tellAuthor(
    manager: EntityManager,
    authorId: string,
    appeal: { id: string; outcome: 'upheld' | 'reversed'; note: string; postId: string },
  ): Promise<void> {
    await this.notifications.notify(manager, authorId, 'appeal.decided', {
      appealId: appeal.id,
      postId: appeal.postId,
      outcome: appeal.outcome,
    });
    const recipient = await MailRecipientsRepository.find(manager, authorId);
    if (!recipient) return;
    // In the reader's language when they chose one; French, the newsroom's, otherwise.
    await this.mail.queue(manager, appealOutcome(recipient.email, appeal, recipient.language ?? 'fr'), {
      id: appeal.id,
    });
  }
}
