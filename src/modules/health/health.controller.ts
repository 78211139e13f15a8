import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, type HealthCheckResult, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../../common/auth/authenticated.decorator.js';
import { SkipRateLimit } from '../../common/http/rate-limit.guard.js';
import { ProblemResponse } from '../../common/http/api-responses.js';
import { HealthDto } from './dto/health.dto.js';

@ApiTags('Health')
@Public()
@SkipRateLimit()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
  ) {}

  /** Liveness: the process is up and serving. */
  @Get('live')
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOkResponse({ type: HealthDto })
  getLiveness(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  /** Readiness: the database answers. 503 when it does not. */
  @Get('ready')
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOkResponse({ type: HealthDto })
  @ProblemResponse(503, 'The database does not answer.')
  getReadiness(): Promise<HealthCheckResult> {
    return this.health.check([() => this.database.pingCheck('database', { timeout: 2000 })]);
  }
}
