import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOperation, ApiResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AllowInactive, Authenticated, CurrentUser, Public, Roles, type Actor } from '../../common/auth/decorators.js';
import { badRequest } from '../../common/errors/problem.js';
import { UuidParamPipe } from '../../common/http/uuid-param.pipe.js';
import { RequestLanguage } from '../../common/i18n/request-language.decorator.js';
import type { Language } from '../../common/i18n/messages.js';
import { PageQuery, type Page } from '../../common/pagination/cursor.js';
import { RateLimit } from '../../platform/rate-limit/rate-limit.decorator.js';
import { RateLimitService } from '../../platform/rate-limit/rate-limit.service.js';
import { DecisionsService, type DecisionView } from './decisions.service.js';
import {
  AppealCreatedDto,
  AppealDecidedDto,
  AppealDto,
  CreateNoticeDto,
  DecideAppealDto,
  DecisionPageDto,
  NoticeCreatedDto,
  TransparencyQuery,
} from './dto/dsa.dto.js';
import { TransparencyReportDto } from './dto/dsa.responses.js';
import './dsa.messages.js';
import { NoticesService } from './notices.service.js';
import { TransparencyService, transparencyCsv, type TransparencyReport } from './transparency.service.js';

/** The EU Digital Services Act chain: notices (art. 16), statements of reasons (17), appeals (20), figures (15/24). */
@ApiTags('dsa')
@Controller()
export class DsaController {
  constructor(
    private readonly notices: NoticesService,
    private readonly decisions: DecisionsService,
    private readonly transparency: TransparencyService,
    private readonly rateLimits: RateLimitService,
  ) {}

  @Post('dsa/notices')
  @Public()
  @RateLimit('dsaNoticesPerHour')
  @HttpCode(201)
  @ApiOperation({
    operationId: 'createDsaNotice',
    summary: 'Notify illegal content (DSA art. 16), with or without an account',
    description:
      'Queues the post for review (kind `dsa_notice`) and mails an acknowledgement; the notifier is mailed the decision.',
  })
  @ApiResponse({ status: 201, type: NoticeCreatedDto })
  @ApiResponse({ status: 400, description: 'Missing or invalid field (goodFaith must be true, email valid)' })
  @ApiResponse({ status: 404, description: 'No such post' })
  @ApiResponse({ status: 429, description: 'Too many notices from this IP or account; see Retry-After' })
  async notify(
    @Body() body: CreateNoticeDto,
    @CurrentUser() actor: Actor | undefined,
    @RequestLanguage() language: Language,
  ): Promise<{ id: string }> {
    if (actor) await this.rateLimits.consume('dsaNoticesPerHour', `user:${actor.id}`);
    return this.notices.create(body, actor, language);
  }

  @Get('me/decisions')
  @Authenticated()
  @ApiOperation({
    operationId: 'listMyDecisions',
    summary: 'The statements of reasons about my posts (DSA art. 17), newest first',
    description:
      'Written for every hide, reject and approval refusal (by a moderator or automated), with the appeal if any.',
  })
  @ApiResponse({ status: 200, type: DecisionPageDto })
  @ApiResponse({ status: 400, description: 'Bad limit or cursor' })
  @ApiResponse({ status: 401, description: 'Not signed in' })
  myDecisions(@CurrentUser() actor: Actor, @Query() query: PageQuery): Promise<Page<DecisionView>> {
    return this.decisions.listMine(actor, query.limit, query.cursor);
  }

  @Post('decisions/:id/appeal')
  @Authenticated()
  @AllowInactive()
  @HttpCode(201)
  @ApiOperation({
    operationId: 'appealDecision',
    summary: 'Appeal a decision about my post (DSA art. 20), within six months, once',
    description: 'Open to suspended and banned accounts too: the restriction is what they appeal.',
  })
  @ApiResponse({ status: 201, type: AppealCreatedDto })
  @ApiResponse({ status: 400, description: 'Missing or too long explanation' })
  @ApiResponse({ status: 401, description: 'Not signed in' })
  @ApiResponse({ status: 404, description: 'No such decision about one of my posts' })
  @ApiResponse({ status: 409, description: 'This decision was already appealed' })
  @ApiResponse({ status: 422, description: 'More than six months after the decision' })
  appeal(@CurrentUser() actor: Actor, @Param('id', UuidParamPipe) id: string, @Body() body: AppealDto) {
    return this.decisions.appeal(actor, id, body.explanation);
  }

  @Post('moderation/appeals/:id/decide')
  @Roles('moderator', 'admin')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'decideAppeal',
    summary: 'Decide an appeal: upheld, or reversed (the post is restored); the author is told',
    description: 'Only someone other than the moderator who took the decision may decide its appeal.',
  })
  @ApiResponse({ status: 200, type: AppealDecidedDto })
  @ApiResponse({ status: 400, description: 'Bad outcome or missing note' })
  @ApiResponse({ status: 401, description: 'Not signed in' })
  @ApiResponse({ status: 403, description: 'Not a moderator or admin, or the moderator who took the decision' })
  @ApiResponse({ status: 404, description: 'No such appeal' })
  @ApiResponse({ status: 409, description: 'Already decided' })
  decide(@CurrentUser() actor: Actor, @Param('id', UuidParamPipe) id: string, @Body() body: DecideAppealDto) {
    return this.decisions.decide(actor, id, body.outcome, body.note);
  }

  @Get('admin/transparency')
  @Roles('admin')
  @ApiOperation({
    operationId: 'getTransparencyReport',
    summary: 'Transparency figures (DSA art. 15/24) for a period; `Accept: text/csv` for CSV',
    description:
      'Decisions by action, ground, source and automation; notices and appeals by outcome; median times to decision.',
  })
  @ApiResponse({
    status: 200,
    description: 'The report (JSON, or CSV rows section,key,value)',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(TransparencyReportDto) } },
      'text/csv': { schema: { type: 'string', example: 'section,key,value\ndecisions,total,15\n' } },
    },
  })
  @ApiExtraModels(TransparencyReportDto)
  @ApiResponse({ status: 400, description: 'from/to not dates, or from after to' })
  @ApiResponse({ status: 401, description: 'Not signed in' })
  @ApiResponse({ status: 403, description: 'Not an admin' })
  async report(
    @Query() query: TransparencyQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TransparencyReport | string> {
    const { from, to } = period(query);
    const report = await this.transparency.report(from, to);
    if (!accept?.includes('text/csv')) return report;
    reply.type('text/csv; charset=utf-8');
    return transparencyCsv(report);
  }
}

/** The requested whole days, defaulting to the year up to today (UTC). */
function period(query: TransparencyQuery): { from: string; to: string } {
  const to = query.to ?? new Date().toISOString().slice(0, 10);
  const defaultFrom = new Date(`${to}T00:00:00Z`);
  defaultFrom.setUTCFullYear(defaultFrom.getUTCFullYear() - 1);
  const from = query.from ?? defaultFrom.toISOString().slice(0, 10);
  const valid = (day: string) =>
    !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);
  const wrong = !valid(from) || from > to ? 'from' : !valid(to) ? 'to' : null;
  if (wrong) throw badRequest('dsa.invalid_period', {}, [{ field: wrong, code: 'dsa.invalid_period' }]);
  return { from, to };
}
