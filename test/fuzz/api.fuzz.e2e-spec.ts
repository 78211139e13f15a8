import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createSigner } from 'fast-jwt';
import fc from 'fast-check';
import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { registerAdmin, registerUser, type TestUser } from '../factories/users.js';
import * as api from '../support/api.js';
import { createTestApp, TEST_JWT_SECRET, type TestApp } from '../support/test-app.js';
import {
  type Fixtures,
  type Operation,
  operations,
  resolve,
  responseMismatch,
  type Schema,
  validValue,
} from './openapi-model.js';

/**
 * Property-based requests to every operation of docs/openapi.json (issue 11): valid requests and
 * hostile ones — wrong types, missing and unknown fields (prototype names too), NUL and lone
 * surrogates, deep nesting, huge strings and arrays, bad dates, limits, cursors, UUIDs and headers.
 * Every answer: no 5xx; every error problem+json, leaking nothing; a 2xx only for valid input, and
 * fitting the operation's response schema.
 *
 * Fixed seed and bounded count. A failure prints the request and fast-check's `seed` and `path`;
 * replay it with FUZZ_ONLY='<METHOD> <path>' FUZZ_SEED=<seed> FUZZ_PATH=<path>.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261101);
/** Runs per operation: more where there is a body to get wrong. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const BODY_RUNS = Number(process.env.FUZZ_BODY_RUNS ?? 70);
const ONLY = process.env.FUZZ_ONLY;
const REPLAY_PATH = process.env.FUZZ_PATH;

/** A JSON value written as text, so keys like `__proto__` and 5,000-deep nesting survive as sent. */
type Json = { raw: string };
const raw = (text: string): Json => ({ raw: text });
const json = (value: unknown): Json => raw(JSON.stringify(value));

interface Case {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
  /** Why this request must not succeed; undefined when it may. */
  mustReject?: string;
  /** Strings of the request that an error must not echo back. */
  secrets: string[];
}

interface Part {
  text: string;
  mustReject?: string;
  secrets?: string[];
}

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];
/** A seed per operation, from its name: the same whichever operations run. */
const seedOf = (name: string) => [...name].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) | 0, SEED);

