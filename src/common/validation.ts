import {
  applyDecorators,
  ValidationPipe,
  type ArgumentMetadata,
  type Type as ClassType,
  type ValidationError,
} from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsEnum,
  IsInt,
  isISO8601,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateBy,
  ValidateIf,
  type ValidationArguments,
} from 'class-validator';
import { AppError } from './errors/app-error.js';
import type { FieldError } from './errors/error-codes.js';
import { screenInput } from './http/input-screen.js';

/*
 * How a request field is validated and how its error reads (docs/domain.md, "Validation"):
 * - a field left out is not validated (when it is optional) or is "required";
 * - `null` is accepted only by a field declared `Optional({ nullable: true })` (its column is
 *   nullable: null clears it); anywhere else null is "must not be null", never passed on;
 * - each field gets at most one error, the most telling one, in plain words.
 */

/** Constraints that say what kind of value a field takes: when one fails, the others (length, range) are noise. */
const KIND_CHECKS = [
  'nestedValidation',
  'isArray',
  'isObject',
  'isString',
  'isInt',
  'isNumber',
  'isBoolean',
  'isEnum',
  'isIn',
  'isUuid',
  'isEmail',
  'isUrl',
  'isTimestamp',
  'isDate',
  'isIso8601',
];

/** class-validator's default wording (after `<property> `), and how we say it. */
const REWORDED: Record<string, [RegExp, (match: RegExpMatchArray) => string]> = {
  minLength: [
    /^must be longer than or equal to (\d+) characters$/,
    ([, n]) => (n === '1' ? 'must not be empty' : `must be at least ${n} characters long`),
  ],
  maxLength: [/^must be shorter than or equal to (\d+) characters$/, ([, n]) => `must be at most ${n} characters long`],
  min: [/^must not be less than (\S+)$/, ([, n]) => `must be at least ${n}`],
  max: [/^must not be greater than (\S+)$/, ([, n]) => `must be at most ${n}`],
  isInt: [/^must be an integer number$/, () => 'must be a whole number'],
  isNumber: [/^must be a number conforming to the specified constraints$/, () => 'must be a number'],
  isBoolean: [/^must be a boolean value$/, () => 'must be true or false'],
  isEmail: [/^must be an email$/, () => 'must be an email address'],
  isEnum: [/^must be one of the following values: (.*)$/, ([, values]) => `must be one of: ${values}`],
  isIn: [/^must be one of the following values: (.*)$/, ([, values]) => `must be one of: ${values}`],
  arrayMaxSize: [/^must contain no more than (\d+) elements$/, ([, n]) => `must have at most ${n} entries`],
  arrayMinSize: [/^must contain at least (\d+) elements$/, ([, n]) => `must have at least ${n} entries`],
  isDate: [/^must be a Date instance$/, () => 'must be an ISO 8601 date-time'],
};

/** One constraint's message, worded for people and naming the field by its whole path (`referred.name`). */
function reword(field: string, property: string, constraint: string, message: string): string {
  if (constraint === 'whitelistValidation') return `${field} is not a field of this request`;
  if (constraint === 'nestedValidation') return `${field} must be an object`;
  if (constraint === 'unknownValue') return 'the body must be a JSON object';
  if (constraint === 'exactlyOneOf') return message;
  const parts = /^(each value in )?(\S+) (.*)$/.exec(message);
  if (!parts || parts[2] !== property) return message;
  const [, each, , rest] = parts;
  const rule = REWORDED[constraint];
  const match = rule ? rule[0].exec(rest) : null;
  const text = rule && match ? rule[1](match) : rest;
  return each ? `each entry of ${field} ${text}` : `${field} ${text}`;
}

