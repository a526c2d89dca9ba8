import { Module, type OnModuleInit } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module.js';
import { ArticlesService } from '../articles/articles.service.js';
import { PollsController } from './polls.controller.js';
import { PollsService } from './polls.service.js';

/**
 * Reader polls under articles. The article page shows its polls: this module
 * plugs PollsService into ArticlesService at start (articles do not import polls).
 */
@Module({
  imports: [ArticlesModule],
  controllers: [PollsController],
  providers: [PollsService],
  exports: [PollsService],
})
export class PollsModule implements OnModuleInit {
  constructor(
    private readonly articles: ArticlesService,
    private readonly polls: PollsService,
  ) {}

  onModuleInit(): void {
    this.articles.setPollsProvider({
      pollsForArticle: (articleId, viewer) => this.polls.listForArticle(articleId, viewer),
    });
  }
}
