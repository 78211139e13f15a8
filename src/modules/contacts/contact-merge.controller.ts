import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated } from '../../common/auth/authenticated.decorator.js';
import { CurrentUser, type Principal } from '../../common/auth/principal.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { ConditionalWrite, IdempotentPost, Problems } from '../../common/http/api-responses.js';
import { IfMatch, setETag } from '../../common/http/etag.js';
import { UuidParam } from '../../common/http/uuid-param.js';
import { ContactMergeService } from './contact-merge.service.js';
import { toContactDto } from './contact.mapper.js';
import { ContactMergeDto, MergeContactDto } from './dto/contact-merge.dto.js';

const SURVIVOR = '3f1c9a52-7d4e-4b8a-9c21-5e6f7a8b9c0d';
const MERGED = '8b2d4e6f-1a3c-4e5b-8d7f-9a0b1c2d3e4f';
const INQUIRY = 'c4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f7a';

/** What the OpenAPI document shows as a typical answer (as JSON: timestamps are strings). */
const EXAMPLE = {
  contact: {
    id: SURVIVOR,
    name: 'Grace Hopper',
    email: 'grace@navy.example',
    phone: '+14155550132',
    organization: 'US Navy',
    title: 'Rear Admiral',
    seniority: null,
    sameOrganization: false,
    responsibilities: null,
    interests: 'compilers',
    canOffer: null,
    notes: null,
    tags: ['navy', 'compilers'],
    linkedinUrl: 'https://www.linkedin.com/in/grace-hopper',
    keepInTouchDays: 90,
    emails: [
      { value: 'grace@navy.example', label: 'work', primary: true },
      { value: 'grace.hopper@example.com', label: 'home', primary: false },
    ],
    phones: [{ value: '+14155550132', label: 'mobile', primary: true }],
    urls: [{ value: 'https://www.linkedin.com/in/grace-hopper', label: 'linkedin', primary: true }],
    connectedOn: '2024-03-01',
    lastInteractionAt: '2025-03-01T09:00:00.000Z',
    createdAt: '2025-01-10T08:00:00.000Z',
    updatedAt: '2025-03-02T10:15:00.000Z',
    version: 4,
  },
  mergedId: MERGED,
  fieldsFilled: ['title', 'keepInTouchDays'],
  fieldsKept: ['organization'],
  moved: {
    emails: 1,
    phones: 0,
    urls: 1,
    tags: 1,
    interactions: 3,
    insights: 2,
    commitments: 1,
    opportunities: 0,
    participants: 1,
    referrals: 2,
    reflections: 0,
  },
  participantsCombined: [
    {
      inquiryId: INQUIRY,
      participantId: '0d9e8f7a-6b5c-4d3e-8f1a-0b9c8d7e6f5a',
      removedParticipantId: '1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b',
      origin: 'seed',
      wave: 0,
      stage: 'met',
    },
  ],
  referralsDropped: [
    {
      id: '2f3a4b5c-6d7e-4f8a-9b0c-1d2e3f4a5b6c',
      inquiryId: INQUIRY,
      referrerId: SURVIVOR,
      referredId: MERGED,
      reason: 'self_referral',
      keptReferralId: null,
    },
  ],
  participantsOrphaned: [],
};

@ApiTags('Contacts')
@ApiExtraModels(ContactMergeDto)
@Authenticated()
@Controller('v1/contacts')
export class ContactMergeController {
  constructor(private readonly merges: ContactMergeService) {}

  /**
   * Merge the contact `otherId` into this one, in one transaction: this contact's fields win and its
   * empty ones are filled from the other; every email, phone and web address of both is kept (without
   * duplicates) and the tags are unioned; the other's interactions, insights, commitments,
   * opportunities, participations and referrals become this contact's (in an inquiry both took part
   * in, one participant remains with the lower wave and the more advanced stage; a referral that
   * would become a self-referral, a duplicate or a cycle is dropped and reported); waves and
   * `lastInteractionAt` are recomputed. The other contact is deleted (sync reports a delete) and the
   * merge is audited. The answer is the surviving contact and a report of what moved. **A merge
   * can't be undone** except from an export taken before it (`GET /v1/me/export`).
   */
  @Post(':id/merge')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'mergeContact',
    summary: 'Merge a duplicate contact into this one',
    description:
      "This contact's fields win and its empty ones are filled from the other's; every email, phone and web " +
      "address of both is kept (without duplicates) and the tags are unioned. The other contact's " +
      'interactions, insights, commitments, opportunities, participations and referrals become this ' +
      "contact's: in an inquiry both took part in, one participant remains, with the lower wave and the more " +
      'advanced stage; a referral that would become a self-referral, a duplicate or a cycle is dropped and ' +
      'listed in `referralsDropped`. Waves and `lastInteractionAt` are recomputed, the other contact is ' +
      'deleted (sync reports a delete) and the merge is audited, all in one transaction. Honours `If-Match` ' +
      '(this contact) and `Idempotency-Key`. **A merge cannot be undone** except from an export taken ' +
      'before it (`GET /v1/me/export`, `GET /v1/contacts/export`). See docs/domain.md, "Merging contacts".',
  })
  @ApiOkResponse({
    description: 'The surviving contact (its new version in `ETag`) and what the merge moved, combined and dropped.',
    content: {
      'application/json': {
        schema: { $ref: getSchemaPath(ContactMergeDto) },
        examples: { merged: { summary: 'Two records of Grace Hopper merged', value: EXAMPLE } },
      },
    },
  })
  @IdempotentPost()
  @ConditionalWrite()
  @Problems.badRequest()
  @Problems.notFound('contact or the contact to merge (otherId)')
  @Problems.conflict(
    "Another of your contacts took one of the other contact's emails or LinkedIn profiles meanwhile; nothing was merged.",
    ErrorCode.ContactExists,
  )
  @Problems.unprocessable(
    'otherId is this contact itself, or the merged contact would hold more values than a contact may.',
    ErrorCode.ContactMergeSelf,
    ErrorCode.ContactMergeTooLarge,
  )
  async mergeContact(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @Body() body: MergeContactDto,
    @IfMatch() expectedVersion: number | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ContactMergeDto> {
    const result = await this.merges.merge(principal.userId, id, body.otherId, expectedVersion);
    setETag(reply, result.contact.version);
    return { ...result, contact: toContactDto(result.contact) };
  }
}
