import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'supertest';
import { sha256 } from '../../src/common/crypto.js';
import { RefreshTokenPurge } from '../../src/modules/auth/refresh-token-purge.js';
import { registerUser, uniqueEmail, type TestUser } from '../factories/users.js';
import { expectStrictProblem } from '../support/problems.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** The pair limit is 3 consecutive failures here; the email's 8 and the IP's 20 within a day. */
const LIMITS = {
  TRUST_PROXY: 'true',
  LOGIN_MAX_FAILURES: '3',
  LOGIN_MAX_FAILURES_PER_EMAIL: '8',
  LOGIN_MAX_FAILURES_PER_IP: '20',
};
const WRONG = 'wrong-password-123';

let ipCounter = 0;
/** A client IP no other test uses (documentation ranges). */
const freshIp = () => {
  ipCounter += 1;
  return `198.51.${Math.floor(ipCounter / 250)}.${(ipCounter % 250) + 1}`;
};

function retryAfterSeconds(res: Response): number {
  const header = res.headers['retry-after'];
  expect(header).toMatch(/^\d+$/);
  return Number(header);
}

interface AuditRow {
  action: string;
  actor_id: string | null;
  subject: string | null;
  ip: string | null;
  details: Record<string, unknown>;
}

describe('login throttling aims at the attacker, not the victim', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(LIMITS);
  });
  afterAll(async () => {
    await t.close();
  });

  const login = (email: string, password: string, ip: string) =>
    t.http().post('/v1/auth/login').set('X-Forwarded-For', ip).send({ email, password });

  it("blocks the attacker's (email, IP) pair after 3 failures, even with the right password; the victim signs in from another IP", async () => {
    const victim = await registerUser(t);
    const attacker = freshIp();
    for (let i = 0; i < 3; i++)
      expectStrictProblem(await login(victim.email, WRONG, attacker), 401, 'invalid_credentials');

    const blocked = await login(victim.email, victim.password, attacker);
    expectStrictProblem(blocked, 429, 'login_throttled');
    const retryAfter = retryAfterSeconds(blocked);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(blocked.body).not.toHaveProperty('accessToken');
    // The request budgets are still reported on the 429.
    expect(String(blocked.headers['ratelimit-policy'])).toContain('"ip"');
    expect(String(blocked.headers['ratelimit'])).toContain('"ip"');
    // Email case does not get around it.
    expectStrictProblem(await login(victim.email.toUpperCase(), victim.password, attacker), 429, 'login_throttled');

    const fromHome = await login(victim.email, victim.password, freshIp());
    expect(fromHome.status).toBe(200);
    expect(typeof (fromHome.body as { accessToken: string }).accessToken).toBe('string');
    // …and the attacker's pair stays blocked after the victim's success elsewhere.
    expectStrictProblem(await login(victim.email, victim.password, attacker), 429, 'login_throttled');
  });

  it('backs off exponentially: the next block of the same pair lasts twice as long', async () => {
    const victim = await registerUser(t);
    const attacker = freshIp();
    const pairKey = `login_pair:${sha256(victim.email)}:${attacker}`;
    for (let i = 0; i < 3; i++) await login(victim.email, WRONG, attacker);
    const first = retryAfterSeconds(await login(victim.email, WRONG, attacker));
    expect(first).toBeGreaterThan(50);
    expect(first).toBeLessThanOrEqual(60);

    // Let the first block run out, then fail 3 more times.
    await t.sql(`UPDATE rate_limit SET expire = 0 WHERE key = $1`, [pairKey]);
    for (let i = 0; i < 3; i++) expectStrictProblem(await login(victim.email, WRONG, attacker), 401);
    const second = await login(victim.email, victim.password, attacker);
    expectStrictProblem(second, 429, 'login_throttled');
    expect(retryAfterSeconds(second)).toBeGreaterThan(110);
    expect(retryAfterSeconds(second)).toBeLessThanOrEqual(120);
  });

  it('resets the pair on a successful login: failures only count when consecutive', async () => {
    const user = await registerUser(t);
    const ip = freshIp();
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 2; i++) expectStrictProblem(await login(user.email, WRONG, ip), 401, 'invalid_credentials');
      expect((await login(user.email, user.password, ip)).status).toBe(200);
    }
    // 6 failures in all from this pair, never 3 in a row: no counter left for the pair.
    expect(await t.sql(`SELECT key FROM rate_limit WHERE key LIKE $1`, [`login_pair%${sha256(user.email)}%`])).toEqual(
      [],
    );
  });

  it('lets an office behind one NAT address fail a few times each without locking everyone out', async () => {
    const office = freshIp();
    const people: TestUser[] = [];
    for (let i = 0; i < 6; i++) people.push(await registerUser(t));
    // 12 failures from one IP (the old rule, 3 × the account limit, throttled the IP at 9).
    for (const person of people) {
      for (let i = 0; i < 2; i++) expectStrictProblem(await login(person.email, WRONG, office), 401);
    }
    for (const person of people) expect((await login(person.email, person.password, office)).status).toBe(200);
  });

  it('throttles one IP after 20 failures over many emails (spraying), for every account from it, not elsewhere', async () => {
    const sprayer = freshIp();
    const user = await registerUser(t);
    for (let i = 0; i < 20; i++) {
      expectStrictProblem(await login(uniqueEmail('spray'), WRONG, sprayer), 401, 'invalid_credentials');
    }
    const throttled = await login(user.email, user.password, sprayer);
    expectStrictProblem(throttled, 429, 'login_throttled');
    expect(retryAfterSeconds(throttled)).toBeGreaterThan(23 * 60 * 60);
    // A success elsewhere does not launder the IP's count.
    expect((await login(user.email, user.password, freshIp())).status).toBe(200);
    expectStrictProblem(await login(user.email, user.password, sprayer), 429, 'login_throttled');
  });

  it('throttles one email attacked from many IPs after 8 failures, even with the right password; a success does not clear it', async () => {
    const victim = await registerUser(t);
    for (let i = 0; i < 7; i++) expectStrictProblem(await login(victim.email, WRONG, freshIp()), 401);
    // Below the email's limit the owner still signs in, and that does not forgive the 7 failures…
    const home = freshIp();
    expect((await login(victim.email, victim.password, home)).status).toBe(200);
    expectStrictProblem(await login(victim.email, WRONG, freshIp()), 401);
    // …so the 8th failure throttles the email from every IP.
    for (const ip of [home, freshIp()]) {
      const throttled = await login(victim.email, victim.password, ip);
      expectStrictProblem(throttled, 429, 'login_throttled');
      expect(retryAfterSeconds(throttled)).toBeLessThanOrEqual(24 * 60 * 60);
    }
    // Other accounts are not affected.
    const other = await registerUser(t);
    expect((await login(other.email, other.password, home)).status).toBe(200);

    // Counted under a hash of the email; no address in the table.
    const [row] = await t.sql<{ points: number }>(`SELECT points FROM rate_limit WHERE key = $1`, [
      `login_email:${sha256(victim.email)}`,
    ]);
    expect(row.points).toBe(8);
    expect(await t.sql(`SELECT key FROM rate_limit WHERE key LIKE '%@%'`)).toEqual([]);
  });

  it('counts a burst of parallel guesses from one pair: no more than 3 reach the password check', async () => {
    const victim = await registerUser(t);
    const attacker = freshIp();
    const answers = await Promise.all(Array.from({ length: 8 }, () => login(victim.email, WRONG, attacker)));
    const statuses = answers.map((res) => res.status).sort();
    expect(statuses.filter((status) => status === 401)).toHaveLength(3);
    expect(statuses.filter((status) => status === 429)).toHaveLength(5);
  });
});

