import { randomBytes } from 'node:crypto';
import { expect } from '@jest/globals';
import type { TestApp } from '../support/test-app.js';

export interface TestUser {
  id: string;
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
  /** `{ Authorization: 'Bearer <access token>' }` for supertest's `.set()`. */
  auth: { Authorization: string };
}

export const uniqueEmail = (label = 'user') => `${label}-${randomBytes(5).toString('hex')}@example.com`;

/** Registers a user through the API. */
export async function registerUser(
  t: TestApp,
  overrides: { email?: string; password?: string; name?: string } = {},
): Promise<TestUser> {
  const email = overrides.email ?? uniqueEmail();
  const password = overrides.password ?? 'a-long-enough-password';
  const res = await t
    .http()
    .post('/v1/auth/register')
    .send({ email, password, name: overrides.name ?? 'Test User' });
  expect(res.status).toBe(201);
  const body = res.body as { user: { id: string; email: string }; accessToken: string; refreshToken: string };
  return {
    id: body.user.id,
    email: body.user.email,
    password,
    accessToken: body.accessToken,
    refreshToken: body.refreshToken,
    auth: { Authorization: `Bearer ${body.accessToken}` },
  };
}

/** Registers a user and makes them an admin directly in the database (as ADMIN_EMAIL would at start-up). */
export async function registerAdmin(t: TestApp): Promise<TestUser> {
  const user = await registerUser(t, { email: uniqueEmail('admin') });
  await t.sql(`UPDATE app_user SET role = 'admin' WHERE id = $1`, [user.id]);
  return user;
}
