import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module.js';
import { ErrorReportsController } from './error-reports.controller.js';
import { ErrorReportsService } from './error-reports.service.js';

/** "Signalez-nous": error reports on articles, from reader to public correction. */
@Module({
  imports: [ArticlesModule],
  controllers: [ErrorReportsController],
  providers: [ErrorReportsService],
  exports: [ErrorReportsService],
})
export class ErrorReportsModule {}
