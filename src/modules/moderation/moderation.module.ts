import { Module, type OnModuleInit } from '@nestjs/common';
import { DiscussionsModule } from '../discussions/discussions.module.js';
import { PostPipeline } from '../discussions/post-pipeline.service.js';
import { AuditLogService } from './audit-log.service.js';
import { FlagsController } from './flags.controller.js';
import { FlagsService } from './flags.service.js';
import { ModerationHooks } from './moderation-hooks.service.js';
import { ModerationPostCheck } from './moderation-post-check.js';
import { ModerationController } from './moderation.controller.js';
import { ModerationService } from './moderation.service.js';
import { QueueService } from './queue.service.js';
import { ScorerCheck } from './scorer.check.js';
import { TargetedPremoderationCheck } from './targeted-premoderation.check.js';
import { UserContextController } from './user-context.controller.js';
import { UserContextRepository } from './user-context.repository.js';
import { UserContextService } from './user-context.service.js';
import { WatchedWordsService } from './watched-words.service.js';

/**
 * Flags, the review queue, watched words, moderator actions and the audit log
 * reader. (AuditService, the writer, lives in the global AuditModule.) Plugs its
 * checks into the discussions' post pipeline at start-up.
 */
@Module({
  imports: [DiscussionsModule],
  controllers: [FlagsController, ModerationController, UserContextController],
  providers: [
    FlagsService,
    QueueService,
    ModerationService,
    WatchedWordsService,
    AuditLogService,
    ModerationPostCheck,
    ModerationHooks,
    UserContextRepository,
    UserContextService,
    TargetedPremoderationCheck,
    ScorerCheck,
  ],
  exports: [WatchedWordsService, ModerationPostCheck, ModerationHooks, ModerationService],
})
export class ModerationModule implements OnModuleInit {
  constructor(
    private readonly pipeline: PostPipeline,
    private readonly postCheck: ModerationPostCheck,
    private readonly targeted: TargetedPremoderationCheck,
    private readonly scorer: ScorerCheck,
  ) {}

  onModuleInit(): void {
    // Targeted holds first: ModerationPostCheck's afterStore opens the queue item for every reason gathered.
    this.pipeline.register(this.targeted);
    this.pipeline.register(this.postCheck);
    // Last: it weighs the watched words the checks before it found.
    this.pipeline.register(this.scorer);
  }
}
