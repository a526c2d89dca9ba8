import { Module } from '@nestjs/common';
import { PostNotificationsService } from './post-notifications.service.js';
import { PostPipeline } from './post-pipeline.service.js';
import { PostsController } from './posts.controller.js';
import { PostsService } from './posts.service.js';
import { ThreadsController } from './threads.controller.js';
import { VotesService } from './votes.service.js';

/**
 * Threads, posts, votes, revisions. Exports PostsService (getPostRow,
 * toResponse) and the PostPipeline the moderation module registers its checks with.
 */
@Module({
  controllers: [ThreadsController, PostsController],
  providers: [PostsService, VotesService, PostPipeline, PostNotificationsService],
  exports: [PostsService, PostPipeline, PostNotificationsService],
})
export class DiscussionsModule {}
