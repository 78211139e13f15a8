import { Readable } from 'node:stream';
import { Body, Controller, Delete, Get, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated } from '../../common/auth/authenticated.decorator.js';
import { CurrentUser, type Principal } from '../../common/auth/principal.js';
import { IdempotentPost, ProblemResponse, Problems } from '../../common/http/api-responses.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { DataExportService } from './data-export.service.js';
import { DeleteAccountDto, ImportResultDto } from './dto/data-rights.dto.js';
import { ErasureService } from './erasure.service.js';

/** A user's right to their data (docs/data-rights.md): take it all, bring it back, or delete the account. */
@ApiTags('Account')
@Authenticated()
@Controller('v1/me')
export class MyDataController {
  constructor(
    private readonly exports: DataExportService,
    private readonly erasure: ErasureService,
  ) {}

  /**
   * Everything you own as one JSON document (format `snowball-export`, version 1): your profile
   * (no secrets), every contact, inquiry, question, participant, referral, interaction, insight,
   * reflection, commitment and opportunity (deleted ones too, with `deletedAt`), and your API keys
   * (no secrets). Streamed from one consistent snapshot.
   */
  @Get('export')
  @ApiOkResponse({
    description: 'The export document (docs/data-rights.md), sent as an attachment.',
    schema: { type: 'object', properties: { format: { type: 'string', example: 'snowball-export' } } },
  })
  exportMyData(@CurrentUser() principal: Principal, @Res() reply: FastifyReply): FastifyReply {
    return reply
      .type('application/json; charset=utf-8')
      .header('content-disposition', 'attachment; filename="snowball-export.json"')
      .header('cache-control', 'no-store')
      .send(Readable.from(this.exports.stream(principal.userId), { objectMode: false }));
  }

  /**
   * Restores an export into this account, which must hold no data yet (409 `account_not_empty`).
   * Every row keeps its id, version and timestamps. Bodies up to 50 MiB.
   */
  @Post('import')
  @HttpCode(200)
  @IdempotentPost()
  @ApiBody({ description: 'A document from GET /v1/me/export.', schema: { type: 'object' } })
  @Problems.badRequest()
  @Problems.conflict('The account already holds data.', ErrorCode.AccountNotEmpty)
  @ProblemResponse(413, 'The document is larger than 50 MiB.', {
    code: ErrorCode.PayloadTooLarge,
    detail: 'The request body is larger than the 50 MiB this route accepts.',
  })
  async importMyData(@CurrentUser() principal: Principal, @Body() document: unknown): Promise<ImportResultDto> {
    return { imported: await this.exports.import(principal.userId, document) };
  }

  /**
   * Deletes your account and everything you own, for good: every record, your sessions and API keys
   * (they stop working at once). Confirm with your password. The audit log keeps only that an account
   * was deleted.
   */
  @Delete()
  @HttpCode(204)
  @Problems.badRequest()
  @ProblemResponse(403, 'The password does not match.', ErrorCode.PasswordConfirmationFailed)
  async deleteMyAccount(@CurrentUser() principal: Principal, @Body() body: DeleteAccountDto): Promise<void> {
    await this.erasure.deleteAccount(principal.userId, body.password);
  }
}
