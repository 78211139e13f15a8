import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';

/** The parts of docs/openapi.json the fuzzer reads. */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: Schema;
}

export interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body?: Schema;
  secured: boolean;
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

interface Document {
  paths: Record<string, Record<string, Omit<Operation, 'method' | 'path' | 'body' | 'secured'> & RawOperation>>;
  components: { schemas: Record<string, Schema> };
  security?: unknown[];
}

interface RawOperation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  security?: unknown[];
}

export const spec = JSON.parse(readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8')) as Document;

/** Every operation of the API, in the document's order. */
export const operations: Operation[] = Object.entries(spec.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, raw]) => ({
    method: method.toUpperCase(),
    path,
    parameters: raw.parameters ?? [],
    body: raw.requestBody?.content['application/json']?.schema,
    secured: (raw.security ?? spec.security ?? []).length > 0,
    responses: raw.responses,
  })),
);

/** A schema with its `$ref` and single `allOf` followed. */
export function resolve(schema: Schema): Schema {
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop()!;
    const { $ref: _ref, ...rest } = schema;
    return resolve({ ...spec.components.schemas[name], ...rest });
  }
  if (schema.allOf && schema.allOf.length === 1) {
    const { allOf, ...rest } = schema;
    return resolve({ ...resolve(allOf[0]), ...rest });
  }
  return schema;
}

const ajv = new Ajv({ strict: false, allErrors: false });
(addFormatsModule as unknown as { default: (a: Ajv) => void }).default(ajv);
/** OpenAPI 3.0's `nullable` as JSON Schema (Ajv reads it only next to a `type`). */
function jsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(jsonSchema);
  if (!node || typeof node !== 'object') return node;
  const { nullable, ...rest } = node as Schema & Record<string, unknown>;
  const converted = Object.fromEntries(
    Object.entries(rest).map(([key, value]) => [
      key,
      key === 'properties'
        ? Object.fromEntries(Object.entries(value as object).map(([name, child]) => [name, jsonSchema(child)]))
        : jsonSchema(value),
    ]),
  );
  if (!nullable) return converted;
  return { anyOf: [converted, { type: 'null' }] };
}

ajv.addSchema({ $id: 'api', components: jsonSchema(spec.components) as object });
const validators = new Map<string, ValidateFunction>();

/** Checks a 2xx body against the operation's response schema; the reason it does not fit, if any. */
export function responseMismatch(op: Operation, status: number, body: unknown): string | undefined {
  const schema = op.responses[String(status)]?.content?.['application/json']?.schema;
  if (!schema) return undefined;
  const id = `${op.method} ${op.path} ${status}`;
  let validate = validators.get(id);
  if (!validate) {
    validate = ajv.compile(
      jsonSchema(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"api#/components/'))) as object,
    );
    validators.set(id, validate);
  }
  if (validate(body)) return undefined;
  return ajv.errorsText(validate.errors);
}

/** Ids that exist for the fuzzing user, by what they name; a uuid field picks one of them or a random one. */
export type Fixtures = Record<string, string[]>;

/** Which fixture a uuid-valued field or path parameter names. */
export function fixtureKind(field: string, path = ''): string {
  if (/^(contactId|referrerId|referredId|otherContactId|nextContactIds)$/.test(field)) return 'contact';
  if (/^(questionId|revisesId|resultingQuestionId|questionIds)$/.test(field)) return 'question';
  if (field === 'inquiryId') return 'inquiry';
  if (field === 'interactionId') return 'interaction';
  if (field === 'referralId') return 'referral';
  if (field === 'id') {
    const resource = path.split('/')[2] ?? '';
    return (
      {
        contacts: 'contact',
        inquiries: 'inquiry',
        commitments: 'commitment',
        insights: 'insight',
        interactions: 'interaction',
        opportunities: 'opportunity',
        questions: 'question',
        me: 'apiKey',
        admin: 'user',
      }[resource] ?? 'none'
    );
  }
  return 'none';
}

const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 .,'-]{0,30}$/).map((s) => s.trimEnd() || 'x');

/** A value the schema accepts (as far as the document says). */
export function validValue(raw: Schema, field: string, fixtures: Fixtures, path = ''): fc.Arbitrary<unknown> {
  const schema = resolve(raw);
  const value = ((): fc.Arbitrary<unknown> => {
    if (schema.enum) return fc.constantFrom(...schema.enum);
    if (schema.oneOf || schema.anyOf) {
      return fc.oneof(...(schema.oneOf ?? schema.anyOf)!.map((s) => validValue(s, field, fixtures, path)));
    }
    switch (schema.type) {
      case 'string':
        return stringValue(schema, field, fixtures, path);
      case 'integer':
        return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000 });
      case 'number':
        return fc.double({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000, noNaN: true });
      case 'boolean':
        return fc.boolean();
      case 'array': {
        const items = validValue(schema.items ?? {}, field, fixtures, path);
        const constraints = { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 3, 3) };
        return schema.uniqueItems
          ? fc.uniqueArray(items, { ...constraints, selector: (v) => JSON.stringify(v) })
          : fc.array(items, constraints);
      }
      case 'object':
      default: {
        if (!schema.properties) return fc.constant({});
        const shape = Object.fromEntries(
          Object.entries(schema.properties).map(([name, child]) => [name, validValue(child, name, fixtures, path)]),
        );
        return fc.record(shape, { requiredKeys: schema.required ?? [] });
      }
    }
  })();
  return schema.nullable
    ? fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) })
    : value;
}

function stringValue(schema: Schema, field: string, fixtures: Fixtures, path: string): fc.Arbitrary<string> {
  switch (schema.format) {
    case 'uuid': {
      const known = fixtures[fixtureKind(field, path)] ?? [];
      return known.length > 0
        ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: fc.uuid() })
        : fc.uuid();
    }
    case 'date-time':
      return fc
        .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
        .map((d) => d.toISOString());
    case 'date':
      return fc
        .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    case 'email':
      return fc
        .stringMatching(/^[a-z]{1,10}$/)
        .map((local) => `fz-${local}-${Math.random().toString(36).slice(2, 8)}@example.com`);
    case 'uri':
      return fc.constant('https://example.com/fuzz');
  }
  if (field === 'password') return fc.constant('correct horse battery staple');
  const min = schema.minLength ?? 0;
  const max = Math.min(schema.maxLength ?? 40, 40);
  if (schema.pattern)
    return fc
      .stringMatching(new RegExp(schema.pattern))
      .filter((s) => s.length >= min && s.length <= (schema.maxLength ?? Infinity));
  if (min > max) return fc.constant('x'.repeat(min));
  return word.map((s) => (s.length < min ? s.padEnd(min, 'x') : s.slice(0, Math.max(max, min))));
}