/** The one error to show for a field whose constraints failed. */
function mostTelling(field: string, error: ValidationError): FieldError {
  const constraints = error.constraints ?? {};
  const names = Object.keys(constraints);
  const about = (name: string) => ({ field, message: reword(field, error.property, name, constraints[name]) });
  // Whatever its value, a field that should not be there, or one of a pair, is about that.
  for (const name of ['whitelistValidation', 'exactlyOneOf']) if (names.includes(name)) return about(name);
  if (error.value === null) {
    const hint = names.includes('isArray') ? ' (send [] for none)' : '';
    return { field, message: `${field} must not be null${hint}` };
  }
  if (error.value === undefined) return { field, message: `${field} is required` };
  return about(KIND_CHECKS.find((check) => names.includes(check)) ?? names[0]);
}

/** Flattens class-validator's tree into `{ field: 'a.b', message }` entries: one per field, nested ones after. */
export function toFieldErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    // A list entry is named by its index in brackets: `insights[2].themes`.
    const field = !prefix
      ? error.property
      : /^\d+$/.test(error.property)
        ? `${prefix}[${error.property}]`
        : `${prefix}.${error.property}`;
    const own = Object.keys(error.constraints ?? {}).length > 0 ? [mostTelling(field, error)] : [];
    return own.concat(toFieldErrors(error.children ?? [], field));
  });
}

/**
 * At most this many field errors in a response: a 20,000-entry array of wrong entries would
 * otherwise answer with 20,000 errors (a response far larger than the request).
 */
export const MAX_FIELD_ERRORS = 50;

function firstErrors(errors: FieldError[]): FieldError[] {
  if (errors.length <= MAX_FIELD_ERRORS) return errors;
  return [
    ...errors.slice(0, MAX_FIELD_ERRORS),
    { field: 'body', message: `and ${errors.length - MAX_FIELD_ERRORS} more errors not shown` },
  ];
}

/**
 * The global pipe: unknown properties, wrong types and bad enums are 400s with field errors.
 * Before any of that, every string and property name of the body, the query and the path parameters
 * is screened (`screenInput`): NUL characters, lone surrogates and `Object.prototype` names are 400s
 * naming the field, whatever the DTO (they used to reach validators that throw, or PostgreSQL).
 * Values are kept on the validation errors only so that `toFieldErrors` can tell a null or a missing
 * field from a wrong one; they never reach a response or a log.
 */
class ApiValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param') {
      const errors = screenInput(value, metadata.data ?? '');
      if (errors.length > 0) throw AppError.validation(firstErrors(errors));
    }
    return super.transform(value, metadata) as Promise<unknown>;
  }
}

export function createValidationPipe(): ValidationPipe {
  return new ApiValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: true },
    exceptionFactory: (errors) => AppError.validation(firstErrors(toFieldErrors(errors))),
  });
}

/**
 * An optional property: left out, it is not validated. `null` is refused (`x must not be null`)
 * unless `nullable: true`, for a value that may be cleared: then null skips the other validators,
 * and the OpenAPI document says `nullable`. (immich's `Optional({ nullable })` does the same.)
 */
export function Optional({ nullable = false }: { nullable?: boolean } = {}): PropertyDecorator {
  return nullable
    ? applyDecorators(IsOptional(), ApiProperty({ required: false, nullable: true }))
    : ValidateIf((_object, value) => value !== undefined);
}

/**
 * The body of a PATCH: every property of `create` optional, and `null` accepted only where `create`
 * declares `Optional({ nullable: true })`. (`PartialType` alone would let null through every field,
 * to fail on a NOT NULL column or, worse, be ignored.)
 */
export function PatchType<T>(create: ClassType<T>): ClassType<Partial<T>> {
  return PartialType(create, { skipNullProperties: false });
}

/**
 * Exactly one of this property and `others` must be given (not undefined, not null). Put it on the
 * first of them, instead of `Optional()`: that property is then validated when it is given, or when
 * none of them is, and its error names the pair.
 */
