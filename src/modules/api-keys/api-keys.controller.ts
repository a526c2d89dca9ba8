import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiResponse } from '@nestjs/swagger';
import { AdminOnly } from '../../common/auth/admin-only.decorator.js';
import { CurrentUser, type Actor } from '../../common/auth/decorators.js';
import { UuidParamPipe } from '../../common/http/uuid-param.pipe.js';
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
    summary: 'Create a service API key',
    description:
      'The key (`trb_` + 43 characters) is in this answer only: Tribune stores its SHA-256. Send it as ' +
      '`Authorization: Bearer trb_…`; in a query string it is refused (400). Audited.',
  })
  @ApiResponse({ status: 201, type: CreatedApiKeyDto })
  @ApiResponse({ status: 400, description: 'Missing name, or an unknown scope' })
  create(@CurrentUser() actor: Actor, @Body() body: CreateApiKeyDto): Promise<CreatedApiKeyDto> {
    return this.apiKeys.create(actor, body.name, body.scopes);
  }

  @Get()
  @ApiOperation({ summary: 'List the active API keys (never the keys themselves)' })
  @ApiResponse({ status: 200, type: ApiKeyListDto })
  list(): Promise<ApiKeyListDto> {
    return this.apiKeys.list();
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke an API key', description: 'The key fails on its very next request. Audited.' })
  @ApiResponse({ status: 204, description: 'Revoked' })
  @ApiResponse({ status: 404, description: 'No such active key' })
  async revoke(@CurrentUser() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<void> {
    await this.apiKeys.revoke(actor, id);
  }
}
