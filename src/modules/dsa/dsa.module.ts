import { Module } from '@nestjs/common';
import { ModerationModule } from '../moderation/moderation.module.js';
import { DecisionsService } from './decisions.service.js';
import { DsaController } from './dsa.controller.js';
import { DsaRepository } from './dsa.repository.js';
import { NoticesService } from './notices.service.js';
import { TransparencyService } from './transparency.service.js';

/**
 * The Digital Services Act chain, above moderation: it follows moderation's
 * decisions through a registered hook (statements of reasons, notifiers told)
 * and acts through moderation's public service (an appeal reversed restores).
 */
@Module({
  imports: [ModerationModule],
  controllers: [DsaController],
  providers: [DsaRepository, NoticesService, DecisionsService, TransparencyService],
})
export class DsaModule {}
