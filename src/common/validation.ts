import { applyDecorators, ValidationPipe, type ValidationError } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsISO8601, IsOptional, IsUUID, Matches, Max, Min, ValidateIf } from 'class-validator';
import { AppError } from './errors/app-error.js';
import type { FieldError } from './errors/error-codes.js';

/** Flattens class-validator's tree into `{ field: 'a.b', message }` entries. */
export function toFieldErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return own.concat(toFieldErrors(error.children ?? [], field));
  });
}

/** The global pipe: unknown properties, wrong types and bad enums are 400s with field errors. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => AppError.validation(toFieldErrors(errors)),
  });
}

/** Marks a property optional; `nullable` also accepts an explicit null (to clear it). */
export function Optional(options: { nullable?: boolean } = {}): PropertyDecorator {
  return options.nullable
    ? applyDecorators(ValidateIf((_object, value) => value !== undefined && value !== null))
    : applyDecorators(IsOptional());
}

/** A UUID property (or query parameter), documented as such. */
export function ValidateUUID(options: { optional?: boolean; description?: string } = {}): PropertyDecorator {
  const doc = { format: 'uuid', type: String, description: options.description };
  return options.optional
    ? applyDecorators(IsOptional(), IsUUID('all'), ApiPropertyOptional(doc))
    : applyDecorators(IsUUID('all'), ApiProperty(doc));
}

/** An enum property with a named enum in the OpenAPI document (generated clients get a type). */
export function ValidateEnum(
  enumType: Record<string, string>,
  enumName: string,
  options: { optional?: boolean; nullable?: boolean; description?: string } = {},
): PropertyDecorator {
  const doc = { enum: enumType, enumName, description: options.description, nullable: options.nullable };
  if (options.nullable) {
    return applyDecorators(Optional({ nullable: true }), IsEnum(enumType), ApiPropertyOptional(doc));
  }
  return options.optional
    ? applyDecorators(IsOptional(), IsEnum(enumType), ApiPropertyOptional(doc))
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
    IsOptional(),
    Type(() => Number),
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

/** Optional, but when given it may not be null (the column is required). */
export const IfPresent = () => ValidateIf((_object, value) => value !== undefined);

/** A tag or theme given as a filter, normalised like stored tags (trimmed, lower-case). Use with `@Transform`. */
export const normaliseTagFilter = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

/** Trims strings before validation (so a blank value fails MinLength). Use with `@Transform(trim)`. */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** An ISO-8601 timestamp with a time zone (`2025-03-01T09:00:00Z`), or a plain date (midnight UTC). */
const ZONED_OR_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}))?$/;

/** A timestamp field kept as its ISO-8601 string: with a zone or a plain date; impossible dates refused. */
export const Timestamp = () =>
  applyDecorators(
    IsISO8601({ strict: true }),
    Matches(ZONED_OR_DATE, { message: '$property must be an ISO-8601 timestamp with a time zone, or a date' }),
  );
