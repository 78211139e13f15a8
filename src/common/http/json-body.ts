import type { INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { RequestMethod } from '@nestjs/common/enums/request-method.enum.js';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AUTH_METADATA, type AuthOptions } from '../auth/authenticated.decorator.js';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-codes.js';

type ParserDone = (error: Error | null, body?: unknown) => void;

/** Request bodies over this are refused with 413 (imports will have their own cap). */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** Routes that accept bigger bodies than {@link BODY_LIMIT_BYTES}, by "METHOD /path" (the data-rights import). */
export const ROUTE_BODY_LIMITS: ReadonlyMap<string, number> = new Map([['POST /v1/me/import', 50 * 1024 * 1024]]);

/**
 * Bodies of public routes (register, login, refresh, logout) are a few hundred bytes; anything much
 * bigger is refused before it is parsed, so anonymous callers can't make the server chew on megabytes.
 */
export const PUBLIC_BODY_LIMIT_BYTES = 16 * 1024;

/** Objects and arrays nested deeper than this are refused (no request the API accepts comes near it). */
export const JSON_MAX_DEPTH = 32;

/** Structured-syntax `+json` types such as `application/merge-patch+json` (RFC 6839), parsed as JSON. */
const JSON_SUFFIX_TYPE = /^application\/[a-z0-9!#$&^_.-]+\+json(?:;|$)/i;
/** A Content-Type header naming JSON: `application/json` or a `+json` type, with or without parameters. */
const JSON_MEDIA_TYPE = /^\s*application\/(?:json|[a-z0-9!#$&^_.-]+\+json)\s*(?:;|$)/i;

const BODYLESS_METHODS = new Set(['GET', 'HEAD', 'TRACE']);

const NOT_JSON = 'Send the body as JSON with Content-Type: application/json.';

/**
 * A route that takes a file instead of JSON (`POST /v1/contacts/import`): its own media types and
 * size cap, checked here as cheaply as JSON's; its parsers are installed by its module.
 */
export interface UploadRoute {
  /** "METHOD /path" as Fastify names the route. */
  route: string;
  /** Media types accepted (lower-case, without parameters). */
  types: string[];
  limitBytes: number;
  /** The 415 detail for any other type. */
  unsupported: string;
  /** The 413 for a body over the cap. */
  tooLarge: () => AppError;
}

/**
 * True when the JSON text nests objects/arrays deeper than `max`. One pass over the characters that
 * skips string contents (honouring `\` escapes): O(n), no allocation, and it stops at the first
 * level too deep, so a hostile body costs about as much as reading it.
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c /* \ */) i++;
      else if (char === 0x22 /* " */) inString = false;
    } else if (char === 0x22) {
      inString = true;
    } else if (char === 0x7b /* { */ || char === 0x5b /* [ */) {
      if (++depth > max) return true;
    } else if (char === 0x7d /* } */ || char === 0x5d /* ] */) {
      depth--;
    }
  }
  return false;
}

/** The "METHOD /path" of every route marked `@Public()`, as Fastify names the route (`/v1/auth/login`). */
export function publicRoutesOf(app: INestApplication): Set<string> {
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const reflector = app.get(Reflector);
  const scanner = new MetadataScanner();
  const routes = new Set<string>();
  const list = (value: unknown): string[] => (Array.isArray(value) ? value : [value ?? '/']).map(String);
  const join = (...parts: string[]) =>
    '/' +
    parts
      .flatMap((part) => part.split('/'))
      .filter(Boolean)
      .join('/');
  for (const wrapper of discovery.getControllers()) {
    const metatype = wrapper.metatype;
    const instance = wrapper.instance as object | undefined;
    if (!metatype || !instance) continue;
    const controllerPaths = list(Reflect.getMetadata(PATH_METADATA, metatype));
    for (const name of scanner.getAllMethodNames(Object.getPrototypeOf(instance) as object)) {
      const handler = (instance as Record<string, unknown>)[name];
      if (typeof handler !== 'function') continue;
      const methodPath: unknown = Reflect.getMetadata(PATH_METADATA, handler);
      if (methodPath === undefined) continue;
      const auth = reflector.getAllAndOverride<AuthOptions | undefined>(AUTH_METADATA, [handler, metatype]);
      if (!auth?.public) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
      for (const controllerPath of controllerPaths) {
        for (const path of list(methodPath)) routes.add(`${method} ${join(controllerPath, path)}`);
      }
    }
  }
  return routes;
}

/** Whether Fastify will run a body parser for the request (as lib/handle-request.js decides). */
const hasBody = (request: FastifyRequest) =>
  request.headers['content-type'] !== undefined ||
  request.headers['transfer-encoding'] !== undefined ||
  (request.headers['content-length'] !== undefined && request.headers['content-length'] !== '0');

/** An Authorization header, or an API key in the query (calendar feeds): the guard checks them later. */
const carriesCredentials = (request: FastifyRequest) =>
  request.headers.authorization !== undefined || /[?&]key=/.test(request.url);

/**
 * Installs the only body parsers the API has, and cheap refusals that run before any body is read:
 *
 * - `application/json` and `application/*+json` are parsed with Fastify's own (prototype-poisoning
 *   safe) parser after a linear depth scan: more than {@link JSON_MAX_DEPTH} levels is a 400.
 * - Any other content type, or a body without one, is a 415 (`text/plain`, forms, multipart…).
 * - A body sent to a protected route without any credentials gets its 401 before the body is read.
 * - A body over {@link PUBLIC_BODY_LIMIT_BYTES} sent to a public route gets a 413.
 *
 * Errors are `AppError`s, which Nest's exception filter turns into problem+json.
 * Call before `app.init()`, with Nest's own body parsers disabled (`bodyParser: false`).
 */