export function ExactlyOneOf(others: string[]): PropertyDecorator {
  const given = (object: object, key: string) => {
    const value = (object as Record<string, unknown>)[key];
    return value !== undefined && value !== null;
  };
  return applyDecorators(
    ValidateIf((object: object, value) => value !== undefined || !others.some((key) => given(object, key))),
    ValidateBy({
      name: 'exactlyOneOf',
      validator: {
        validate: (_value, args?: ValidationArguments) =>
          [args!.property, ...others].filter((key) => given(args!.object, key)).length === 1,
        defaultMessage: (args?: ValidationArguments) => {
          const names = [args!.property, ...others].join(' or ');
          const count = [args!.property, ...others].filter((key) => given(args!.object, key)).length;
          return count === 0 ? `${names} is required` : `give ${names}, not both`;
        },
      },
    }),
  );
}

/** A UUID property (or query parameter), documented as such. */
export function ValidateUUID(options: { optional?: boolean; description?: string } = {}): PropertyDecorator {
  const doc = { format: 'uuid', type: String, description: options.description };
  return options.optional
    ? applyDecorators(Optional(), IsUUID('all'), ApiPropertyOptional(doc))
    : applyDecorators(IsUUID('all'), ApiProperty(doc));
}

/** An enum property with a named enum in the OpenAPI document (generated clients get a type). */
export function ValidateEnum(
  enumType: Record<string, string>,
  enumName: string,
  options: { optional?: boolean; nullable?: boolean; description?: string } = {},
): PropertyDecorator {
  const doc = { enum: enumType, enumName, description: options.description, nullable: options.nullable };
  return options.optional || options.nullable
    ? applyDecorators(Optional({ nullable: options.nullable }), IsEnum(enumType), ApiPropertyOptional(doc))
    : applyDecorators(IsEnum(enumType), ApiProperty(doc));
}

/** A UUID property that may be null (to clear it) or left out. */
export function ValidateNullableUUID(description?: string): PropertyDecorator {
  return applyDecorators(
    Optional({ nullable: true }),
    IsUUID('all'),
    ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description }),
  );
}

/** An integer query parameter (query strings arrive as text). */
export function QueryInt(options: {
  min: number;
  max: number;
  default?: number;
  description?: string;
}): PropertyDecorator {
  return applyDecorators(
    Optional(),
    // Decimal digits only: `Number()` would also take `0x10`, `1e2`, ` 5` and `` (as 0).
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' && /^[+-]?\d{1,15}$/.test(value) ? Number(value) : value,
    ),
    IsInt(),
    Min(options.min),
    Max(options.max),
    ApiPropertyOptional({
      type: 'integer',
      minimum: options.min,
      maximum: options.max,
      default: options.default,
      description: options.description,
    }),
  );
}

/** A tag or theme given as a filter, normalised like stored tags (trimmed, lower-case). Use with `@Transform`. */
export const normaliseTagFilter = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

/** Trims strings before validation (so a blank value fails MinLength). Use with `@Transform(trim)`. */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** An ISO-8601 timestamp with a time zone (`2025-03-01T09:00:00Z`), or a plain date (midnight UTC). */
const ZONED_OR_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}))?$/;

const TIMESTAMP_MESSAGE =
  '$property must be an ISO 8601 date-time with a time zone, like 2025-03-01T09:00:00Z, or a date, like 2025-03-01';

/** Text that is a timestamp with a zone or a plain date, and a date that exists (no 30 February). */
const isTimestampText = (value: unknown): value is string =>
  typeof value === 'string' && ZONED_OR_DATE.test(value) && isISO8601(value, { strict: true });

/** A timestamp field kept as its ISO-8601 string: with a zone or a plain date; impossible dates refused. */
export const Timestamp = () =>
  ValidateBy({
    name: 'isTimestamp',
    validator: { validate: isTimestampText, defaultMessage: () => TIMESTAMP_MESSAGE },
  });

/** A timestamp field accepted like {@link Timestamp} and handed on as a `Date`. */
export const TimestampDate = () =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) => (isTimestampText(value) ? new Date(value) : value)),
    ValidateBy({
      name: 'isTimestamp',
      validator: {
        validate: (value: unknown) => value instanceof Date && !Number.isNaN(value.getTime()),
        defaultMessage: () => TIMESTAMP_MESSAGE,
      },
    }),
  );
