import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../common/auth/authenticated.decorator.js';
import { CurrentUser, type Principal } from '../../common/auth/principal.js';
import { Problems } from '../../common/http/api-responses.js';
import { UuidParam } from '../../common/http/uuid-param.js';
import { EraseContactDto, ErasureDto } from './dto/data-rights.dto.js';
import { ErasureService } from './erasure.service.js';

@ApiTags('Contacts')
@Authenticated()
@Controller('v1/contacts')
export class ContactErasureController {
  constructor(private readonly erasure: ErasureService) {}

  /**
   * Erase a contact completely (not a soft delete): the person and everything about them —
   * interactions, insights (or, with `keepInsights`, the insights without the contact), referrals
   * from and to them (waves recomputed), participations, commitments, opportunities, and the stored
   * replays and audit entries naming them. Works on a deleted contact too. Sync reports every
   * removed row as a delete. Cannot be undone.
   */
  @Post(':id/erase')
  @HttpCode(200)
  @Problems.badRequest()
  @Problems.notFound('contact')
  eraseContact(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @Body() body: EraseContactDto,
  ): Promise<ErasureDto> {
    return this.erasure.eraseContact(principal.userId, id, body.keepInsights ?? false);
  }
}
