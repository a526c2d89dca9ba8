import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { canSeePublication, type Actor } from '../../common/auth/decorators.js';
import { notFound } from '../../common/errors/problem.js';
import { sqlRows } from '../../database/sql.js';
import { MailOutbox } from '../../platform/mail/mail-outbox.js';
import { DomainEvents } from '../../platform/webhooks/domain-events.service.js';
import { PostsRepository } from '../discussions/posts.repository.js';
import { ModerationQueueRepository } from '../moderation/moderation-queue.repository.js';
import { noticeAcknowledgement, noticeDecision } from './dsa-mails.js';
import { DsaRepository } from './dsa.repository.js';

export interface NoticeInput {
  postId: string;
  legalGround: string;
  explanation: string;
  email: string;
  name?: string | null;
}

/**
 * Notices of illegal content (DSA art. 16). One transaction stores the notice,
 * queues the post for review as `dsa_notice` (one open item per post gathers
 * every notice about it) and queues the acknowledgement mail.
 */
@Injectable()
export class NoticesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: DsaRepository,
    private readonly mail: MailOutbox,
    private readonly events: DomainEvents,
  ) {}

  create(input: NoticeInput, actor: Actor | undefined, locale: string): Promise<{ id: string }> {
    return this.dataSource.transaction(async (manager) => {
      // The post's row lock serialises notices on one post, so the item's count stays exact.
      const [post] = await sqlRows<{ id: string; article_published_at: Date }>(
        manager,
        `SELECT id, ${PostsRepository.articlePublishedAtSql('posts')} AS article_published_at
           FROM posts WHERE id = $1 FOR UPDATE`,
        [input.postId],
      );
      // An embargoed article's post is as absent as the article to whoever may not see it.
      if (!post || !canSeePublication(actor, new Date(post.article_published_at))) throw notFound('dsa.post_not_found');
      const notice = await this.repository.insertNotice(manager, {
        postId: input.postId,
        legalGround: input.legalGround,
        explanation: input.explanation,
        email: input.email,
        name: input.name ?? null,
        notifierId: actor?.id ?? null,
        locale,
      });
      const open = await this.repository.openNotices(manager, input.postId);
      await ModerationQueueRepository.upsertPostItem(
        manager,
        input.postId,
        'dsa_notice',
        { dsaNotices: open.length, legalGrounds: [...new Set(open.map((row) => row.legal_ground))] },
        { actorId: actor?.id ?? null, action: 'dsa_notice', data: { noticeId: notice.id } },
      );
      await this.mail.queue(
        manager,
        noticeAcknowledgement(
          input.email,
          { id: notice.id, postId: input.postId, legalGround: input.legalGround },
          locale,
        ),
        { id: notice.id },
      );
      // The newsroom's systems hear of it too (webhook `dsa.notice.created`); never the notifier's address.
      await this.events.publish(manager, 'dsa.notice.created', {
        id: notice.id,
        postId: input.postId,
        legalGround: input.legalGround,
        createdAt: new Date(notice.created_at).toISOString(),
      });
      return { id: notice.id };
    });
  }

  /** Tells every notifier of a post the outcome of its review (art. 16(5)); called in the decision's transaction. */
  async closeAndTell(manager: EntityManager, postId: string, actioned: boolean): Promise<void> {
    const closed = await this.repository.closeNotices(manager, postId, actioned ? 'actioned' : 'dismissed');
    for (const notice of closed) {
      await this.mail.queue(manager, noticeDecision(notice.email, notice, actioned, notice.locale));
    }
  }
}
