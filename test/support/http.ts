import { expect } from '@jest/globals';
import type { Response } from 'supertest';
import type { TestUser } from '../factories/users.js';
import type { TestApp } from './test-app.js';

/** A page of a keyset-paginated list. */
export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

/** What a create route answers with, at the least. */
export interface Created {
  id: string;
}

export type Query = Record<string, string | number>;
export type Body = Record<string, unknown>;

/** Asserts the response's status, and that it has a body; a failure shows the body too. Returns the response. */
export function expectStatus<R extends Response>(res: R, status: number): R {
  expect({ status: res.status, body: res.body as unknown }).toEqual({ status, body: expect.anything() });
  return res;
}

/** Asserts the status (and a body) of a request to `path`; a failure names the path and shows the body. */
function expectStatusOf(path: string, res: Response, status: number): void {
  expect({ path, status: res.status, body: res.body as unknown }).toEqual({ path, status, body: expect.anything() });
}

/** GET `path` (with `query`, when given) as `user`; expects `status` (200) and returns the body. */
export async function apiGet<T>(t: TestApp, user: TestUser, path: string, query?: Query, status = 200): Promise<T> {
  const res = await (query ? t.http().get(path).query(query) : t.http().get(path)).set(user.auth);
  expectStatusOf(path, res, status);
  return res.body as T;
}

/** POST `body` to `path` as `user`; expects `status` (201) and returns the body. */
export async function apiPost<T = Created>(
  t: TestApp,
  user: TestUser,
  path: string,
  body: Body,
  status = 201,
): Promise<T> {
  const res = await t.http().post(path).set(user.auth).send(body);
  expectStatusOf(path, res, status);
  return res.body as T;
}

/** PATCH `body` to `path` as `user`; expects `status` (200) and returns the body. */
export async function apiPatch<T>(t: TestApp, user: TestUser, path: string, body: Body, status = 200): Promise<T> {
  const res = await t.http().patch(path).set(user.auth).send(body);
  expectStatusOf(path, res, status);
  return res.body as T;
}

/** DELETE `path` as `user`; expects 204. */
export async function apiDelete(t: TestApp, user: TestUser, path: string): Promise<void> {
  const res = await t.http().delete(path).set(user.auth);
  expectStatusOf(path, res, 204);
}

/**
 * Follows `nextCursor` from the first page (`fetchPage(null)`) to the last, at most `maxPages`
 * pages, and expects to have reached the end; returns the ids in order and each page's size.
 */
export async function collectPages<T extends Created>(
  maxPages: number,
  fetchPage: (cursor: string | null) => Promise<Page<T>>,
): Promise<{ ids: string[]; pages: number[] }> {
  const ids: string[] = [];
  const pages: number[] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < maxPages; guard++) {
    const page = await fetchPage(cursor);
    pages.push(page.data.length);
    ids.push(...page.data.map((item) => item.id));
    cursor = page.nextCursor;
    if (cursor === null) break;
  }
  expect(cursor).toBeNull();
  return { ids, pages };
}
