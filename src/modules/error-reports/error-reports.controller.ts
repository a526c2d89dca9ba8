import { Body, Controller, Get, HttpCode, Ip, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiKeyScope,
  CurrentService,
  CurrentUser,
  Public,
  Roles,
  type Actor,
  type ServicePrincipal,
} from '../../common/auth/decorators.js';
import { UuidParamPipe } from '../../common/http/uuid-param.pipe.js';
import { ApiProblems } from '../../common/openapi/api-problems.decorator.js';
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
    operationId: 'createErrorReport',
    summary: 'Report an error in an article (signed in or not)',
    description: `The quote must occur in the article's title, summary or body, compared with whitespace collapsed, case folded and typographic quotes normalised. The same passage from the same reporter (account, or IP when anonymous) once per UTC day. ${PLAIN_TEXT_NOTE}`,
  })
  @ApiCreatedResponse({ type: ErrorReportCreatedDto })
  @ApiProblems({
    400: 'Malformed body (e.g. quote empty or over 1,000 characters, invalid email)',
    403: 'Suspended or banned account',
    404: 'No such published article',
    409: 'This reporter already reported this passage today',
    422: 'The quote does not occur in the article (field quote)',
    429: 'Too many reports from this IP or account',
  })
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
  @ApiKeyScope('error-reports:read')
  @ApiOperation({
    operationId: 'listErrorReports',
    summary: 'List error reports, oldest first (editor, moderator, admin)',
    description: PLAIN_TEXT_NOTE,
  })
  @ApiOkResponse({ type: ErrorReportPageDto })
  @ApiProblems({
    400: 'Bad filter, limit or cursor',
    403: 'Not an editor, moderator or admin, or a key without `error-reports:read`',
  })
  list(
    @CurrentUser() actor: Actor | undefined,
    @CurrentService() service: ServicePrincipal | undefined,
    @Query() query: ListErrorReportsQuery,
  ): Promise<Page<ErrorReportView>> {
    return this.reports.list(service ?? actor!, query);
  }

  @Get('error-reports/:id')
  @Public()
  @ApiKeyScope('error-reports:read')
  @ApiOperation({
    operationId: 'getErrorReport',
    summary: 'One error report and its history (staff, or its signed-in reporter)',
    description: `The reporter does not see the private contact fields. ${PLAIN_TEXT_NOTE}`,
  })
  @ApiOkResponse({ type: ErrorReportDetailDto })
  @ApiProblems({ 401: 'An unknown or revoked key', 403: 'A key without `error-reports:read`' })
  get(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() actor: Actor | undefined,
    @CurrentService() service: ServicePrincipal | undefined,
  ): Promise<ErrorReportDetail> {
    return this.reports.get(service ?? actor, id);
  }

  @Patch('error-reports/:id')
  @Roles(...ERROR_REPORT_HANDLERS)
  @ApiKeyScope('error-reports:write')
  @ApiOperation({
    operationId: 'updateErrorReport',
    summary: 'Move a report: open → accepted|rejected|duplicate|fixed, accepted → fixed|rejected',
    description:
      '"fixed" with correctionNote appends a dated note to the article\'s public corrections log; "duplicate" needs duplicateOfId (another report on the same article). The reporter is notified of every resolution (rejected, fixed, duplicate); an anonymous reporter who left an email gets a mail.',
  })
  @ApiOkResponse({ type: ErrorReportDetailDto, description: 'The report after the change' })
  @ApiProblems({
    403: 'Not an editor, moderator or admin, or account suspended/banned, or a key without `error-reports:write`',
    409: 'Transition not allowed from the current status (or another editor got there first)',
    422: 'duplicateOfId missing or not another report on the same article; correctionNote without "fixed"',
  })
  update(
    @Param('id', UuidParamPipe) id: string,
    @Body() body: UpdateErrorReportDto,
    @CurrentUser() actor: Actor | undefined,
    @CurrentService() service: ServicePrincipal | undefined,
  ): Promise<ErrorReportDetail> {
    return this.reports.transition(service ?? actor!, id, body);
  }
}
