import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { AdminOnly } from '../../common/auth/admin-only.decorator.js';
import { CurrentUser, type Actor } from '../../common/auth/decorators.js';
import { UuidParamPipe } from '../../common/http/uuid-param.pipe.js';
import { ApiProblems } from '../../common/openapi/api-problems.decorator.js';
import './api-keys.messages.js';
import { ApiKeysService } from './api-keys.service.js';
import { ApiKeyListDto, CreateApiKeyDto, CreatedApiKeyDto } from './dto/api-keys.dto.js';

/** Service API keys for the newsroom's systems. Active admins only. */
@AdminOnly()
@Controller('admin/api-keys')
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Post()
  @ApiOperation({
    operationId: 'createApiKey',
    summary: 'Create a service API key',
    description:
      'The key (`trb_` + 43 characters) is in this answer only: Tribune stores its SHA-256. Send it as ' +
      '`Authorization: Bearer trb_…`; in a query string it is refused (400). Audited.',
  })
  @ApiCreatedResponse({ type: CreatedApiKeyDto })
  @ApiProblems({ 400: 'Missing name, or an unknown scope' })
  create(@CurrentUser() actor: Actor, @Body() body: CreateApiKeyDto): Promise<CreatedApiKeyDto> {
    return this.apiKeys.create(actor, body.name, body.scopes);
  }

  @Get()
  @ApiOperation({
    operationId: 'listApiKeys',
    summary: 'List the active API keys',
    description: 'Name, scopes, prefix, creation and last use of each active key; never the keys themselves.',
  })
  @ApiOkResponse({ type: ApiKeyListDto })
  list(): Promise<ApiKeyListDto> {
    return this.apiKeys.list();
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({
    operationId: 'revokeApiKey',
    summary: 'Revoke an API key',
    description: 'The key fails on its very next request. Audited.',
  })
  @ApiNoContentResponse({ description: 'Revoked' })
  @ApiProblems({ 404: 'No such active key' })
  async revoke(@CurrentUser() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<void> {
    await this.apiKeys.revoke(actor, id);
  }
}