export function installJsonBodyHandling(
  app: INestApplication,
  fastify: FastifyInstance,
  settings: { uploads?: UploadRoute[] } = {},
): void {
  const uploads = new Map((settings.uploads ?? []).map((upload) => [upload.route, upload]));
  let publicRoutes: Set<string> | undefined;
  const isPublic = (request: FastifyRequest) => {
    publicRoutes ??= publicRoutesOf(app);
    return publicRoutes.has(`${request.method} ${request.routeOptions.url}`);
  };

  // A route's own bodyLimit wins over the parsers' below.
  fastify.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      const limit = ROUTE_BODY_LIMITS.get(`${method} ${route.url}`);
      if (limit !== undefined) route.bodyLimit = limit;
    }
  });

  fastify.addHook('onRequest', (request, _reply, next) => {
    // Unknown paths stay 404s; GET and HEAD bodies are never parsed.
    if (request.routeOptions.url === undefined || BODYLESS_METHODS.has(request.method) || !hasBody(request)) {
      return next();
    }
    const publicRoute = isPublic(request);
    if (!publicRoute && !carriesCredentials(request)) {
      return next(new AppError(ErrorCode.Unauthenticated, 'Send Authorization: Bearer <access token or API key>.'));
    }
    const type = request.headers['content-type'];
    const upload = uploads.get(`${request.method} ${request.routeOptions.url}`);
    if (upload) {
      const media = (type ?? '').split(';')[0].trim().toLowerCase();
      if (!upload.types.includes(media)) return next(new AppError(ErrorCode.UnsupportedMediaType, upload.unsupported));
      // Multipart framing adds a little to the file itself: the file's own cap is checked as it is read.
      const slack = media === 'multipart/form-data' ? 64 * 1024 : 0;
      if (Number(request.headers['content-length']) > upload.limitBytes + slack) return next(upload.tooLarge());
      return next();
    }
    if (type === undefined || !JSON_MEDIA_TYPE.test(type)) {
      return next(new AppError(ErrorCode.UnsupportedMediaType, NOT_JSON));
    }
    const length = Number(request.headers['content-length']);
    if (publicRoute && length > PUBLIC_BODY_LIMIT_BYTES) {
      return next(publicBodyTooLarge());
    }
    const limit = ROUTE_BODY_LIMITS.get(`${request.method} ${request.routeOptions.url}`) ?? BODY_LIMIT_BYTES;
    // Refused from its Content-Length before a byte is read, with this route's own limit in the words.
    if (length > limit) return next(bodyTooLarge(limit));
    next();
  });

  const defaultJsonParser = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeAllContentTypeParsers();
  const parseJson = (request: FastifyRequest, body: string | Buffer, done: ParserDone) => {
    const text = body.toString();
    // A chunked body carries no Content-Length for the check above: measure what arrived.
    if (isPublic(request) && Buffer.byteLength(text) > PUBLIC_BODY_LIMIT_BYTES) {
      return done(publicBodyTooLarge(), undefined);
    }
    if (text.length === 0) {
      return done(
        new AppError(
          ErrorCode.MalformedRequest,
          'The request body is empty: send a JSON document, or no Content-Type header when there is no body.',
        ),
        undefined,
      );
    }
    if (nestsDeeperThan(text, JSON_MAX_DEPTH)) {
      return done(
        new AppError(
          ErrorCode.MalformedRequest,
          `The JSON body is nested too deeply (at most ${JSON_MAX_DEPTH} levels).`,
        ),
        undefined,
      );
    }
    void defaultJsonParser(request, text, (error, parsed) => {
      if (!error) return done(null, parsed);
      done(new AppError(ErrorCode.MalformedRequest, describeJsonError(text)), undefined);
    });
  };
  const options = { parseAs: 'string', bodyLimit: BODY_LIMIT_BYTES } as const;
  fastify.addContentTypeParser('application/json', options, parseJson);
  fastify.addContentTypeParser(JSON_SUFFIX_TYPE, options, parseJson);
  // Everything else, including a body with no Content-Type at all. A path with no route stays a 404.
  fastify.addContentTypeParser('*', (request, _payload, done) => {
    if (request.is404) return done(null, undefined);
    done(new AppError(ErrorCode.UnsupportedMediaType, NOT_JSON), undefined);
  });
}

/** A body over the route's limit, in words: "larger than the 50 MiB this route accepts". */
export function bodyTooLarge(limitBytes: number): AppError {
  return new AppError(
    ErrorCode.PayloadTooLarge,
    `The request body is larger than the ${limitBytes / (1024 * 1024)} MiB this route accepts.`,
  );
}

function publicBodyTooLarge(): AppError {
  return new AppError(
    ErrorCode.PayloadTooLarge,
    `The request body is larger than the ${PUBLIC_BODY_LIMIT_BYTES / 1024} KiB this route accepts.`,
  );
}

/** Why Fastify's parser refused a (depth-checked) body: bad syntax, or prototype-poisoning keys. */
function describeJsonError(text: string): string {
  try {
    JSON.parse(text);
  } catch {
    return 'The request body is not valid JSON.';
  }
  return 'The request body may not use the property names "__proto__" or "constructor.prototype".';
}
