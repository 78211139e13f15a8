import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../common/auth/authenticated.decorator.js';
import { CurrentUser, type Principal } from '../../common/auth/principal.js';
import { ProblemResponse, Problems } from '../../common/http/api-responses.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { SYNC_DEFAULT_LIMIT, SyncPageDto, SyncQueryDto } from './dto/sync.dto.js';
import { SyncService } from './sync.service.js';

@ApiTags('Sync')
@Authenticated()
@Controller('v1/sync')
export class SyncController {
  constructor(private readonly sync: SyncService) {}

  /**
   * Everything that changed since `since`, for mobile sync (docs/sync.md): upserts and deletes of
   * every entity you own, oldest change first, `limit` at a time. Without `since`, a full sync in
   * pages. Keep the returned `cursor` and pass it next time; while `hasMore`, call again at once.
   */
  @Get()
  @Problems.badRequest()
  @ProblemResponse(
    410,
    'The cursor is no longer valid: start a full sync without `since`.',
    ErrorCode.SyncCursorExpired,
  )
  getChanges(@CurrentUser() principal: Principal, @Query() query: SyncQueryDto): Promise<SyncPageDto> {
    return this.sync.changes(principal.userId, query.since, query.limit ?? SYNC_DEFAULT_LIMIT);
  }
}
