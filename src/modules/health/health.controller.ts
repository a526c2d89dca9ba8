import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../../common/auth/decorators.js';
import { ApiProblems } from '../../common/openapi/api-problems.decorator.js';
import { ShutdownState } from './shutdown-state.js';

class LivenessDto {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
}

const INDICATORS = {
  type: 'object',
  additionalProperties: { type: 'object', properties: { status: { type: 'string' } }, additionalProperties: true },
} as const;

/** @nestjs/terminus' health check result. */
class ReadinessDto {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
  @ApiProperty({ ...INDICATORS, example: { database: { status: 'up' } } }) info: object;
  @ApiProperty({ ...INDICATORS, example: {} }) error: object;
  @ApiProperty({ ...INDICATORS, example: { database: { status: 'up' } } }) details: object;
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly shutdown: ShutdownState,
  ) {}

  @Get()
  @Public()
  @ApiOperation({
    operationId: 'getLiveness',
    summary: 'Liveness',
    description: '200 while the process runs; touches nothing else.',
  })
  @ApiOkResponse({ type: LivenessDto })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @Public()
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  @ApiOperation({
    operationId: 'getReadiness',
    summary: 'Readiness',
    description: '200 when the database answers within 1.5 s; 503 otherwise, or while the instance drains.',
  })
  @ApiOkResponse({ type: ReadinessDto })
  @ApiProblems({ 503: 'Database unreachable or instance draining' })
  async ready() {
    if (this.shutdown.isDraining) throw new ServiceUnavailableException('draining');
    return this.health.check([() => this.database.pingCheck('database', { timeout: 1500 })]);
  }
}
