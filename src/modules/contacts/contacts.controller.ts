import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { IMPORT_RAW_TYPES, ImportUpload } from '../imports/import-body.js';
import { ContactExportService } from './contact-export.service.js';
import { ContactImportService } from './contact-import.service.js';
import { ExportContactsQueryDto, ImportContactsQueryDto, ImportReportDto } from './dto/import-export.dto.js';
import { Authenticated } from '../../common/auth/authenticated.decorator.js';
import { CurrentUser, type Principal } from '../../common/auth/principal.js';
import { ConditionalWrite, IdempotentPost, ProblemResponse, Problems } from '../../common/http/api-responses.js';
import { IfMatch, setETag } from '../../common/http/etag.js';
import { UuidParam } from '../../common/http/uuid-param.js';
import { PageOf, PageQueryDto } from '../../common/pagination.js';
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
  constructor(
    private readonly contacts: ContactsService,
    private readonly imports: ContactImportService,
    private readonly exports: ContactExportService,
  ) {}

  /**
   * Import a LinkedIn `Connections.csv`, a Google Contacts CSV or a vCard file (docs/import-export.md):
   * as multipart/form-data (one file) or as the raw body with its type. A row with the same email,
   * LinkedIn profile or phone as a contact fills what the contact lacks (never overwriting; a field
   * that differs is reported); the same name at the same organisation is reported as a possible
   * duplicate. One transaction; importing the same file again creates nothing. At most 10 MiB and
   * 50,000 people.
   */
  @Post('import')
  @HttpCode(200)
  @IdempotentPost()
  @ApiConsumes('multipart/form-data', ...IMPORT_RAW_TYPES)
  @ApiBody({
    description: 'The file: a multipart form with one file field, or the raw file.',
    schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
  })
  @Problems.badRequest()
  @ProblemResponse(413, 'The file is larger than 10 MiB.', {
    code: ErrorCode.PayloadTooLarge,
    detail: 'The file is larger than 10 MiB, the most one import accepts.',
  })
  @Problems.unprocessable(
    'The file is not one Snowball can import, or holds more than 50,000 people.',
    ErrorCode.ImportUnreadable,
    ErrorCode.ImportTooManyRows,
  )
  @Problems.conflict(
    'A contact was written with the same email or LinkedIn profile at the same moment; retry.',
    ErrorCode.ContactExists,
  )
  async importContacts(
    @CurrentUser() principal: Principal,
    @Req() request: FastifyRequest,
    @Query() query: ImportContactsQueryDto,
  ): Promise<ImportReportDto> {
    const upload = request.body;
    if (!(upload instanceof ImportUpload)) {
      throw new AppError(
        ErrorCode.MalformedRequest,
        'Send the file as multipart/form-data (one file field), or as the raw body with Content-Type text/csv or text/vcard.',
      );
    }
    return this.imports.import(
      principal.userId,
      { bytes: upload.bytes, contentType: upload.contentType },
      { dryRun: query.dryRun ?? false, defaultRegion: query.region?.toUpperCase() },
    );
  }

  /**
   * Every contact with all its emails, phones and web addresses, as CSV (Google Contacts' columns
   * plus Snowball's own; a header row) or vCard 4.0, streamed as a download. Importing it into an
   * empty account gives back the same people.
   */
  @Get('export')
  @ApiProduces('text/csv', 'text/vcard')
  @Problems.badRequest()
  exportContacts(@CurrentUser() principal: Principal, @Query() query: ExportContactsQueryDto): StreamableFile {
    const format = query.format ?? 'csv';
    const day = new Date().toISOString().slice(0, 10);
    return new StreamableFile(this.exports.stream(principal.userId, format), {
      type: format === 'csv' ? 'text/csv; charset=utf-8' : 'text/vcard; charset=utf-8',
      disposition: `attachment; filename="snowball-contacts-${day}.${format === 'csv' ? 'csv' : 'vcf'}"`,
    });
  }

  /** Add a contact. */
  @Post()
  @IdempotentPost()
  @Problems.badRequest()
  async createContact(@CurrentUser() principal: Principal, @Body() body: CreateContactDto): Promise<ContactDto> {
    return toContactDto(await this.contacts.create(principal.userId, body));
  }

  @Get()
  @ApiOperation({
    operationId: 'listContacts',
    summary:
      'List contacts, newest first; `?q=` searches name, organization, title, tags and notes, most relevant first; `?tag=`, `?seniority=` filter.',
    description:
      'With `q`: the contacts where every word is a whole word or the beginning of one come first, then the ' +
      'other matches (typos, fragments), each group by id (docs/domain.md, "Search"). A search that no index ' +
      'can narrow (no word of `q` has three letters or digits in a row: `qz`, `c++`, `j.r`, `...`) ' +
      'examines a bounded number of contacts per page: such a page may hold fewer items than `limit`, or ' +
      'none, and still carry a `nextCursor`. Follow `nextCursor` until it is null.',
  })
  @ApiOkResponse({ type: ContactPageDto })
  @Problems.badRequest()
  async listContacts(
    @CurrentUser() principal: Principal,
    @Query() query: ListContactsQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const { q, tag, seniority, ...page } = query;
    // The page comes serialised (a ContactPageDto built by PostgreSQL): sent as it is.
    const body = await this.contacts.list(principal.userId, page, { q, tag, seniority });
    reply.type('application/json; charset=utf-8');
    return body;
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
