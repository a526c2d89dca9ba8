import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { JobQueue } from '../../platform/jobs/job-queue.service.js';
import { RealtimeService } from '../../platform/realtime/realtime.service.js';
import { ThreadsRepository } from './threads.repository.js';

export const AUTO_CLOSE_QUEUE = 'threads.auto-close';

/**
 * Discussions close by themselves (THREAD_AUTO_CLOSE_DAYS after publication, or
 * an article's own `discussionClosesAt`). The rule is enforced where it matters,
 * in the statement that numbers a new post, and reads show such a thread locked
 * at once; this job, scheduled every minute, persists the lock and tells live
 * readers with `thread.locked`, in one transaction.
 */
@Injectable()
export class ThreadAutoCloseService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly realtime: RealtimeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work(AUTO_CLOSE_QUEUE, () => this.closeDue().then(() => undefined));
    this.jobs.schedule(AUTO_CLOSE_QUEUE, '* * * * *');
  }

  /** Locks every thread past its closing time; returns their ids. */
  async closeDue(): Promise<string[]> {
    return this.dataSource.transaction(async (manager) => {
      const closed = await ThreadsRepository.lockDue(manager, this.config.THREAD_AUTO_CLOSE_DAYS);
      for (const threadId of closed) {
        await this.realtime.publish(
          { threadId, type: 'thread.locked', data: { threadId, status: 'locked', reason: 'auto_close' } },
          manager,
        );
      }
      return closed;
    });
  }
}
