import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated } from '../../common/auth/authenticated.decorator.js';
import { CurrentUser, type Principal } from '../../common/auth/principal.js';
import { ConditionalWrite, IdempotentPost, Problems } from '../../common/http/api-responses.js';
import { IfMatch, setETag } from '../../common/http/etag.js';
import { UuidParam } from '../../common/http/uuid-param.js';
import { mapPage, PageOf, PageQueryDto } from '../../common/pagination.js';
import { toContactDto } from './contact.mapper.js';
import { ContactsService } from './contacts.service.js';
import { ContactDto, CreateContactDto, ListContactsQueryDto, UpdateContactDto } from './dto/contact.dto.js';
import { TimelineItemDto } from './dto/timeline.dto.js';

export class ContactPageDto extends PageOf(ContactDto, 'ContactPageDto') {}
export class TimelinePageDto extends PageOf(TimelineItemDto, 'TimelinePageDto') {}

@ApiTags('Contacts')
@Authenticated()
@Controller('v1/contacts')
export class ContactsController {
  constructor(private readonly contacts: ContactsService) {}

  /** Add a contact. */
  @Post()
  @IdempotentPost()
  @Problems.badRequest()
  async createContact(@CurrentUser() principal: Principal, @Body() body: CreateContactDto): Promise<ContactDto> {
    return toContactDto(await this.contacts.create(principal.userId, body));
  }

  /** List contacts, newest first; `?q=` searches name, organization, title and tags; `?tag=`, `?seniority=` filter. */
  @Get()
  @Problems.badRequest()
  async listContacts(
    @CurrentUser() principal: Principal,
    @Query() query: ListContactsQueryDto,
  ): Promise<ContactPageDto> {
    const { q, tag, seniority, ...page } = query;
    return mapPage(await this.contacts.list(principal.userId, page, { q, tag, seniority }), toContactDto);
  }

  /** One contact (with its ETag). */
  @Get(':id')
  @Problems.badRequest()
  @Problems.notFound('contact')
  async getContact(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ContactDto> {
    const contact = await this.contacts.get(principal.userId, id);
    setETag(reply, contact.version);
    return toContactDto(contact);
  }

  /** Change a contact. `lastInteractionAt` is derived from interactions and can't be set. */
  @Patch(':id')
  @ConditionalWrite()
  @Problems.badRequest()
  @Problems.notFound('contact')
  async updateContact(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @Body() body: UpdateContactDto,
    @IfMatch() expectedVersion: number | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ContactDto> {
    const contact = await this.contacts.update(principal.userId, id, body, expectedVersion);
    setETag(reply, contact.version);
    return toContactDto(contact);
  }

  /** Delete a contact (soft delete). */
  @Delete(':id')
  @HttpCode(204)
  @ConditionalWrite()
  @Problems.badRequest()
  @Problems.notFound('contact')
  async deleteContact(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @IfMatch() expectedVersion: number | undefined,
  ): Promise<void> {
    await this.contacts.remove(principal.userId, id, expectedVersion);
  }

  /** Everything that happened with this contact: interactions, insights, referrals, commitments, newest first. */
  @Get(':id/timeline')
  @Problems.badRequest()
  @Problems.notFound('contact')
  async getContactTimeline(
    @CurrentUser() principal: Principal,
    @UuidParam('id') id: string,
    @Query() page: PageQueryDto,
  ): Promise<TimelinePageDto> {
    return this.contacts.timeline(principal.userId, id, page);
  }
}
