import { Global, Module, type DynamicModule } from '@nestjs/common';
import { JobQueue } from './job-queue.service.js';
import { DATABASE_URL } from './jobs.tokens.js';
import { Outbox } from './outbox.js';

/** The job queue and its outbox, available to every feature. */
@Global()
@Module({})
export class JobsModule {
  static forRoot(databaseUrl: string): DynamicModule {
    return {
      module: JobsModule,
      providers: [{ provide: DATABASE_URL, useValue: databaseUrl }, JobQueue, Outbox],
      exports: [JobQueue, Outbox],
    };
  }
}
