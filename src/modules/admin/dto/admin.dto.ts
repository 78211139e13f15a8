import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination.js';
import { Optional, ValidateEnum } from '../../../common/validation.js';
import { AuditAction } from '../../audit/audit-log.entity.js';
import { UserRole } from '../../users/user.entity.js';

export class AdminUpdateUserDto {
  /** Disable (or re-enable) the account. A disabled user's tokens and API keys stop working at once. */
  @Optional()
  @IsBoolean()
  disabled?: boolean;

  @ValidateEnum(UserRole, 'UserRole', { optional: true })
  role?: UserRole;
}

export class ListUsersQueryDto extends PageQueryDto {
  @ValidateEnum(UserRole, 'UserRole', { optional: true })
  role?: UserRole;

  /** `true` or `false`. */
  @ApiPropertyOptional({ type: Boolean })
  @Optional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  disabled?: boolean;

  /** Part of an email address. */
  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(320)
  q?: string;
}

export class ListAuditLogQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: AuditAction, enumName: 'AuditAction' })
  @Optional()
  @IsIn(Object.values(AuditAction))
  action?: AuditAction;

  @ApiPropertyOptional({ format: 'uuid' })
  @Optional()
  @IsUUID('all')
  actorId?: string;
}

export class AuditLogEntryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  createdAt: Date;

  @ApiProperty({ enum: AuditAction, enumName: 'AuditAction' })
  action: AuditAction;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  actorId: string | null;

  /** The actor's email now (null without an actor, or when the account no longer exists). */
  @ApiProperty({ type: String, nullable: true })
  actorEmail: string | null;

  /** What the event is about: a user id, an API key id, or the email of a failed login. */
  @ApiProperty({ type: String, nullable: true })
  subject: string | null;

  @ApiProperty({ type: String, nullable: true })
  ip: string | null;

  @ApiProperty({ type: 'object', additionalProperties: true })
  details: Record<string, unknown>;
}

export class AdminStatsDto {
  users: { total: number; admins: number; disabled: number; registeredLast7Days: number };

  /** API keys that have not been revoked. */
  liveApiKeys: number;

  /** Distinct users who made an authenticated request in the last 7 and 30 days. */
  activeUsers: ActiveUsersDto;

  /** Requests and server errors (5xx) per UTC day, the last 30 days with traffic, newest first. */
  @ApiProperty({ type: () => UsageDayDto, isArray: true })
  requestsPerDay: UsageDayDto[];

  /** `pg_database_size` of the application's database, in bytes. */
  databaseBytes: number;
}

export class ActiveUsersDto {
  last7Days: number;

  last30Days: number;
}

export class UsageDayDto {
  /** The UTC day, YYYY-MM-DD. */
  @ApiProperty({ example: '2026-12-01' })
  day: string;

  requests: number;

  /** Responses with a 5xx status. */
  errors: number;
}
