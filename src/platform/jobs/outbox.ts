import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { JobQueue, type EnqueueOptions } from './job-queue.service.js';

/**
 * The transactional outbox: what a change must cause later (a webhook delivery,
 * a mail) is written as a job row in the change's own transaction.
 *
 *   await dataSource.transaction(async (manager) => {
 *     … the change …
 *     await outbox.enqueue(manager, 'mail.send', { to, template });
 *   });
 *
 * Rolled back: no job. Committed: the job exists and is worked at least once,
 * after a crash or restart too. Handlers must therefore be idempotent.
 */
@Injectable()
export class Outbox {
  constructor(private readonly jobs: JobQueue) {}

  async enqueue(manager: EntityManager, name: string, data: object, options: EnqueueOptions = {}): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(`outbox.enqueue(${name}) outside a transaction: the job would not follow the change`);
    }
    await this.jobs.send(manager, name, data, options);
  }
}
