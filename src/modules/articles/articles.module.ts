import { Module } from '@nestjs/common';
import { ArticleSyncService } from './article-sync.service.js';
import { ArticlesController } from './articles.controller.js';
import { CountsController } from './counts.controller.js';
import { ArticlesService } from './articles.service.js';

/** Articles and their corrections log; exports ArticlesService (findBySlugOrFail, getPlainText, setPollsProvider). */
@Module({
  controllers: [ArticlesController, CountsController],
  providers: [ArticlesService, ArticleSyncService],
  exports: [ArticlesService],
})
export class ArticlesModule {}
