import { Module, type OnModuleInit } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module.js';
import { UsersModule } from '../users/users.module.js';
import { UsersService } from '../users/users.service.js';
import { ErrorReportsController } from './error-reports.controller.js';
import { ErrorReportsService } from './error-reports.service.js';

/** "Signalez-nous": error reports on articles, from reader to public correction. */
@Module({
  imports: [ArticlesModule, UsersModule],
  controllers: [ErrorReportsController],
  providers: [ErrorReportsService],
  exports: [ErrorReportsService],
})
export class ErrorReportsModule implements OnModuleInit {
  constructor(
    private readonly users: UsersService,
    private readonly reports: ErrorReportsService,
  ) {}

  /** An erased reader's reports keep no contact address. */
  onModuleInit(): void {
    this.users.onErase((manager, userId) => this.reports.forgetReporterContact(manager, userId));
  }
}
