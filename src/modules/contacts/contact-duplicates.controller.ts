import { Controller, Delete, Get, HttpCode, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../common/auth/authenticated.decorator.js';
import { CurrentUser, type Principal } from '../../common/auth/principal.js';
import { Problems } from '../../common/http/api-responses.js';
import { UuidParam } from '../../common/http/uuid-param.js';
import { ContactDuplicatesService } from './contact-duplicates.service.js';
import { DuplicatePairPageDto, ListDuplicatesQueryDto } from './dto/contact-duplicates.dto.js';

@ApiTags('Contacts')
@Authenticated()
@Controller('v1/contacts')
export class ContactDuplicatesController {
  constructor(private readonly duplicates: ContactDuplicatesService) {}

  /**
   * Pairs of live contacts that are likely one person, strongest first (`score`, then the ids), each
   * pair once (the lower id first) with every reason found: the same email, an email written two ways,
   * the same LinkedIn profile, the same phone, the same or a similar name at the same organisation
   * (docs/domain.md). Pairs marked "not a duplicate" are left out. Merge a pair with
   * `POST /v1/contacts/{id}/merge`.
   */
  @Get('duplicates')
  @Problems.badRequest()
  async listContactDuplicates(
    @CurrentUser() principal: Principal,
    @Query() query: ListDuplicatesQueryDto,
  ): Promise<DuplicatePairPageDto> {
    return this.duplicates.list(principal.userId, query);
  }

  /** Mark two contacts as two different people ("not a duplicate"): the pair leaves the duplicates list. Idempotent. */
  @Put(':id/not-duplicate-of/:otherId')
  @HttpCode(204)
  @Problems.badRequest()
  @Problems.notFound('contact')
  async dismissContactDuplicate(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @UuidParam('otherId') otherId: string,
  ): Promise<void> {
    await this.duplicates.dismiss(principal.userId, id, otherId);
  }

  /** Take back "not a duplicate": the pair is listed again while it has a reason. Idempotent. */
  @Delete(':id/not-duplicate-of/:otherId')
  @HttpCode(204)
  @Problems.badRequest()
  @Problems.notFound('contact')
  async undoContactDuplicateDismissal(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @UuidParam('otherId') otherId: string,
  ): Promise<void> {
    await this.duplicates.undismiss(principal.userId, id, otherId);
  }
}
