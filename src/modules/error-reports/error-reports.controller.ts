import { Body, Controller, Get, HttpCode, Ip, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public, Roles, type Actor } from '../../common/auth/decorators.js';
import { UuidParamPipe } from '../../common/http/uuid-param.pipe.js';
import type { Page } from '../../common/pagination/cursor.js';
import { RateLimit } from '../../platform/rate-limit/rate-limit.decorator.js';
import { RateLimitService } from '../../platform/rate-limit/rate-limit.service.js';
import {
  CreateErrorReportDto,
  ErrorReportCreatedDto,
  ErrorReportDetailDto,
  ErrorReportPageDto,
  ListErrorReportsQuery,
  UpdateErrorReportDto,
} from './dto/error-reports.dto.js';
import './error-reports.messages.js';
import { ERROR_REPORT_HANDLERS } from './error-reports.policy.js';
import { ErrorReportsService, type ErrorReportDetail, type ErrorReportView } from './error-reports.service.js';

const PLAIN_TEXT_NOTE =
  'quote, suggestion, comment and notes are plain text, returned exactly as stored: clients must escape them (never insert them as HTML).';

/** "Signalez-nous": readers report errors in articles; the newsroom handles them. */
@ApiTags('error-reports')
@ApiBearerAuth()
@Controller()
export class ErrorReportsController {
  constructor(
    private readonly reports: ErrorReportsService,
    private readonly rateLimits: RateLimitService,
  ) {}

  @Post('articles/:slug/error-reports')
  @Public()
  @RateLimit('errorReportsPerHour')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Report an error in an article (signed in or not)',
    description: `The quote must occur in the article's title, summary or body, compared with whitespace collapsed, case folded and typographic quotes normalised. The same passage from the same reporter (account, or IP when anonymous) once per UTC day. ${PLAIN_TEXT_NOTE}`,
  })
  @ApiResponse({ status: 201, type: ErrorReportCreatedDto })
  @ApiResponse({
    status: 400,
    description: 'Malformed body (e.g. quote empty or over 1,000 characters, invalid email)',
  })
  @ApiResponse({ status: 403, description: 'Suspended or banned account' })
  @ApiResponse({ status: 404, description: 'No such published article' })
  @ApiResponse({ status: 409, description: 'This reporter already reported this passage today' })
  @ApiResponse({ status: 422, description: 'The quote does not occur in the article (field quote)' })
  @ApiResponse({ status: 429, description: 'Too many reports from this IP or account; see Retry-After' })
  async create(
    @Param('slug') slug: string,
    @Body() body: CreateErrorReportDto,
    @CurrentUser() actor: Actor | undefined,
    @Ip() ip: string,
  ): Promise<{ id: string; status: 'open' }> {
    // Per IP through @RateLimit; a signed-in reporter is also limited per account, whatever its addresses.
    if (actor) await this.rateLimits.consume('errorReportsPerHour', `user:${actor.id}`);
    return this.reports.create(slug, { actor, ip: ip ?? 'unknown' }, body);
  }

  @Get('error-reports')
  @Roles(...ERROR_REPORT_HANDLERS)
  @ApiOperation({
    summary: 'List error reports, oldest first (editor, moderator, admin)',
    description: PLAIN_TEXT_NOTE,
  })
  @ApiResponse({ status: 200, type: ErrorReportPageDto })
  @ApiResponse({ status: 400, description: 'Bad filter, limit or cursor' })
  @ApiResponse({ status: 401 })
  @ApiResponse({ status: 403, description: 'Not an editor, moderator or admin' })
  list(@CurrentUser() actor: Actor, @Query() query: ListErrorReportsQuery): Promise<Page<ErrorReportView>> {
    return this.reports.list(actor, query);
  }

  @Get('error-reports/:id')
  @Public()
  @ApiOperation({
    summary: 'One error report and its history (staff, or its signed-in reporter)',
    description: `The reporter does not see the private contact fields. ${PLAIN_TEXT_NOTE}`,
  })
  @ApiResponse({ status: 200, type: ErrorReportDetailDto })
  @ApiResponse({ status: 404, description: 'Absent, or not visible to the caller' })
  get(@Param('id', UuidParamPipe) id: string, @CurrentUser() actor: Actor | undefined): Promise<ErrorReportDetail> {
    return this.reports.get(actor, id);
  }

  @Patch('error-reports/:id')
  @Roles(...ERROR_REPORT_HANDLERS)
  @ApiOperation({
    summary: 'Move a report: open → accepted|rejected|duplicate|fixed, accepted → fixed|rejected',
    description:
      '"fixed" with correctionNote appends a dated note to the article\'s public corrections log; "duplicate" needs duplicateOfId (another report on the same article). The reporter is notified of every resolution (rejected, fixed, duplicate); an anonymous reporter who left an email gets a mail.',
  })
  @ApiResponse({ status: 200, type: ErrorReportDetailDto })
  @ApiResponse({ status: 400, description: 'Malformed body' })
  @ApiResponse({ status: 401 })
  @ApiResponse({ status: 403, description: 'Not an editor, moderator or admin, or account suspended/banned' })
  @ApiResponse({ status: 404 })
  @ApiResponse({
    status: 409,
    description: 'Transition not allowed from the current status (or another editor got there first)',
  })
  @ApiResponse({
    status: 422,
    description: 'duplicateOfId missing or not another report on the same article; correctionNote without "fixed"',
  })
  update(
    @Param('id', UuidParamPipe) id: string,
    @Body() body: UpdateErrorReportDto,
    @CurrentUser() actor: Actor,
  ): Promise<ErrorReportDetail> {
    return this.reports.transition(actor, id, body);
  }
}
