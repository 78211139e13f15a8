/**
 * A user's right to their data (docs/data-rights.md): the export and its import into an empty
 * account (a round trip), erasing a contact for good with sync tombstones, deleting an account, and
 * the audit log's retention.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { registerUser, type TestUser } from '../factories/users.js';
import {
  addParticipant,
  createApiKey,
  createCommitment,
  createContact,
  createInquiry,
  createInsight,
  createOpportunity,
  createQuestion,
  createReferral,
  createReflection,
  logInteraction,
  setParticipantStage,
} from '../support/api.js';
import { apiDelete, apiGet } from '../support/http.js';
import { expectProblem } from '../support/problems.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

type Doc = Record<string, unknown> & { user: Record<string, unknown> };
interface Change {
  entity: string;
  id: string;
  op: 'upsert' | 'delete';
  version: number;
}

const SECTIONS = [
  'contacts',
  'inquiries',
  'questions',
  'interactions',
  'participants',
  'referrals',
  'insights',
  'reflections',
  'commitments',
  'opportunities',
];

describe('data rights', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  const exportOf = async (user: TestUser): Promise<Doc> => {
    const res = await t.http().get('/v1/me/export').set(user.auth);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    return JSON.parse(res.text) as Doc;
  };

  /** A realistic network: two inquiries, seeds, a referral chain, conversations, insights and the rest. */
  async function network(user: TestUser) {
    const inquiry = await createInquiry(t, user);
    const other = await createInquiry(t, user, { title: 'Second inquiry' });
    const question = await createQuestion(t, user, inquiry.id, { text: 'What blocks adoption?' });
    const seed = await createContact(t, user, { name: 'Seed Person', email: 'seed@example.com', tags: ['ops'] });
    const middle = await createContact(t, user, { name: 'Middle Person' });
    const far = await createContact(t, user, { name: 'Far Person' });
    const bystander = await createContact(t, user, { name: 'Bystander' });
    await addParticipant(t, user, inquiry.id, seed.id);
    await addParticipant(t, user, other.id, middle.id);
    await createReferral(t, user, inquiry.id, { referrerId: seed.id, referredId: middle.id, reason: 'runs the PMO' });
    await setParticipantStage(t, user, inquiry.id, middle.id, 'asked');
    await createReferral(t, user, inquiry.id, {
      referrerId: middle.id,
      referredId: far.id,
      reason: 'knows the budget',
    });
    const meeting = await logInteraction(t, user, {
      contactId: middle.id,
      inquiryId: inquiry.id,
      kind: 'meeting',
      occurredAt: '2026-11-01T10:00:00Z',
    });
    await logInteraction(t, user, { contactId: seed.id, kind: 'message', occurredAt: '2026-11-02T10:00:00Z' });
    const insight = await createInsight(t, user, {
      inquiryId: inquiry.id,
      contactId: middle.id,
      interactionId: meeting.id,
      text: 'Budget sits with operations',
      kind: 'fact',
      questionIds: [question.id],
    });
    await createInsight(t, user, { inquiryId: inquiry.id, text: 'Unattributed', kind: 'fact' });
    await createReflection(t, user, inquiry.id, { learned: 'Operations owns it', nextContactIds: [middle.id] });
    await createCommitment(t, user, { contactId: middle.id, description: 'Send the paper', owner: 'me' });
    await createOpportunity(t, user, {
      contactId: middle.id,
      inquiryId: inquiry.id,
      kind: 'speaking',
      description: 'Talk at the ops meetup',
      occurredAt: '2026-11-20T10:00:00Z',
    });
    const removed = await createContact(t, user, { name: 'Deleted Later' });
    await apiDelete(t, user, `/v1/contacts/${removed.id}`);
    return { inquiry, other, question, seed, middle, far, bystander, meeting, insight };
  }

  describe('GET /v1/me/export and POST /v1/me/import', () => {
    it('exports everything in the versioned format, without secrets, and restores it into an empty account', async () => {
      const a = await registerUser(t, { name: 'Alice' });
      await network(a);
      await createApiKey(t, a, { name: 'laptop' });
      const exported = await exportOf(a);

      expect(exported).toMatchObject({ format: 'snowball-export', version: 1, user: { id: a.id, email: a.email } });
      expect(Object.keys(exported)).toEqual(['format', 'version', 'exportedAt', 'user', ...SECTIONS, 'apiKeys']);
      expect(exported.contacts).toHaveLength(5);
      expect((exported.contacts as Array<{ deletedAt: unknown }>).filter((c) => c.deletedAt !== null)).toHaveLength(1);
      expect(exported.apiKeys).toEqual([expect.objectContaining({ name: 'laptop', prefix: expect.any(String) })]);
      const text = JSON.stringify(exported);
      for (const secret of ['passwordHash', 'password_hash', 'secretHash', 'ownerId', 'syncSeq', a.password]) {
        expect(text).not.toContain(secret);
      }

      const b = await registerUser(t, { name: 'Bob' });
      const res = await t.http().post('/v1/me/import').set(b.auth).send(exported);
      expect(res.status).toBe(200);
      expect((res.body as { imported: Record<string, number> }).imported).toMatchObject({ contacts: 5, referrals: 2 });

      // Round trip: B's export equals A's apart from the account, its keys and the time of export.
      const again = await exportOf(b);
      for (const section of SECTIONS)
        expect({ section, rows: again[section] }).toEqual({ section, rows: exported[section] });
      expect(again.user).toMatchObject({ id: b.id, email: b.email });
      expect(again.apiKeys).toEqual([]);

      // The imported data works through the routes, and B's sync sends all of it.
      const [seed] = (exported.contacts as Array<{ id: string; name: string }>).filter((c) => c.name === 'Seed Person');
      await expect(apiGet(t, b, `/v1/contacts/${seed.id}`)).resolves.toMatchObject({ name: 'Seed Person' });
      const sync = await apiGet<{ changes: Change[] }>(t, b, '/v1/sync', { limit: 500 });
      expect(sync.changes.filter((c) => c.op === 'upsert').length).toBeGreaterThan(10);
      // A's rows are untouched and still A's.
      await expect(apiGet(t, a, `/v1/contacts/${seed.id}`)).resolves.toMatchObject({ name: 'Seed Person' });
    });

    it('rebuilds the restored contacts’ identity keys: the unique email and profile and import dedupe work after a restore', async () => {
      const a = await registerUser(t);
      const jane = await createContact(t, a, {
        name: 'Jane Roe',
        emails: [{ value: 'jane@roe.example' }, { value: 'jane.roe@gmail.com', label: 'home' }],
        linkedinUrl: 'https://www.linkedin.com/in/jörg-roe',
        phone: '+44 20 7946 0958',
      });
      const gone = await createContact(t, a, { name: 'Gone', email: 'gone@roe.example' });
      await apiDelete(t, a, `/v1/contacts/${gone.id}`);
      const keysOf = async (owner: string) =>
        t.sql<{ contact_id: string; kind: string; value: string }>(
          `SELECT contact_id, kind, value FROM contact_identity WHERE owner_id = $1 ORDER BY kind, value`,
          [owner],
        );
      const exported = await exportOf(a);

      const b = await registerUser(t);
      expect((await t.http().post('/v1/me/import').set(b.auth).send(exported)).status).toBe(200);
      expect(await keysOf(b.id)).toEqual(await keysOf(a.id));
      expect((await keysOf(b.id)).map((key) => key.value)).toEqual([
        'jane.roe@gmail.com',
        'jane@roe.example',
        'jörg-roe',
        '+442079460958',
      ]);
      // The unique keys hold in the restored account…
      const taken = await t.http().post('/v1/contacts').set(b.auth).send({ name: 'Copy', email: 'JANE.ROE@gmail.com' });
      expectProblem(taken, 409, 'contact_exists');
      // …a deleted contact's email is free, as before the export…
      expect(
        (await t.http().post('/v1/contacts').set(b.auth).send({ name: 'Back', email: 'gone@roe.example' })).status,
      ).toBe(201);
      // …and an import finds the restored person instead of creating them again.
      const csv =
        'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nJane,Roe,https://www.linkedin.com/in/j%C3%B6rg-roe,,,,01 Mar 2024\n';
      const imported = await t.http().post('/v1/contacts/import').set(b.auth).set('Content-Type', 'text/csv').send(csv);
      expect(imported.status).toBe(200);
      expect(imported.body).toMatchObject({ created: 0 });
      expect((await exportOf(b)).contacts as unknown[]).toHaveLength(3);
      expect(jane.id).toBeDefined();
    });

    it('refuses an import into an account that holds data (409 account_not_empty), changing nothing', async () => {
      const a = await registerUser(t);
      await network(a);
      const exported = await exportOf(a);
      const b = await registerUser(t);
      await createContact(t, b, { name: 'Already here' });
      const res = await t.http().post('/v1/me/import').set(b.auth).send(exported);
      expectProblem(res, 409, 'account_not_empty');
      expect((await exportOf(b)).contacts).toHaveLength(1);
      // Importing into itself: the account is not empty either.
      expectProblem(await t.http().post('/v1/me/import').set(a.auth).send(exported), 409, 'account_not_empty');
    });

    it('refuses documents that are not exports, naming the place, and takes a body over 1 MiB', async () => {
      const b = await registerUser(t);
      const post = (body: object) => t.http().post('/v1/me/import').set(b.auth).send(body);
      const base = Object.fromEntries([
        ['format', 'snowball-export'],
        ['version', 1],
        ...SECTIONS.map((s) => [s, []]),
      ]) as Record<string, unknown>;
      expect(expectProblem(await post({ ...base, format: 'other' }), 400, 'validation_failed').errors).toEqual([
        expect.objectContaining({ field: 'format' }),
      ]);
      expectProblem(await post({ ...base, version: 2 }), 400, 'validation_failed');
      expectProblem(await post({ ...base, contacts: 'x' }), 400, 'validation_failed');
      expect(
        expectProblem(await post({ ...base, contacts: [{ id: 'nope' }] }), 400, 'validation_failed').errors?.[0],
      ).toMatchObject({ field: expect.stringMatching(/^contacts\[0]\./) });

      // A document bigger than the ordinary 1 MiB cap: a contact with long notes, repeated.
      const a = await registerUser(t);
      for (let i = 0; i < 3; i++) await createContact(t, a, { name: `Noted ${i}`, notes: 'n'.repeat(9_000) });
      const big = await exportOf(a);
      const contacts = big.contacts as Array<Record<string, unknown>>;
      const template = contacts[0];
      big.contacts = Array.from({ length: 150 }, (_, i) => ({
        ...template,
        id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      }));
      expect(JSON.stringify(big).length).toBeGreaterThan(1024 * 1024);
      const res = await post(big);
      expect(res.status).toBe(200);
      expect((res.body as { imported: Record<string, number> }).imported.contacts).toBe(150);
    });

    it('streams a large export (keyset pages) and 401s without a token', async () => {
      const a = await registerUser(t);
      await t.sql(`INSERT INTO contact (owner_id, name) SELECT $1, 'Bulk ' || n FROM generate_series(1, 1200) AS n`, [
        a.id,
      ]);
      const exported = await exportOf(a);
      const ids = (exported.contacts as Array<{ id: string }>).map((c) => c.id);
      expect(ids).toHaveLength(1200);
      expect(new Set(ids).size).toBe(1200);
      expectProblem(await t.http().get('/v1/me/export'), 401, 'unauthenticated');
    });
  });

  describe('POST /v1/contacts/:id/erase', () => {
    it('removes the person and everything about them for good, settles the snowball, and syncs deletes', async () => {
      const user = await registerUser(t);
      const n = await network(user);
      await t.sql(
        `INSERT INTO idempotency_key (owner_id, key, request_hash, state, response_status, response_body)
         VALUES ($1, 'k-about', 'h', 'completed', 201, $2), ($1, 'k-other', 'h', 'completed', 201, '{"id":"x"}')`,
        [user.id, JSON.stringify({ contactId: n.middle.id })],
      );
      await t.sql(
        `INSERT INTO audit_log (actor_id, action, subject, details) VALUES ($1, 'api_key.created', $2, '{}')`,
        [user.id, n.middle.id],
      );
      const before = await apiGet<{ cursor: string }>(t, user, '/v1/sync', { limit: 500 });

      const res = await t.http().post(`/v1/contacts/${n.middle.id}/erase`).set(user.auth).send({});
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        contacts: 1,
        interactions: 1,
        insights: 1,
        insightsKept: 0,
        participants: 2,
        referrals: 2,
        commitments: 1,
        opportunities: 1,
      });

      // Gone from the database: no row anywhere names them.
      const named = await t.sql<{ n: number }>(
        `SELECT (SELECT count(*) FROM contact WHERE id = $1) + (SELECT count(*) FROM interaction WHERE contact_id = $1)
              + (SELECT count(*) FROM insight WHERE contact_id = $1 OR interaction_id = $2)
              + (SELECT count(*) FROM participant WHERE contact_id = $1)
              + (SELECT count(*) FROM referral WHERE referrer_id = $1 OR referred_id = $1)
              + (SELECT count(*) FROM commitment WHERE contact_id = $1) + (SELECT count(*) FROM opportunity WHERE contact_id = $1)
              + (SELECT count(*) FROM reflection WHERE $1 = ANY(next_contact_ids))
              + (SELECT count(*) FROM idempotency_key WHERE response_body::text LIKE '%' || $1 || '%')
              + (SELECT count(*) FROM audit_log WHERE subject = $1::text OR details::text LIKE '%' || $1 || '%') AS n`,
        [n.middle.id, n.meeting.id],
      );
      expect(Number(named[0].n)).toBe(0);
      expect(await t.sql(`SELECT key FROM idempotency_key WHERE owner_id = $1`, [user.id])).toEqual([
        { key: 'k-other' },
      ]);
      // The audit says an erasure happened, not whom.
      const [entry] = await t.sql<{ subject: string | null; details: object }>(
        `SELECT subject, details FROM audit_log WHERE action = 'contact.erased' AND actor_id = $1`,
        [user.id],
      );
      expect(entry.subject).toBeNull();
      expect(JSON.stringify(entry.details)).not.toContain('Middle');

      // The snowball: Far was referred only through Middle and was still `suggested`, so leaves; Seed stays.
      const participants = await apiGet<{ data: Array<{ contactId: string }> }>(
        t,
        user,
        `/v1/inquiries/${n.inquiry.id}/participants`,
      );
      expect(participants.data.map((p) => p.contactId)).toEqual([n.seed.id]);
      expectProblem(await t.http().get(`/v1/contacts/${n.middle.id}`).set(user.auth), 404, 'not_found');
      // The unattributed insight and the other contacts stay.
      const insights = await apiGet<{ data: Array<{ text: string }> }>(t, user, '/v1/insights');
      expect(insights.data.map((i) => i.text)).toEqual(['Unattributed']);

      // Sync reports every removed row as a delete.
      const after = await apiGet<{ changes: Change[] }>(t, user, '/v1/sync', { since: before.cursor, limit: 500 });
      const deletes = after.changes.filter((c) => c.op === 'delete');
      expect(deletes).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ entity: 'contact', id: n.middle.id }),
          expect.objectContaining({ entity: 'interaction', id: n.meeting.id }),
          expect.objectContaining({ entity: 'insight', id: n.insight.id }),
        ]),
      );
      expect(deletes.filter((c) => c.entity === 'referral')).toHaveLength(2);
      expect(deletes.filter((c) => c.entity === 'commitment')).toHaveLength(1);
      expect(deletes.filter((c) => c.entity === 'opportunity')).toHaveLength(1);
      // Far's soft-deleted participation, the reflection without Middle: ordinary changes.
      expect(after.changes).toEqual(expect.arrayContaining([expect.objectContaining({ entity: 'reflection' })]));
      // A first sync after the erasure leaves the tombstones out: that client never had the rows.
      const fresh = await apiGet<{ changes: Change[] }>(t, user, '/v1/sync', { limit: 500 });
      expect(fresh.changes.filter((c) => c.op === 'delete')).toEqual([]);
      // Paging through the tombstones one at a time reaches the same deletes.
      const paged: Change[] = [];
      let cursor = before.cursor;
      for (let i = 0; i < 100; i++) {
        const page = await apiGet<{ changes: Change[]; cursor: string; hasMore: boolean }>(t, user, '/v1/sync', {
          since: cursor,
          limit: 1,
        });
        paged.push(...page.changes);
        cursor = page.cursor;
        if (!page.hasMore) break;
      }
      expect(paged).toEqual(after.changes);
    });

    it('keeps the insights without the contact when asked (keepInsights)', async () => {
      const user = await registerUser(t);
      const n = await network(user);
      const res = await t.http().post(`/v1/contacts/${n.middle.id}/erase`).set(user.auth).send({ keepInsights: true });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ insights: 0, insightsKept: 1 });
      const insight = await apiGet<Record<string, unknown>>(t, user, `/v1/insights/${n.insight.id}`);
      expect(insight).toMatchObject({ text: 'Budget sits with operations', contactId: null, interactionId: null });
    });

    it("404s for another user's contact and for an unknown one, and erases a soft-deleted contact", async () => {
      const owner = await registerUser(t);
      const stranger = await registerUser(t);
      const contact = await createContact(t, owner, { name: 'Private' });
      expectProblem(
        await t.http().post(`/v1/contacts/${contact.id}/erase`).set(stranger.auth).send({}),
        404,
        'not_found',
      );
      await expect(apiGet(t, owner, `/v1/contacts/${contact.id}`)).resolves.toMatchObject({ name: 'Private' });
      expectProblem(
        await t.http().post(`/v1/contacts/${contact.id}/erase`).set(owner.auth).send({ keepInsights: 'yes' }),
        400,
        'validation_failed',
      );
      await apiDelete(t, owner, `/v1/contacts/${contact.id}`);
      const res = await t.http().post(`/v1/contacts/${contact.id}/erase`).set(owner.auth).send({});
      expect(res.status).toBe(200);
      expect(await t.sql(`SELECT id FROM contact WHERE owner_id = $1`, [owner.id])).toEqual([]);
      expectProblem(await t.http().post(`/v1/contacts/${contact.id}/erase`).set(owner.auth).send({}), 404, 'not_found');
    });
  });

  describe('DELETE /v1/me', () => {
    it('deletes the account and everything it owns; its tokens and keys stop working at once', async () => {
      const user = await registerUser(t);
      const bystander = await registerUser(t);
      await network(user);
      const other = await createContact(t, bystander, { name: 'Not theirs' });
      const key = await createApiKey(t, user, { name: 'cli' });
      const viaKey = { Authorization: `Bearer ${key.key}` };

      expectProblem(
        await t.http().delete('/v1/me').set(user.auth).send({ password: 'not-the-password' }),
        403,
        'password_confirmation_failed',
      );
      expectProblem(await t.http().delete('/v1/me').set(user.auth).send({}), 400, 'validation_failed');
      expect((await t.http().get('/v1/me').set(viaKey)).status).toBe(200);

      const res = await t.http().delete('/v1/me').set(user.auth).send({ password: user.password });
      expect(res.status).toBe(204);

      expectProblem(await t.http().get('/v1/me').set(user.auth), 401, 'unauthenticated');
      expectProblem(await t.http().get('/v1/contacts').set(viaKey), 401, 'unauthenticated');
      expectProblem(await t.http().post('/v1/auth/refresh').send({ refreshToken: user.refreshToken }), 401);
      // Nothing of theirs is left in any table.
      const tables = await t.sql<{ table: string; column: string }>(
        `SELECT table_name AS table, column_name AS column FROM information_schema.columns
          WHERE table_schema = 'public' AND column_name IN ('owner_id', 'user_id')`,
      );
      for (const { table, column } of tables) {
        const [row] = await t.sql<{ n: string }>(`SELECT count(*) AS n FROM "${table}" WHERE ${column} = $1`, [
          user.id,
        ]);
        expect({ table, rows: Number(row.n) }).toEqual({ table, rows: 0 });
      }
      expect(await t.sql(`SELECT id FROM app_user WHERE id = $1`, [user.id])).toEqual([]);
      expect(await t.sql(`SELECT key FROM rate_limit WHERE key LIKE '%' || $1`, [user.id])).toEqual([]);
      // The audit keeps only that it happened.
      const audit = await t.sql<{ action: string; subject: string | null; details: object }>(
        `SELECT action, subject, details FROM audit_log
          WHERE actor_id = $1 OR subject = $1::text OR subject = $2 OR details::text LIKE '%' || $2 || '%'`,
        [user.id, user.email],
      );
      expect(audit).toEqual([{ action: 'account.deleted', subject: user.id, details: {} }]);
      // Signing in with the old credentials fails like an unknown email.
      expectProblem(
        await t.http().post('/v1/auth/login').send({ email: user.email, password: user.password }),
        401,
        'invalid_credentials',
      );
      // Another user's data is untouched.
      await expect(apiGet(t, bystander, `/v1/contacts/${other.id}`)).resolves.toMatchObject({ name: 'Not theirs' });
    });
  });

  describe('audit-log retention', () => {
    it('purges entries older than AUDIT_RETENTION_DAYS, keeps recent ones, and still refuses any other change', async () => {
      const retained = await createTestApp({ AUDIT_RETENTION_DAYS: '30' });
      try {
        await retained.sql(
          `INSERT INTO audit_log (action, subject, created_at) VALUES
             ('auth.logout', 'old-entry', now() - interval '31 days'),
             ('auth.logout', 'recent-entry', now() - interval '29 days')`,
        );
        const { AuditService } = await import('../../src/modules/audit/audit.service.js');
        const outcome = await retained.app.get(AuditService).purgeExpired();
        expect(outcome).toEqual({ ran: true, deleted: 1 });
        const left = await retained.sql<{ subject: string }>(
          `SELECT subject FROM audit_log WHERE subject IN ('old-entry', 'recent-entry')`,
        );
        expect(left).toEqual([{ subject: 'recent-entry' }]);

        // Still append-only for everything else.
        await expect(retained.sql(`UPDATE audit_log SET subject = 'x' WHERE subject = 'recent-entry'`)).rejects.toThrow(
          /append-only/,
        );
        await expect(retained.sql(`DELETE FROM audit_log WHERE subject = 'recent-entry'`)).rejects.toThrow(
          /append-only/,
        );
        await expect(retained.sql(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
        // Even with the purge's setting, a cutoff younger than a day or an entry newer than it is refused.
        await expect(
          retained.sql(
            `WITH s AS (SELECT set_config('snowball.audit_purge_before', now()::text, false))
             DELETE FROM audit_log WHERE subject = 'recent-entry' AND EXISTS (SELECT 1 FROM s)`,
          ),
        ).rejects.toThrow(/append-only/);
        expect(await retained.sql(`SELECT 1 FROM audit_log WHERE subject = 'recent-entry'`)).toHaveLength(1);
      } finally {
        await retained.close();
      }
    });
  });
});