/** What no error body may contain. */
const LEAKS: [RegExp, string][] = [
  [/\bat (?:async )?\S+ \(/, 'a stack frame'],
  [/node_modules/, 'node_modules'],
  [/(?:\/work\/|\/home\/|\/usr\/|\/src\/|\/dist\/|[A-Z]:\\)/, 'a file path'],
  [/\.(?:ts|js|mjs|cjs):\d+/, 'a source location'],
  [/fastify|\bnest(?:js)?\b|typeorm|class-validator|\bpg\b|postgres/i, 'a framework name'],
  [/FST_|ERR_[A-Z_]{4,}/, 'a framework error code'],
  [/QueryFailedError|TypeError|ReferenceError|RangeError|SyntaxError|EntityNotFound|Cannot read prop/, 'an exception'],
  [/\b(?:select\s[\s\S]{0,200}\sfrom|insert\s+into|update\s+\S+\s+set|delete\s+from)\b/i, 'SQL'],
  [/duplicate key|violates|syntax error|invalid input syntax|relation "|column "/i, 'a database message'],
  [/\b(?:pk|fk|uq|ix|ck)_[a-z_]{3,}/, 'a constraint name'],
];

describe('Fuzzing every operation of docs/openapi.json', () => {
  let t: TestApp;
  let port: number;
  const agent = new Agent({ keepAlive: true, maxSockets: 4 });
  /** One request over a real socket, exactly as given (no client-side normalising). */
  const send = (method: string, path: string, headers: Record<string, string> = {}, payload?: string) =>
    new Promise<{ statusCode: number; headers: Record<string, unknown>; payload: string }>((done, failed) => {
      const req = request({ host: '127.0.0.1', port, method, path, headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          done({
            statusCode: res.statusCode ?? 0,
            headers: res.headers,
            payload: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', failed);
      });
      req.on('error', failed);
      req.end(payload === undefined ? undefined : Buffer.from(payload, 'utf8'));
    });
  let alice: TestUser;
  let admin: TestUser;
  const fixtures: Fixtures = {};
  const tables: string[] = [];
  let hostileTokens: string[] = [];
  let requests = 0;
  /** Answers per operation and status, printed at the end: shows how deep valid requests got. */
  const answers = new Map<string, Record<number, number>>();

  beforeAll(async () => {
    t = await createTestApp({
      RATE_LIMIT_USER_PER_MINUTE: '1000000',
      RATE_LIMIT_IP_PER_MINUTE: '1000000',
      LOGIN_MAX_FAILURES: '1000000',
      LOGIN_MAX_FAILURES_PER_EMAIL: '1000000',
      LOGIN_MAX_FAILURES_PER_IP: '1000000',
    });
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
    alice = await registerUser(t);
    admin = await registerAdmin(t);
    const victim = await registerUser(t);
    const inquiry = await api.createInquiry(t, alice, { title: 'Fuzzed inquiry' });
    const contacts = [];
    for (const name of ['Fuzz One', 'Fuzz Two', 'Fuzz Three'])
      contacts.push((await api.createContact(t, alice, { name })).id);
    await api.addParticipant(t, alice, inquiry.id, contacts[0]);
    const question = await api.createQuestion(t, alice, inquiry.id, { text: 'What do we fuzz?' });
    const referral = await api.createReferral(t, alice, inquiry.id, {
      referrerId: contacts[0],
      referredId: contacts[1],
    });
    const interaction = await api.logInteraction(t, alice, {
      contactId: contacts[0],
      inquiryId: inquiry.id,
      kind: 'call',
    });
    const insight = await api.createInsight(t, alice, {
      inquiryId: inquiry.id,
      text: 'A fuzzed insight',
      kind: 'pattern',
    });
    const commitment = await api.createCommitment(t, alice, {
      contactId: contacts[0],
      description: 'Fuzz',
      owner: 'me',
    });
    const opportunity = await api.createOpportunity(t, alice, {
      contactId: contacts[0],
      kind: 'introduction',
      description: 'Fuzz',
    });
    const apiKey = await api.createApiKey(t, alice, { name: 'Fuzz key' });
    Object.assign(fixtures, {
      contact: contacts,
      inquiry: [inquiry.id],
      question: [question.id],
      referral: [referral.id],
      interaction: [interaction.id],
      insight: [insight.id],
      commitment: [commitment.id],
      opportunity: [opportunity.id],
      apiKey: [apiKey.id],
      user: [victim.id],
    });
    tables.push(
      ...(await t.sql<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`)).map(
        (row) => row.tablename,
      ),
    );
    // Validly signed tokens whose subject is not a user id.
    const claims = JSON.parse(Buffer.from(alice.accessToken.split('.')[1], 'base64url').toString()) as Record<
      string,
      unknown
    >;
    const sign = createSigner({ key: TEST_JWT_SECRET });
    hostileTokens = ['not-a-uuid', '', '00000000-0000-0000-0000-000000000000', "' OR 1=1 --", '\u0000'].map((sub) =>
      sign({ ...claims, sub, iat: undefined, exp: undefined }),
    );
  });

  afterAll(async () => {
    const lines = [...answers].map(([name, counts]) => `${name}: ${JSON.stringify(counts)}`);
    console.info(`fuzz: ${requests} requests, seed ${SEED}\n${lines.join('\n')}`);
    agent.destroy();
    await t?.close();
  });

  /** The user an operation is called as: admin routes as the admin, the rest as alice. */
  const tokenFor = (op: Operation) => (op.path.startsWith('/v1/admin') ? admin : alice).accessToken;

  const pathValue = (op: Operation, name: string, schema: Schema): fc.Arbitrary<Part> => {
    // Path ids are UUIDs, whether or not the document says so.
    const isId = name === 'id' || name.endsWith('Id');
    const resolved = isId ? { ...resolve(schema), format: 'uuid' } : resolve(schema);
    const valid = validValue(resolved, name, fixtures, op.path).map((v) => ({ text: encodeURIComponent(String(v)) }));
    if (!isId) return valid;
    const hostile = fc
      .constantFrom(
        'not-a-uuid',
        '%00',
        '%ED%A0%80',
        'a'.repeat(700),
        '1',
        '%27%3B%20DROP%20TABLE%20contact%3B--',
        '%F0%28%8C%28',
        '..%2F..',
      )
      .map((text) => ({ text, mustReject: `${name} is not a UUID` }));
    return fc.oneof(
      { weight: 6, arbitrary: valid },
      { weight: 1, arbitrary: fc.uuid().map((text) => ({ text, mustReject: `${name} names nothing` })) },
      { weight: 2, arbitrary: hostile },
    );
  };

  const queryValue = (op: Operation, name: string, schema: Schema): fc.Arbitrary<Part | undefined> => {
    const resolved = resolve(schema);
    const valid = validValue(resolved, name, fixtures, op.path).map((v) => ({
      text: encodeURIComponent(Array.isArray(v) ? v.join(',') : String(v)),
    }));
    const reject = (why: string) => (text: string) => ({ text, mustReject: `${name} ${why}` });
    const hostile: fc.Arbitrary<Part>[] = [
      fc.constant({ text: '%00', mustReject: `${name} holds a NUL` }),
      fc.constantFrom('%ED%A0%80', '%FF', '', '%20', 'a'.repeat(3000), '%5B%5D', '__proto__').map((text) => ({ text })),
    ];
    if (resolved.type === 'integer') {
      const bad = ['abc', '1.5', '1e3', '-', '0x10', '99999999999999999999'];
      if (resolved.minimum !== undefined) bad.push(String(resolved.minimum - 1));
      if (resolved.maximum !== undefined) bad.push(String(resolved.maximum + 1));
      hostile.push(fc.constantFrom(...bad).map(reject('is not an allowed integer')));
    }
    if (resolved.format === 'uuid')
      hostile.push(fc.constantFrom('nope', '1234', 'a'.repeat(40)).map(reject('is not a UUID')));
    if (resolved.format === 'date-time') {
      hostile.push(
        fc
          .constantFrom('2025-02-30', 'true', '123', 'yesterday', '2025-01-01T25:00:00Z')
          .map(reject('is not a timestamp')),
      );
    }
    if (resolved.enum)
      hostile.push(fc.constantFrom('bogus', 'ADMIN', '%00x').map(reject('is not one of the allowed values')));
    if (resolved.maxLength !== undefined)
      hostile.push(fc.constant(reject('is too long')('q'.repeat(resolved.maxLength + 1))));
    if (name === 'cursor' || name === 'since') {
      hostile.push(
        fc
          .constantFrom('not-a-cursor!', 'eyJ4IjoxfQ', 'AAAA', '%00', '-1', 'a'.repeat(500))
          .map(reject('is not a cursor')),
      );
    }
    return fc.oneof(
      { weight: 6, arbitrary: fc.constant(undefined) },
      { weight: 4, arbitrary: valid },
      { weight: 1, arbitrary: fc.oneof(...hostile) },
    );
  };

  /** A wrong-typed value for a field of this schema. */
  const wrongType = (schema: Schema): fc.Arbitrary<Json> | undefined => {
    const s = resolve(schema);
    const nul = s.nullable ? [] : [null];
    const pick = (...values: unknown[]) => fc.constantFrom(...values, ...nul).map(json);
    if (s.enum) return pick('not-in-the-enum', 1, true, {});
    switch (s.type) {
      case 'string':
        return pick(123, true, {}, [], 1.5, ['x']);
      case 'integer':
        return pick('12', 'abc', 1.5, true, {}, []);
      case 'number':
        return pick('1', true, {}, []);
      case 'boolean':
        return pick('true', 1, 'yes', {}, []);
      case 'array':
        return pick('x', 5, {}, true);
      case 'object':
        return pick('x', 5, [], true);
      default:
        return undefined;
    }
  };

  /** A body for the operation: a valid one, or one with a single flaw that must be refused. */
  const bodyFor = (op: Operation): fc.Arbitrary<Part> => {
    const schema = resolve(op.body!);
    const properties = schema.properties ?? {};
    const names = Object.keys(properties);
    const required = schema.required ?? [];
    const valid = validValue(schema, 'body', fixtures, op.path) as fc.Arbitrary<Record<string, unknown>>;
    const write = (entries: [string, Json][]) =>
      `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v.raw}`).join(',')}}`;
    const entriesOf = (body: Record<string, unknown>) =>
      Object.entries(body).map(([k, v]) => [k, json(v)] as [string, Json]);
    const withField = (body: Record<string, unknown>, field: string, value: Json) =>
      write([...entriesOf(body).filter(([k]) => k !== field), [field, value]]);
    const flaws: fc.Arbitrary<Part>[] = [];
    const field = names.length > 0 ? fc.constantFrom(...names) : undefined;

    if (field) {
      // A wrong type in one field.
      flaws.push(
        fc.tuple(valid, field).chain(([body, name]) => {
          const bad = wrongType(properties[name]);
          return bad
            ? bad.map((v) => ({ text: withField(body, name, v), mustReject: `${name} has the wrong type (${v.raw})` }))
            : fc.constant({ text: write(entriesOf(body)) });
        }),
      );
      // NUL, lone surrogates and huge text in a string field; deep nesting and huge arrays in any field.
      flaws.push(
        fc
          .tuple(valid, field, fc.constantFrom('nul', 'high', 'low', 'huge', 'deep', 'array', 'date', 'range'))
          .map(([body, name, kind]) => {
            const s = resolve(properties[name]);
            const isString = s.type === 'string' && !s.enum;
            switch (kind) {
              case 'nul':
              case 'high':
              case 'low': {
                const text = { nul: 'Ada\u0000Lovelace', high: 'Ada\ud800', low: '\udc00Ada' }[kind];
                const value = s.type === 'array' ? [text] : text;
                return {
                  text: withField(body, name, json(value)),
                  mustReject: `${name} holds ${kind === 'nul' ? 'a NUL' : 'a lone surrogate'}`,
                };
              }
              case 'huge': {
                const text = 'h'.repeat(200_000);
                return {
                  text: withField(body, name, json(text)),
                  mustReject:
                    isString && s.maxLength !== undefined
                      ? `${name} is over ${s.maxLength} characters`
                      : s.type === 'string' || s.enum
                        ? undefined
                        : `${name} is not a string`,
                  secrets: [text],
                };
              }
              case 'deep': {
                const depth = 5000;
                return {
                  text: withField(body, name, raw('['.repeat(depth) + ']'.repeat(depth))),
                  mustReject: `${name} is nested ${depth} deep`,
                };
              }
              case 'array': {
                const items = s.type === 'array' && s.items ? resolve(s.items) : undefined;
                const item = items?.type === 'string' ? '"x"' : '1';
                const text = `[${Array(20_000).fill(item).join(',')}]`;
                return {
                  text: withField(body, name, raw(text)),
                  mustReject:
                    s.type !== 'array'
                      ? `${name} is not an array`
                      : s.maxItems !== undefined
                        ? `${name} has over ${s.maxItems} items`
                        : undefined,
                };
              }
              case 'date': {
                if (s.format !== 'date-time' && s.format !== 'date') return { text: write(entriesOf(body)) };
                const bad = [
                  '2025-02-30',
                  '2025-02-30T10:00:00Z',
                  '2025-01-01T10:00:00',
                  '+002025-01-01T00:00:00Z',
                  'true',
                  '0',
                  '',
                ][Math.abs(JSON.stringify(body).length) % 7];
                return {
                  text: withField(body, name, json(bad)),
                  mustReject: `${name} is not a valid timestamp (${bad})`,
                };
              }
              case 'range':
              default: {
                if (s.type !== 'integer' && s.type !== 'number')
                  return isString ? { text: write(entriesOf(body)) } : { text: write(entriesOf(body)) };
                const bad =
                  s.maximum !== undefined ? s.maximum + 1 : s.minimum !== undefined ? s.minimum - 1 : undefined;
                if (bad === undefined) return { text: write(entriesOf(body)) };
                return { text: withField(body, name, json(bad)), mustReject: `${name} is out of range (${bad})` };
              }
            }
          }),
      );
    }
    // A required field missing.
    if (required.length > 0) {
      flaws.push(
        fc.tuple(valid, fc.constantFrom(...required)).map(([body, name]) => ({
          text: write(entriesOf(body).filter(([k]) => k !== name)),
          mustReject: `required ${name} is missing`,
        })),
      );
    }
    // An unknown field: a prototype name or a made-up one.
    if (schema.additionalProperties === undefined || schema.additionalProperties === false) {
      flaws.push(
        fc
          .tuple(
            valid,
            fc.oneof(
              fc.constantFrom(...PROTOTYPE_NAMES),
              fc.stringMatching(/^[a-z]{3,12}$/).map((s) => `fz_${s}`),
            ),
            fc.constantFrom<unknown>('x', 1, null, {}, { polluted: true }),
          )
          .map(([body, name, value]) => ({
            text: withField(body, name, json(value)),
            mustReject: `${name} is not a field`,
          })),
      );
    }
    // Not a JSON object at all.
    flaws.push(
      fc.constantFrom('[]', '"text"', '42', 'true', '{"a":', '{"a":1}x', '\u0000', '{"a":"\\u0000"}').map((text) => ({
        text,
        mustReject: text === '{"a":"\\u0000"}' ? 'a NUL' : 'the body is not a JSON object',
      })),
    );
    return fc.oneof(
      { weight: 4, arbitrary: valid.map((body) => ({ text: write(entriesOf(body)) })) },
      { weight: 6, arbitrary: fc.oneof(...flaws) },
    );
  };

  const headersFor = (
    op: Operation,
  ): fc.Arbitrary<{ headers: Record<string, string>; mustReject?: string; secrets: string[] }> => {
    const token = tokenFor(op);
    const auth: fc.Arbitrary<Part> = op.secured
      ? fc.oneof(
          { weight: 24, arbitrary: fc.constant({ text: `Bearer ${token}` }) },
          {
            weight: 2,
            arbitrary: fc
              .constantFrom(
                '',
                'Bearer',
                'Bearer ',
                'Bearer garbage',
                `Basic ${token}`,
                `Bearer ${token}x`,
                `Bearer ${token.slice(0, -4)}`,
                'Bearer snb_not-a-key',
                'Bearer \u00e9',
              )
              .map((text) => ({
                text,
                mustReject: 'the credentials are invalid',
                secrets: text.length > 20 ? [text.slice(7)] : [],
              })),
          },
          {
            weight: 1,
            arbitrary: fc
              .constantFrom(...hostileTokens)
              .map((jwt) => ({ text: `Bearer ${jwt}`, mustReject: "the token's subject is no user", secrets: [jwt] })),
          },
        )
      : fc.constant({ text: '' });
    const idempotency: fc.Arbitrary<Part> =
      op.method === 'POST' && op.secured
        ? fc.oneof(
            { weight: 4, arbitrary: fc.constant({ text: '' }) },
            { weight: 2, arbitrary: fc.uuid().map((text) => ({ text })) },
            {
              weight: 1,
              arbitrary: fc.constant({ text: 'k'.repeat(256), mustReject: 'the Idempotency-Key is too long' }),
            },
          )
        : fc.constant({ text: '' });
    // Conditional writes are the operations that document an If-Match header.
    const conditional = op.parameters.some((p) => p.in === 'header' && p.name.toLowerCase() === 'if-match');
    const ifMatch: fc.Arbitrary<Part> =
      (op.method === 'PATCH' || op.method === 'DELETE') && conditional
        ? fc.oneof(
            { weight: 3, arbitrary: fc.constant({ text: '' }) },
            {
              weight: 1,
              arbitrary: fc
                .constantFrom('"garbage"', 'W/"1"', '"0"', '"\u00ff"', '"' + 'e'.repeat(300) + '"')
                .map((text) => ({ text, mustReject: 'If-Match does not match' })),
            },
          )
        : fc.constant({ text: '' });
    const contentType: fc.Arbitrary<Part> = op.body
      ? fc.oneof(
          { weight: 10, arbitrary: fc.constant({ text: 'application/json' }) },
          {
            weight: 1,
            arbitrary: fc
              .constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/xml')
              .map((text) => ({ text, mustReject: 'the body is not JSON' })),
          },
          {
            weight: 1,
            arbitrary: fc
              .constantFrom('application/json; charset=utf-8', 'application/json;charset=UTF-8')
              .map((text) => ({ text })),
          },
        )
      : fc.constant({ text: '' });
    const extra = fc.constantFrom<Record<string, string>>(
      {},
      {},
      { 'x-forwarded-for': 'not-an-ip, %00' },
      { accept: 'text/html' },
      { 'x-request-id': 'r'.repeat(500) },
      { 'accept-language': '\u00ff'.repeat(10) },
    );
    return fc.tuple(auth, idempotency, ifMatch, contentType, extra).map(([a, i, m, c, e]) => {
      const headers: Record<string, string> = { ...e };
      if (a.text) headers.authorization = a.text;
      if (i.text) headers['idempotency-key'] = i.text;
      if (m.text) headers['if-match'] = m.text;
      if (c.text) headers['content-type'] = c.text;
      const mustReject = [a, i, m, c].find((part) => part.mustReject)?.mustReject;
      return { headers, mustReject, secrets: [a, i, m, c].flatMap((part) => part.secrets ?? []) };
    });
  };

  const caseFor = (op: Operation): fc.Arbitrary<Case> => {
    const pathParams = op.parameters.filter((p) => p.in === 'path');
    const queryParams = op.parameters.filter((p) => p.in === 'query');
    return fc
      .tuple(
        fc.tuple(...pathParams.map((p) => pathValue(op, p.name, p.schema))),
        fc.tuple(...queryParams.map((p) => queryValue(op, p.name, p.schema))),
        fc.oneof(
          { weight: 8, arbitrary: fc.constant('') },
          {
            weight: 1,
            arbitrary: fc.constantFrom(
              '&limit=1&limit=2',
              '&__proto__[x]=1',
              '&constructor=1',
              '&fz=%00',
              '&a[b][c][d][e][f]=1',
            ),
          },
        ),
        op.body ? bodyFor(op) : fc.constant(undefined),
        headersFor(op),
      )
      .map(([paths, queries, extraQuery, body, headers]) => {
        let url = op.path;
        pathParams.forEach((p, i) => (url = url.replace(`{${p.name}}`, paths[i].text)));
        const query = queryParams
          .map((p, i) => (queries[i] === undefined ? undefined : `${p.name}=${queries[i].text}`))
          .filter((q) => q !== undefined);
        const queryString = query.join('&') + extraQuery;
        if (queryString) url += `?${queryString.replace(/^&/, '')}`;
        const reasons = [...paths, ...queries, body, headers].map((part) => part?.mustReject).filter(Boolean);
        return {
          method: op.method,
          url,
          headers: headers.headers,
          payload: body?.text,
          mustReject: reasons[0],
          secrets: [...(body?.secrets ?? []), ...headers.secrets],
        };
      });
  };

  const describeCase = (c: Case, status: number, body: string) =>
    [
      `${c.method} ${c.url.slice(0, 300)}`,
      `headers: ${JSON.stringify(c.headers).slice(0, 400)}`,
      c.payload === undefined
        ? ''
        : `body: ${c.payload.slice(0, 400)}${c.payload.length > 400 ? `… (${c.payload.length} chars)` : ''}`,
      `→ ${status} ${body.slice(0, 800)}`,
    ]
      .filter(Boolean)
      .join('\n');

  const check = async (op: Operation, c: Case) => {
    requests += 1;
    const res = await send(c.method, c.url, c.headers, c.payload);
    const text = res.payload;
    const counts = answers.get(`${op.method} ${op.path}`) ?? {};
    counts[res.statusCode] = (counts[res.statusCode] ?? 0) + 1;
    answers.set(`${op.method} ${op.path}`, counts);
    const fail = (why: string) => {
      throw new Error(`${why}\n${describeCase(c, res.statusCode, text)}`);
    };
    if (process.env.FUZZ_DEBUG && res.statusCode === Number(process.env.FUZZ_DEBUG))
      console.info(describeCase(c, res.statusCode, text));
    if (res.statusCode >= 500) fail('5xx');
    const type = typeof res.headers['content-type'] === 'string' ? res.headers['content-type'] : '';
    if (res.statusCode >= 400) {
      if (!type.startsWith('application/problem+json')) fail(`an error that is not problem+json (${type})`);
      const problem = JSON.parse(text) as Record<string, unknown>;
      if (typeof problem.type !== 'string' || typeof problem.title !== 'string' || problem.status !== res.statusCode) {
        fail('a problem without type, title or its status');
      }
      const { instance: _instance, ...shown } = problem;
      const visible = JSON.stringify(shown);
      for (const [pattern, what] of LEAKS) if (pattern.test(visible)) fail(`an error that leaks ${what}`);
      for (const table of tables) {
        if (table.includes('_') && new RegExp(`\\b${table}\\b(?!\\.)`).test(visible))
          fail(`an error that names table ${table}`);
      }
      if (text.length > 20_000) fail('an error body over 20 kB (echoing the input?)');
      for (const secret of c.secrets)
        if (secret.length >= 12 && text.includes(secret.slice(0, 64))) fail('an error that echoes the input');
      return;
    }
    if (res.statusCode >= 200 && res.statusCode < 300) {
      if (c.mustReject) fail(`accepted although ${c.mustReject}`);
      if (type.startsWith('application/json')) {
        const mismatch = responseMismatch(op, res.statusCode, JSON.parse(text));
        if (mismatch) fail(`a ${res.statusCode} that does not fit the operation's response schema: ${mismatch}`);
      }
    }
  };

  // Deletes last, so the fixtures stay for the other operations as long as possible.
  const ordered = [
    ...operations.filter((op) => op.method !== 'DELETE'),
    ...operations.filter((op) => op.method === 'DELETE'),
  ].filter((op) => !ONLY || `${op.method} ${op.path}` === ONLY);

  it.each(ordered.map((op) => [`${op.method} ${op.path}`, op] as const))('%s', async (name, op) => {
    await fc.assert(
      fc.asyncProperty(caseFor(op), (c) => check(op, c)),
      {
        seed: seedOf(name),
        numRuns: op.body ? BODY_RUNS : RUNS,
        ...(REPLAY_PATH ? { path: REPLAY_PATH } : {}),
        endOnFailure: false,
        interruptAfterTimeLimit: 50_000,
      },
    );
  });

  // What the fuzzer found, kept as plain cases.
  it.each(['0x10', '1e1', ' 5', '5 ', '+', '1_0', '٥'])(
    'refuses limit=%j on every list: only decimal digits',
    async (limit) => {
      for (const path of ['/v1/insights', '/v1/contacts', '/v1/interactions', '/v1/me/api-keys']) {
        const res = await send('GET', `${path}?limit=${encodeURIComponent(limit)}`, {
          authorization: `Bearer ${alice.accessToken}`,
        });
        expect({ path, status: res.statusCode }).toEqual({ path, status: 400 });
        expect(JSON.parse(res.payload)).toMatchObject({ code: 'validation_failed', errors: [{ field: 'limit' }] });
      }
      expect(
        (await send('GET', '/v1/insights?limit=7', { authorization: `Bearer ${alice.accessToken}` })).statusCode,
      ).toBe(200);
    },
  );

  it('answers a body with 20,000 wrong entries with at most 50 field errors', async () => {
    const many = (entry: string) => Array(20_000).fill(entry).join(',');
    const cases: [string, string][] = [
      ['/v1/contacts', `{"name":"Many","tags":[${many('"\\u0000"')}]}`],
      [`/v1/inquiries/${fixtures.inquiry[0]}/reflections`, `{"learned":"Many","questionChanges":[${many('1')}]}`],
    ];
    for (const [route, body] of cases) {
      const res = await send(
        'POST',
        route,
        { authorization: `Bearer ${alice.accessToken}`, 'content-type': 'application/json' },
        body,
      );
      expect(res.statusCode).toBe(400);
      const problem = JSON.parse(res.payload) as { errors: { field: string; message: string }[] };
      expect(problem.errors).toHaveLength(51);
      expect(problem.errors.at(-1)).toEqual({
        field: 'body',
        message: expect.stringMatching(/^and \d+ more errors not shown$/),
      });
      expect(res.payload.length).toBeLessThan(20_000);
    }
  });

  it('leaves the server alive and ready', async () => {
    expect((await send('GET', '/health/ready')).statusCode).toBe(200);
  });
});
