import { expect } from '@jest/globals';
import type { Response } from 'supertest';

/** An RFC 9457 problem+json body as the API writes it. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: { field: string; message: string }[];
}

/** A problem body that {@link expectStrictProblem} has checked: `instance` and `requestId` are always there. */
export interface StrictProblemBody extends ProblemBody {
  instance: string;
  requestId: string;
}

/** Texts that would betray an SQL statement or a driver message in a response. */
export const SQL_LEAKS = [
  /\bselect\b.*\bfrom\b/i,
  /\binsert into\b/i,
  /\bupdate\b.*\bset\b/i,
  /duplicate key/i,
  /violates/i,
  /syntax/i,
  /uq_app_user_email/,
  /app_user/,
  /api_key/,
  /QueryFailedError/,
  /postgres/i,
  /at .*\.(?:js|ts):\d+/,
];

/**
 * Asserts an RFC 9457 problem+json response with the given status (and machine code, when given):
 * string type, title and detail, no stack trace. Returns its body.
 */
export function expectProblem(res: Response, status: number, code?: string): ProblemBody {
  // The status together with the body, so that a failure shows what the API answered.
  expect({ status: res.status, body: res.body as unknown }).toEqual(expect.objectContaining({ status }));
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = res.body as ProblemBody;
  expect(body).toMatchObject({
    status,
    type: expect.any(String),
    title: expect.any(String),
    detail: expect.any(String),
  });
  expect(body).not.toHaveProperty('stack');
  if (code) expect(body.code).toBe(code);
  return body;
}

/**
 * {@link expectProblem} plus every convention an error response keeps: `type` is a URL, `title` and
 * `detail` are not empty, `instance` is there, `code` is snake_case, `requestId` echoes the
 * X-Request-Id header, and nothing in the response betrays SQL or a driver message ({@link SQL_LEAKS}).
 */
export function expectStrictProblem(res: Response, status: number, code?: string): StrictProblemBody {
  expectProblem(res, status, code);
  const body = res.body as StrictProblemBody;
  expect(body).toEqual(
    expect.objectContaining({
      type: expect.stringMatching(/^https?:\/\/\S+$/),
      title: expect.any(String),
      status,
      detail: expect.any(String),
      instance: expect.any(String),
      code: expect.stringMatching(/^[a-z_]+$/),
      requestId: expect.any(String),
    }),
  );
  expect(body.title.length).toBeGreaterThan(0);
  expect(body.detail.length).toBeGreaterThan(0);
  expect(body.requestId).toBe(res.headers['x-request-id']);
  for (const leak of SQL_LEAKS) expect(res.text).not.toMatch(leak);
  return body;
}

/**
 * The fields the problem's `errors` name, in order, one per failed constraint (a field can fail
 * several). Each error must be exactly `{ field, message }`.
 */
export function fieldsOf(body: ProblemBody): string[] {
  expect(Array.isArray(body.errors)).toBe(true);
  for (const error of body.errors ?? []) {
    expect(error).toEqual({ field: expect.any(String), message: expect.any(String) });
  }
  return (body.errors ?? []).map((error) => error.field);
}

/** The distinct fields the problem's `errors` name (see {@link fieldsOf}), in order of first mention. */
export function distinctFieldsOf(body: ProblemBody): string[] {
  return [...new Set(fieldsOf(body))];
}
