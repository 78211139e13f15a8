/**
 * How the body of `POST /v1/contacts/import` is read (docs/import-export.md): a multipart form with
 * one file (`@fastify/multipart`), or the raw file with its own content type (`text/csv`,
 * `text/vcard`…). Either way the route gets an {@link ImportUpload}: the bytes, undecoded (the
 * decoder picks UTF-8, UTF-16 or Windows-1252), and the type the client named. The cap is
 * {@link MAX_IMPORT_BYTES}, not the API's 1 MiB; over it is a 413 that says so. Every other route
 * keeps refusing these types with 415 (src/common/http/json-body.ts).
 */
import { createHash } from 'node:crypto';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import type { UploadRoute } from '../../common/http/json-body.js';
import { MAX_IMPORT_BYTES } from './import-limits.js';

export const IMPORT_ROUTE = 'POST /v1/contacts/import';

/** The raw body types the import route reads (the ones `detectImportFormat` accepts), besides multipart. */
export const IMPORT_RAW_TYPES = [
  'text/csv',
  'application/csv',
  'text/comma-separated-values',
  'text/x-csv',
  'application/vnd.ms-excel',
  'text/vcard',
  'text/x-vcard',
  'text/directory',
  'text/plain',
  'application/octet-stream',
];

const SEND_A_FILE =
  'Send the file as multipart/form-data (one file field), or as the raw body with Content-Type text/csv or text/vcard.';

const tooLarge = () =>
  new AppError(
    ErrorCode.PayloadTooLarge,
    `The file is larger than ${MAX_IMPORT_BYTES / (1024 * 1024)} MiB, the most one import accepts.`,
  );

/** What json-body.ts lets through to the import route. */
export const IMPORT_UPLOAD_ROUTE: UploadRoute = {
  route: IMPORT_ROUTE,
  types: ['multipart/form-data', ...IMPORT_RAW_TYPES],
  limitBytes: MAX_IMPORT_BYTES,
  unsupported: SEND_A_FILE,
  tooLarge,
};

/**
 * The uploaded file. Only `contentType`, `filename` and the digest are enumerable, so the
 * idempotency fingerprint (which canonicalises the body) is the file's SHA-256, not its bytes.
 */
export class ImportUpload {
  readonly sha256: string;
  declare readonly bytes: Buffer;

  constructor(
    bytes: Buffer,
    readonly contentType: string,
    readonly filename: string | null,
  ) {
    this.sha256 = createHash('sha256').update(bytes).digest('hex');
    Object.defineProperty(this, 'bytes', { value: bytes, enumerable: false });
  }
}

const isImportRoute = (request: FastifyRequest) => `${request.method} ${request.routeOptions.url}` === IMPORT_ROUTE;

const mediaType = (request: FastifyRequest) =>
  (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();

/**
 * Installs the raw-body parser and multipart for the import route. Call after
 * `installJsonBodyHandling` (which removes every parser) and before `app.init()`.
 */
export async function installImportBodyHandling(fastify: FastifyInstance): Promise<void> {
  fastify.addContentTypeParser(IMPORT_RAW_TYPES, { bodyLimit: MAX_IMPORT_BYTES * 4 }, (request, payload, done) => {
    // A path with no route stays a 404; other routes never get here (json-body.ts refuses the type first).
    if (request.is404) return done(null, undefined);
    if (!isImportRoute(request)) return done(new AppError(ErrorCode.UnsupportedMediaType, SEND_A_FILE), undefined);
    const chunks: Buffer[] = [];
    let size = 0;
    let finished = false;
    const finish = (error: Error | null, body?: unknown) => {
      if (finished) return;
      finished = true;
      done(error, body);
    };
    payload.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_IMPORT_BYTES) {
        chunks.length = 0;
        finish(tooLarge());
      } else if (!finished) chunks.push(chunk);
    });
    payload.on('end', () => finish(null, new ImportUpload(Buffer.concat(chunks), mediaType(request), null)));
    payload.on('error', (error) => finish(error));
  });

  await fastify.register(fastifyMultipart, {
    limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 10, parts: 12, fieldSize: 1024 },
  });

  // The form's file becomes the body before the route's guards and interceptors run (idempotency reads it).
  fastify.addHook('preHandler', async (request) => {
    if (!isImportRoute(request) || !request.isMultipart()) return;
    let part;
    try {
      part = await request.file();
    } catch {
      throw new AppError(ErrorCode.MalformedRequest, `The multipart form could not be read. ${SEND_A_FILE}`);
    }
    if (!part) throw new AppError(ErrorCode.MalformedRequest, `The form holds no file. ${SEND_A_FILE}`);
    let bytes: Buffer;
    try {
      bytes = await part.toBuffer();
    } catch (error) {
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
      throw new AppError(ErrorCode.MalformedRequest, `The multipart form could not be read. ${SEND_A_FILE}`);
    }
    if (part.file.truncated) throw tooLarge();
    request.body = new ImportUpload(bytes, part.mimetype.toLowerCase(), part.filename || null);
  });
}
