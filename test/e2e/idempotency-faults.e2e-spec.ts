import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Response } from 'supertest';
import { expectStrictProblem } from '../support/problems.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { registerUser, type TestUser } from '../factories/users.js';

/**
 * Issue 11, finding 6: an Idempotency-Key is exactly-once under faults. The key's outcome commits
 * in the same transaction as the work, so a failure between the commit and storing the response
 * can neither free the key nor let a takeover run the request again.
 */
describe('Idempotency under faults', () => {
  let t: TestApp;
  let alice: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    alice = await registerUser(t);
  });
  afterAll(async () => {
    await t.sql(`DROP TRIGGER IF EXISTS fail_completion ON idempotency_key`);
    await t.close();
  });

  const create = (key: string, name: string) =>
    t.http().post('/v1/contacts').set(alice.auth).set('Idempotency-Key', key).send({ name });
  const contactsNamed = (name: string) =>
    t.sql<{ id: string }>(`SELECT id FROM contact WHERE owner_id = $1 AND name = $2`, [alice.id, name]);
  const keyRow = async (key: string) =>
    (
      await t.sql<{ state: string; response_status: number | null; response_body: unknown }>(
        `SELECT state, response_status, response_body FROM idempotency_key WHERE owner_id = $1 AND key = $2`,
        [alice.id, key],
      )
    )[0];
  const until = async (check: () => Promise<boolean>, ms = 5_000) => {
    const end = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > end) throw new Error('timed out');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  /** Makes storing a response fail, as a database going away right after the commit would. */
  const failCompletion = async () => {
    await t.sql(`CREATE OR REPLACE FUNCTION fail_completion() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'injected fault: completion refused'; END $$`);
    await t.sql(`CREATE TRIGGER fail_completion BEFORE UPDATE ON idempotency_key
      FOR EACH ROW WHEN (NEW.state = 'completed') EXECUTE FUNCTION fail_completion()`);
  };
  const healCompletion = () => t.sql(`DROP TRIGGER IF EXISTS fail_completion ON idempotency_key`);

  it('marks the key committed in the work transaction: when storing the response fails, a retry gets the original response and no second row', async () => {
    const key = randomUUID();
    await failCompletion();
    try {
      const first = await create(key, 'Fault Once');
      // The work committed, so the client is told so.
      expect(first.status).toBe(201);
      expect(await contactsNamed('Fault Once')).toHaveLength(1);
      // Only the claim's token is stored, no response yet.
      expect(await keyRow(key)).toMatchObject({
        state: 'committed',
        response_status: 201,
        response_body: { claim: expect.any(String) },
      });

      // A retry while the response is still not stored: waits (bounded), then 409 with Retry-After.
      const started = Date.now();
      const early = await create(key, 'Fault Once');
      expect(Date.now() - started).toBeGreaterThanOrEqual(1_500);
      expectStrictProblem(early, 409, 'idempotency_request_in_flight');
      expect(early.headers['retry-after']).toBe('1');
      expect(await contactsNamed('Fault Once')).toHaveLength(1);
    } finally {
      await healCompletion();
    }
    // The instance keeps trying to store the response; once the database accepts it, retries replay.
    await until(async () => (await keyRow(key))?.state === 'completed');
    const first = (await keyRow(key)).response_body as { id: string };
    const retry = await create(key, 'Fault Once');
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first);
    expect(await contactsNamed('Fault Once')).toEqual([{ id: first.id }]);
  });

  it('never runs a committed request again, even after the stale in-flight takeover time', async () => {
    const key = randomUUID();
    await failCompletion();
    try {
      expect((await create(key, 'Fault Stale')).status).toBe(201);
      // The instance that ran it died before the response was stored, long ago.
      await t.sql(
        `UPDATE idempotency_key SET created_at = now() - interval '10 minutes' WHERE owner_id = $1 AND key = $2`,
        [alice.id, key],
      );
    } finally {
      await healCompletion();
    }
    await t.sql(
      `UPDATE idempotency_key SET state = 'committed', response_body = NULL WHERE owner_id = $1 AND key = $2`,
      [alice.id, key],
    );
    const retry = await create(key, 'Fault Stale');
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await contactsNamed('Fault Stale')).toHaveLength(1);
  });

  it('frees the key when the work rolled back, so the retry runs it once', async () => {
    const key = randomUUID();
    await t.sql(`CREATE OR REPLACE FUNCTION fail_contact() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.name = 'Fault Rollback' THEN RAISE EXCEPTION 'injected fault'; END IF; RETURN NEW; END $$`);
    await t.sql(`CREATE TRIGGER fail_contact BEFORE INSERT ON contact FOR EACH ROW EXECUTE FUNCTION fail_contact()`);
    let failed: Response;
    try {
      failed = await create(key, 'Fault Rollback');
    } finally {
      await t.sql(`DROP TRIGGER fail_contact ON contact`);
    }
    expect(failed.status).toBeGreaterThanOrEqual(500);
    expect(await keyRow(key)).toBeUndefined();
    const retry = await create(key, 'Fault Rollback');
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBeUndefined();
    expect(await contactsNamed('Fault Rollback')).toHaveLength(1);
  });

  describe('a duplicate sent while the first is still running', () => {
    /** Holds alice's change-number row, so her next write transaction waits until `release`. */
    const holdWrites = async () => {
      const client = new pg.Client({ connectionString: t.databaseUrl });
      await client.connect();
      await client.query('BEGIN');
      await client.query(
        `INSERT INTO owner_clock (owner_id, seq) VALUES ($1, 1) ON CONFLICT (owner_id) DO UPDATE SET seq = owner_clock.seq`,
        [alice.id],
      );
      return async () => {
        await client.query('COMMIT');
        await client.end();
      };
    };

    it('waits for the original response and replays it', async () => {
      const key = randomUUID();
      const release = await holdWrites();
      const first = create(key, 'Fault Wait').then((res) => res);
      await until(async () => (await keyRow(key))?.state === 'in_flight');
      const duplicate = create(key, 'Fault Wait').then((res) => res);
      await new Promise((resolve) => setTimeout(resolve, 400));
      await release();
      const [original, replayed] = await Promise.all([first, duplicate]);
      expect(original.status).toBe(201);
      expect(replayed.status).toBe(201);
      expect(replayed.headers['idempotent-replayed']).toBe('true');
      expect(replayed.body).toEqual(original.body);
      expect(await contactsNamed('Fault Wait')).toHaveLength(1);
    });

    it('lets a request whose claim was taken over (it ran past the stale time) commit nothing', async () => {
      const key = randomUUID();
      const release = await holdWrites();
      const first = create(key, 'Fault Takeover').then((res) => res);
      let second: Promise<Response>;
      try {
        await until(async () => (await keyRow(key))?.state === 'in_flight');
        // The first looks abandoned: a retry takes the key over and runs.
        await t.sql(
          `UPDATE idempotency_key SET created_at = now() - interval '10 minutes' WHERE owner_id = $1 AND key = $2`,
          [alice.id, key],
        );
        second = create(key, 'Fault Takeover').then((res) => res);
        await new Promise((resolve) => setTimeout(resolve, 300));
      } finally {
        await release();
      }
      const answers = await Promise.all([first, second!]);
      expect(answers.map((res) => res.status).sort()).toEqual([201, 409]);
      expect(await contactsNamed('Fault Takeover')).toHaveLength(1);
    });

    it('gets 409 with Retry-After when the original takes longer than the wait', async () => {
      const key = randomUUID();
      const release = await holdWrites();
      const first = create(key, 'Fault Slow').then((res) => res);
      try {
        await until(async () => (await keyRow(key))?.state === 'in_flight');
        const duplicate = await create(key, 'Fault Slow');
        expectStrictProblem(duplicate, 409, 'idempotency_request_in_flight');
        expect(duplicate.headers['retry-after']).toBe('1');
      } finally {
        await release();
      }
      expect((await first).status).toBe(201);
      expect(await contactsNamed('Fault Slow')).toHaveLength(1);
    });
  });
});
