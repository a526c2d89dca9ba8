import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { JobQueue } from '../jobs/job-queue.service.js';
import { Outbox } from '../jobs/outbox.js';
import { MailService, type OutgoingMail } from './mail.service.js';

/** The queue that sends mail after the change that caused it has committed. */
export const MAIL_QUEUE = 'mail.send';

/**
 * Mail that follows a change: queued in the change's transaction (never sent for
 * a rolled-back change, never lost in a crash between commit and send), sent by
 * the job queue's worker with retries. A mail is sent at least once: pass a
 * stable `id` where a duplicate would matter, so a second enqueue adds nothing.
 */
@Injectable()
export class MailOutbox implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly outbox: Outbox,
    private readonly mail: MailService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work<OutgoingMail>(MAIL_QUEUE, (job) => this.mail.send(job.data), {
      retryLimit: 5,
      retryDelaySeconds: 30,
    });
  }

  queue(manager: EntityManager, mail: OutgoingMail, options: { id?: string; startAfter?: Date } = {}): Promise<void> {
    return this.outbox.enqueue(manager, MAIL_QUEUE, mail, options);
  }
}
