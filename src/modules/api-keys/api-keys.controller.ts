import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../common/auth/authenticated.decorator.js';
import { ClientIp, CurrentUser, type Principal } from '../../common/auth/principal.js';
import { ConditionalWrite, IdempotentPost, Problems } from '../../common/http/api-responses.js';
import { IfMatch } from '../../common/http/etag.js';
import { IdempotencyRedact } from '../../common/http/idempotency-redact.js';
import { UuidParam } from '../../common/http/uuid-param.js';
import { mapPage, PageOf, PageQueryDto } from '../../common/pagination.js';
import { toApiKeyDto } from './api-key.mapper.js';
import { ApiKeysService } from './api-keys.service.js';
import { ApiKeyDto, CreateApiKeyDto, CreatedApiKeyDto } from './dto/api-key.dto.js';

export class ApiKeyPageDto extends PageOf(ApiKeyDto, 'ApiKeyPageDto') {}

@ApiTags('Account')
@Authenticated()
@Controller('v1/me/api-keys')
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  /**
   * Create an API key. The secret is in this response only; it works as a Bearer token. An
   * Idempotency-Key replay returns the key's details without the secret (it is never stored).
   */
  @Post()
  @IdempotentPost()
  @IdempotencyRedact('key')
  @Problems.badRequest()
  async createApiKey(
    @CurrentUser() principal: Principal,
    @Body() body: CreateApiKeyDto,
    @ClientIp() ip: string,
  ): Promise<CreatedApiKeyDto> {
    const { apiKey, key } = await this.apiKeys.create(principal.userId, body.name, ip);
    return { ...toApiKeyDto(apiKey), key };
  }

  /** List your API keys (never their secrets), newest first. */
  @Get()
  @Problems.badRequest()
  async listApiKeys(@CurrentUser() principal: Principal, @Query() page: PageQueryDto): Promise<ApiKeyPageDto> {
    return mapPage(await this.apiKeys.list(principal.userId, page), toApiKeyDto);
  }

  /** Revoke an API key; it stops working at once. */
  @Delete(':id')
  @HttpCode(204)
  @ConditionalWrite()
  @Problems.badRequest()
  @Problems.notFound('API key')
  async revokeApiKey(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @IfMatch() expectedVersion: number | undefined,
    @ClientIp() ip: string,
  ): Promise<void> {
    await this.apiKeys.revoke(principal.userId, id, expectedVersion, ip);
  }
}
