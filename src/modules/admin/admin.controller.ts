import { Body, Controller, Get, Patch, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated } from '../../common/auth/authenticated.decorator.js';
import { ClientIp, CurrentUser, type Principal } from '../../common/auth/principal.js';
import { AppError } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { ConditionalWrite, Problems } from '../../common/http/api-responses.js';
import { IfMatch, setETag } from '../../common/http/etag.js';
import { UuidParam } from '../../common/http/uuid-param.js';
import { mapPage, PageOf } from '../../common/pagination.js';
import { ApiKeysService } from '../api-keys/api-keys.service.js';
import { AuditService } from '../audit/audit.service.js';
import { UserDto } from '../users/dto/user.dto.js';
import { UserRole } from '../users/user.entity.js';
import { toUserDto } from '../users/user.mapper.js';
import { UsersService } from '../users/users.service.js';
import { AdminRepository } from './admin.repository.js';
import {
  AdminStatsDto,
  AdminUpdateUserDto,
  AuditLogEntryDto,
  ListAuditLogQueryDto,
  ListUsersQueryDto,
} from './dto/admin.dto.js';

export class UserPageDto extends PageOf(UserDto, 'UserPageDto') {}
export class AuditLogPageDto extends PageOf(AuditLogEntryDto, 'AuditLogPageDto') {}

@ApiTags('Admin')
@Authenticated({ admin: true })
@Controller('v1/admin')
export class AdminController {
  constructor(
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly apiKeys: ApiKeysService,
    private readonly admin: AdminRepository,
  ) {}

  /** List accounts, newest first (never with password hashes). */
  @Get('users')
  @Problems.badRequest()
  async listUsers(@Query() query: ListUsersQueryDto): Promise<UserPageDto> {
    const { role, disabled, q, ...page } = query;
    return mapPage(await this.users.list(page, { role, disabled, q }), toUserDto);
  }

  /** Disable or re-enable an account, or change its role. You can't demote or disable yourself. */
  @Patch('users/:id')
  @ConditionalWrite()
  @Problems.badRequest()
  @Problems.notFound('user')
  @Problems.unprocessable('You tried to demote or disable your own account.', ErrorCode.AdminSelfLockout)
  async updateUser(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @Body() body: AdminUpdateUserDto,
    @IfMatch() expectedVersion: number | undefined,
    @ClientIp() ip: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UserDto> {
    if (id === principal.userId && (body.disabled === true || (body.role && body.role !== UserRole.Admin))) {
      throw new AppError(ErrorCode.AdminSelfLockout, 'You cannot demote or disable your own account.');
    }
    const user = await this.users.adminUpdate(principal.userId, id, body, expectedVersion, ip);
    setETag(reply, user.version);
    return toUserDto(user);
  }

  /** The audit log, newest first: sign-ups, logins, token reuse, API keys, admin changes. */
  @Get('audit-log')
  @Problems.badRequest()
  async listAuditLog(@Query() query: ListAuditLogQueryDto): Promise<AuditLogPageDto> {
    const { action, actorId, ...page } = query;
    const entries = await this.audit.list(page, { action, actorId });
    const actorIds = [...new Set(entries.data.map((entry) => entry.actorId).filter((id): id is string => id !== null))];
    const emails = await this.admin.emails(actorIds);
    return mapPage(entries, (entry) => ({
      ...entry,
      actorEmail: entry.actorId === null ? null : (emails.get(entry.actorId) ?? null),
    }));
  }

  /**
   * Service-wide figures: accounts, live API keys, active users (seen in the last 7 and 30 days),
   * requests and server errors per day (the last 30 days, newest first; counted by every instance,
   * saved every 10 s) and the database size in bytes.
   */
  @Get('stats')
  async getAdminStats(): Promise<AdminStatsDto> {
    const [users, liveApiKeys, usage] = await Promise.all([
      this.users.stats(),
      this.apiKeys.countLive(),
      this.admin.usage(),
    ]);
    return { users, liveApiKeys, ...usage };
  }
}