describe('refresh rotation with a grace window, and logout', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ TRUST_PROXY: 'true' });
  });
  afterAll(async () => {
    await t.close();
  });

  const refresh = (refreshToken: string) => t.http().post('/v1/auth/refresh').send({ refreshToken });
  const me = (accessToken: string) => t.http().get('/v1/me').set('Authorization', `Bearer ${accessToken}`);
  const auditOf = (user: TestUser, action: string) =>
    t.sql<AuditRow>(`SELECT * FROM audit_log WHERE action = $1 AND subject = $2`, [action, user.id]);
  const tokenId = (refreshToken: string) => refreshToken.split('.')[0];

  it('answers two refreshes sent at once with the same token with the same new refresh token; the session lives on', async () => {
    const user = await registerUser(t);
    const [a, b] = await Promise.all([refresh(user.refreshToken), refresh(user.refreshToken)]);
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    const [first, second] = [a.body, b.body] as { refreshToken: string; accessToken: string }[];
    expect(first.refreshToken).toBe(second.refreshToken);
    expect(first.refreshToken).not.toBe(user.refreshToken);
    for (const body of [first, second]) {
      const res = await me(body.accessToken);
      expect(res.status).toBe(200);
      expect((res.body as { id: string }).id).toBe(user.id);
    }
    expect(await auditOf(user, 'auth.refresh_reuse_detected')).toEqual([]);

    // The shared successor keeps working: the family was not revoked.
    const next = await refresh(first.refreshToken);
    expect(next.status).toBe(200);
    expect(
      await t.sql(`SELECT id FROM refresh_token WHERE user_id = $1 AND revoked_at IS NOT NULL`, [user.id]),
    ).toEqual([]);
  });

  it('replays the same successor to a retry within 30 seconds, and keeps no usable token at rest', async () => {
    const user = await registerUser(t);
    const rotated = await refresh(user.refreshToken);
    expect(rotated.status).toBe(200);
    const successor = (rotated.body as { refreshToken: string }).refreshToken;

    const retry = await refresh(user.refreshToken);
    expect(retry.status).toBe(200);
    expect((retry.body as { refreshToken: string }).refreshToken).toBe(successor);

    // The successor's secret is stored only encrypted (and its hash), never as it was handed out.
    const secret = successor.split('.')[1];
    const [row] = await t.sql<{ replaced_by_id: string; replacement_secret: string }>(
      `SELECT replaced_by_id, replacement_secret FROM refresh_token WHERE id = $1`,
      [tokenId(user.refreshToken)],
    );
    expect(row.replaced_by_id).toBe(tokenId(successor));
    expect(row.replacement_secret).toEqual(expect.any(String));
    expect(row.replacement_secret).not.toContain(secret);
    const dump = JSON.stringify(await t.sql(`SELECT * FROM refresh_token WHERE user_id = $1`, [user.id]));
    expect(dump).not.toContain(secret);

    // Once the successor is spent itself, the copy is dropped and the old token is plain reuse.
    expect((await refresh(successor)).status).toBe(200);
    const [spent] = await t.sql<{ replacement_secret: string | null }>(
      `SELECT replacement_secret FROM refresh_token WHERE id = $1`,
      [tokenId(user.refreshToken)],
    );
    expect(spent.replacement_secret).toBeNull();
    expectStrictProblem(await refresh(user.refreshToken), 401, 'refresh_token_reused');
  });

  it('treats a rotated token presented after the 30-second window as stolen: family revoked, reuse audited', async () => {
    const user = await registerUser(t);
    const rotated = await refresh(user.refreshToken);
    const successor = (rotated.body as { refreshToken: string }).refreshToken;
    await t.sql(`UPDATE refresh_token SET used_at = used_at - interval '31 seconds' WHERE id = $1`, [
      tokenId(user.refreshToken),
    ]);

    const reuse = await t
      .http()
      .post('/v1/auth/refresh')
      .set('X-Forwarded-For', '203.0.113.66')
      .send({ refreshToken: user.refreshToken });
    expectStrictProblem(reuse, 401, 'refresh_token_reused');
    const rows = await auditOf(user, 'auth.refresh_reuse_detected');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor_id: user.id, ip: '203.0.113.66' });
    // The successor went with the family.
    expectStrictProblem(await refresh(successor), 401, 'refresh_token_reused');
  });

  it('after logout, refreshing says the session ended (401 session_ended), raises no theft alarm, and the logout is audited', async () => {
    const user = await registerUser(t);
    const rotated = await refresh(user.refreshToken);
    const current = (rotated.body as { refreshToken: string }).refreshToken;

    const out = await t
      .http()
      .post('/v1/auth/logout')
      .set('X-Forwarded-For', '203.0.113.77')
      .send({ refreshToken: current });
    expect(out.status).toBe(204);

    // The logged-out token, and the one it was rotated from (even within the grace window).
    for (const token of [current, user.refreshToken]) {
      const res = await refresh(token);
      const body = expectStrictProblem(res, 401, 'session_ended');
      expect(body.detail).toMatch(/signed out/);
    }
    expect(await auditOf(user, 'auth.refresh_reuse_detected')).toEqual([]);
    const logouts = await auditOf(user, 'auth.logout');
    expect(logouts).toHaveLength(1);
    expect(logouts[0]).toMatchObject({ actor_id: user.id, ip: '203.0.113.77' });
    expect(logouts[0].details).toEqual({ familyId: expect.any(String) });

    // Logging out again changes nothing and audits nothing more.
    expect((await t.http().post('/v1/auth/logout').send({ refreshToken: current })).status).toBe(204);
    expect(await auditOf(user, 'auth.logout')).toHaveLength(1);
  });

  it('ends only the session logged out: another sign-in of the same user keeps refreshing', async () => {
    const user = await registerUser(t);
    const other = await t.http().post('/v1/auth/login').send({ email: user.email, password: user.password });
    expect(other.status).toBe(200);
    expect((await t.http().post('/v1/auth/logout').send({ refreshToken: user.refreshToken })).status).toBe(204);
    expect((await refresh((other.body as { refreshToken: string }).refreshToken)).status).toBe(200);
  });
});

