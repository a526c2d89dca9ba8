import { ThreadAutoCloseService } from './thread-auto-close.service.js';
import { Module } from '@nestjs/common';
import { FeaturedController } from './featured.controller.js';
import { PostFeaturesService } from './post-features.service.js';
import { PostNotificationsService } from './post-notifications.service.js';
import { PostPipeline } from './post-pipeline.service.js';
import { PostsController } from './posts.controller.js';
import { PostsService } from './posts.service.js';
import { ThreadsController } from './threads.controller.js';
import { UserPostsController } from './user-posts.controller.js';
import { VotesService } from './votes.service.js';

/**
 * Threads, posts, votes, revisions. Exports PostsService (getPostRow,
 * toResponse) and the PostPipeline the moderation module registers its checks with.
 */
@Module({
  controllers: [ThreadsController, PostsController, FeaturedController, UserPostsController],
  providers: [
    PostsService,
    VotesService,
    PostPipeline,
    PostNotificationsService,
    PostFeaturesService,
    ThreadAutoCloseService,
  ],
  exports: [PostsService, PostPipeline, PostNotificationsService],
})
export class DiscussionsModule {}