describe('the hourly purge of dead refresh-token families', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const refresh = (refreshToken: string) => t.http().post('/v1/auth/refresh').send({ refreshToken });
  const tokensOf = (user: TestUser) =>
    t.sql<{ id: string }>(`SELECT id FROM refresh_token WHERE user_id = $1 ORDER BY created_at`, [user.id]);
  const expire = (ids: string[], ago: string) =>
    t.sql(`UPDATE refresh_token SET expires_at = now() - $2::interval WHERE id = ANY($1)`, [ids, ago]);

  it('removes a family whose every token expired over a day ago, whole, and nothing else', async () => {
    const dead = await registerUser(t);
    const rotated = await refresh(dead.refreshToken);
    expect(rotated.status).toBe(200);
    const deadTokens = (await tokensOf(dead)).map((row) => row.id);
    expect(deadTokens).toHaveLength(2);
    await expire(deadTokens, '2 days');

    // Expired within the last day: kept (the margin).
    const recent = await registerUser(t);
    await expire(
      (await tokensOf(recent)).map((row) => row.id),
      '1 hour',
    );
    const live = await registerUser(t);

    const purge = t.app.get(RefreshTokenPurge);
    expect(await purge.purgeExpired()).toEqual({ ran: true, deleted: 2 });
    expect(await tokensOf(dead)).toEqual([]);
    expect(await tokensOf(recent)).toHaveLength(1);
    expect(await tokensOf(live)).toHaveLength(1);
    expect((await refresh(live.refreshToken)).status).toBe(200);
    expect(await purge.purgeExpired()).toEqual({ ran: true, deleted: 0 });
  });

  it('keeps the long-expired spent tokens of a family still alive, so replaying a stolen one still revokes it', async () => {
    const user = await registerUser(t);
    const stolen = user.refreshToken;
    const rotated = await refresh(stolen);
    const current = (rotated.body as { refreshToken: string }).refreshToken;
    await expire([stolen.split('.')[0]], '30 days');
    // Past the grace window: the replay of the spent token is theft.
    await t.sql(`UPDATE refresh_token SET used_at = now() - interval '30 days' WHERE id = $1`, [stolen.split('.')[0]]);

    expect(await t.app.get(RefreshTokenPurge).purgeExpired()).toEqual({ ran: true, deleted: 0 });
    expect(await tokensOf(user)).toHaveLength(2);
    expectStrictProblem(await refresh(stolen), 401, 'refresh_token_reused');
    expectStrictProblem(await refresh(current), 401, 'refresh_token_reused');
  });
});
