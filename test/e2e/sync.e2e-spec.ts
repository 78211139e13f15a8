import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import type { TestUser } from '../factories/users.js';
import { registerUser } from '../factories/users.js';
import {
  addParticipant,
  createCommitment,
  createContact,
  createInquiry,
  createInsight,
  createOpportunity,
  createQuestion,
  createReferral,
  createReflection,
  logInteraction,
} from '../support/api.js';
import { apiDelete, apiGet, apiPatch } from '../support/http.js';
import { expectStrictProblem } from '../support/problems.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

interface Change {
  entity: string;
  id: string;
  op: 'upsert' | 'delete';
  version: number;
  data: Record<string, unknown> | null;
}
interface SyncPage {
  changes: Change[];
  cursor: string;
  hasMore: boolean;
}

/** Delta sync (docs/sync.md): GET /v1/sync?since=&limit=. */
describe('GET /v1/sync', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  const sync = (user: TestUser, query: Record<string, string | number> = {}) =>
    apiGet<SyncPage>(t, user, '/v1/sync', query);

  /** Follows `hasMore` to the end; returns every change and the last cursor. */
  async function drain(user: TestUser, since?: string, limit = 100): Promise<{ changes: Change[]; cursor: string }> {
    const changes: Change[] = [];
    let cursor = since;
    for (let i = 0; i < 1000; i++) {
      const page = await sync(user, { ...(cursor ? { since: cursor } : {}), limit });
      changes.push(...page.changes);
      cursor = page.cursor;
      if (!page.hasMore) return { changes, cursor };
    }
    throw new Error('sync never finished');
  }

  it('gives a new account an empty first sync and a cursor', async () => {
    const user = await registerUser(t);
    const page = await sync(user);
    expect(page).toEqual({ changes: [], cursor: expect.any(String), hasMore: false });
  });

  it('sends every entity a user owns in a full sync, each as its own GET returns it', async () => {
    const user = await registerUser(t);
    const inquiry = await createInquiry(t, user);
    const question = await createQuestion(t, user, inquiry.id, { text: 'What blocks adoption?' });
    const seed = await createContact(t, user, { name: 'Seed Person', organization: 'Acme' });
    await addParticipant(t, user, inquiry.id, seed.id);
    const referral = await createReferral(t, user, inquiry.id, {
      referrerId: seed.id,
      referred: { name: 'Referred Person' },
      reason: 'runs the PMO',
    });
    const referredId = (referral as unknown as { referredId: string }).referredId;
    const interaction = await logInteraction(t, user, {
      contactId: seed.id,
      inquiryId: inquiry.id,
      kind: 'meeting',
      occurredAt: '2026-11-01T10:00:00Z',
    });
    const insight = await createInsight(t, user, {
      inquiryId: inquiry.id,
      contactId: seed.id,
      interactionId: interaction.id,
      text: 'Budget sits with operations',
      kind: 'fact',
      questionIds: [question.id],
    });
    const reflection = await createReflection(t, user, inquiry.id, { learned: 'Operations owns it' });
    const commitment = await createCommitment(t, user, {
      contactId: seed.id,
      description: 'Send the paper',
      owner: 'me',
    });
    const opportunity = await createOpportunity(t, user, {
      contactId: seed.id,
      kind: 'speaking',
      description: 'Talk at the ops meetup',
      occurredAt: '2026-11-20T10:00:00Z',
    });

    const { changes } = await drain(user);
    const byEntity = (entity: string) => changes.filter((change) => change.entity === entity);
    expect(
      byEntity('contact')
        .map((c) => c.id)
        .sort(),
    ).toEqual([seed.id, referredId].sort());
    expect(byEntity('inquiry').map((c) => c.id)).toEqual([inquiry.id]);
    expect(byEntity('question').map((c) => c.id)).toEqual([question.id]);
    expect(byEntity('participant')).toHaveLength(2);
    expect(byEntity('referral').map((c) => c.id)).toEqual([referral.id]);
    expect(byEntity('interaction').map((c) => c.id)).toEqual([interaction.id]);
    expect(byEntity('insight').map((c) => c.id)).toEqual([insight.id]);
    expect(byEntity('reflection').map((c) => c.id)).toEqual([reflection.id]);
    expect(byEntity('commitment').map((c) => c.id)).toEqual([commitment.id]);
    expect(byEntity('opportunity').map((c) => c.id)).toEqual([opportunity.id]);
    expect(changes.every((change) => change.op === 'upsert')).toBe(true);
    // Each row once, in its latest version, with the same representation as its GET.
    expect(new Set(changes.map((c) => `${c.entity}:${c.id}`)).size).toBe(changes.length);
    const contact = await apiGet<Record<string, unknown>>(t, user, `/v1/contacts/${seed.id}`);
    expect(byEntity('contact').find((c) => c.id === seed.id)?.data).toEqual(contact);
    expect(byEntity('contact').find((c) => c.id === seed.id)?.version).toBe(contact.version);
    const participant = byEntity('participant').find((c) => c.data?.contactId === referredId);
    expect(participant?.data).toMatchObject({ inquiryId: inquiry.id, origin: 'referral', wave: 1 });
  });

  it('sends only what changed since the cursor, never an unchanged row again, and deletes as tombstones', async () => {
    const user = await registerUser(t);
    const kept = await createContact(t, user, { name: 'Kept' });
    const edited = await createContact(t, user, { name: 'Edited' });
    const removed = await createContact(t, user, { name: 'Removed' });
    const first = await drain(user);
    expect(first.changes).toHaveLength(3);

    // Nothing changed: nothing sent, and the cursor still works.
    const idle = await sync(user, { since: first.cursor });
    expect(idle.changes).toEqual([]);
    expect(idle.hasMore).toBe(false);

    await apiPatch(t, user, `/v1/contacts/${edited.id}`, { organization: 'Globex' });
    await apiDelete(t, user, `/v1/contacts/${removed.id}`);
    const added = await createContact(t, user, { name: 'Added' });
    const second = await drain(user, idle.cursor);
    expect(second.changes.map((c) => [c.id, c.op])).toEqual([
      [edited.id, 'upsert'],
      [removed.id, 'delete'],
      [added.id, 'upsert'],
    ]);
    expect(second.changes[0].data).toMatchObject({ organization: 'Globex', version: 2 });
    expect(second.changes[1].data).toBeNull();
    expect(second.changes.some((c) => c.id === kept.id)).toBe(false);

    const third = await sync(user, { since: second.cursor });
    expect(third.changes).toEqual([]);
  });

  it('pages with limit without repeats or gaps, across tables and within one transaction', async () => {
    const user = await registerUser(t);
    const inquiry = await createInquiry(t, user);
    const seed = await createContact(t, user, { name: 'Seed' });
    await addParticipant(t, user, inquiry.id, seed.id);
    for (let i = 0; i < 7; i++) {
      // One transaction writes a contact and a participant (the same change number).
      await createReferral(t, user, inquiry.id, { referrerId: seed.id, referred: { name: `Referred ${i}` } });
    }
    const all = await drain(user, undefined, 100);
    const paged = await drain(user, undefined, 3);
    expect(paged.changes.map((c) => `${c.entity}:${c.id}`)).toEqual(all.changes.map((c) => `${c.entity}:${c.id}`));
    expect(all.changes).toHaveLength(1 + 1 + 1 + 7 * 3);
    // Parents before children within a transaction: a referred contact comes before its participant.
    const contactAt = all.changes.findIndex((c) => c.entity === 'contact' && c.data?.name === 'Referred 3');
    const participantAt = all.changes.findIndex(
      (c) => c.entity === 'participant' && c.data?.contactId === all.changes[contactAt].id,
    );
    expect(contactAt).toBeLessThan(participantAt);
  });

  it('leaves rows deleted before a full sync out of it, but reports deletions made while it pages', async () => {
    const user = await registerUser(t);
    const gone = await createContact(t, user, { name: 'Gone before' });
    await apiDelete(t, user, `/v1/contacts/${gone.id}`);
    const a = await createContact(t, user, { name: 'A' });
    await createContact(t, user, { name: 'B' });
    const firstPage = await sync(user, { limit: 1 });
    expect(firstPage.changes.map((c) => c.id)).toEqual([a.id]);
    expect(firstPage.hasMore).toBe(true);
    await apiDelete(t, user, `/v1/contacts/${a.id}`);
    const rest = await drain(user, firstPage.cursor);
    expect(rest.changes.map((c) => c.data?.name ?? c.op)).toEqual(['B', 'delete']);
    expect(rest.changes.some((c) => c.id === gone.id)).toBe(false);
  });

  it('never skips a change whose transaction commits late: a later write waits for it', async () => {
    const user = await registerUser(t);
    await createContact(t, user, { name: 'Before' });
    const start = await drain(user);

    // A transaction of this user that took its change number and has not committed yet.
    const slow = new pg.Client({ connectionString: t.databaseUrl });
    await slow.connect();
    try {
      await slow.query('BEGIN');
      await slow.query(
        `WITH clock AS (
           INSERT INTO owner_clock (owner_id, seq) VALUES ($1, 1)
           ON CONFLICT (owner_id) DO UPDATE SET seq = owner_clock.seq + 1 RETURNING seq)
         SELECT set_config('snowball.sync_seq', seq::text, true) FROM clock`,
        [user.id],
      );
      await slow.query(`INSERT INTO contact (owner_id, name) VALUES ($1, 'Committed late')`, [user.id]);

      // A later write of the same user must not commit (with a higher number) before it…
      let laterDone = false;
      const later = createContact(t, user, { name: 'Written later' }).then((created) => {
        laterDone = true;
        return created;
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(laterDone).toBe(false);
      // …and a sync meanwhile sees neither.
      const meanwhile = await sync(user, { since: start.cursor });
      expect(meanwhile.changes).toEqual([]);

      await slow.query('COMMIT');
      await later;
      const after = await drain(user, meanwhile.cursor);
      expect(after.changes.map((c) => c.data?.name)).toEqual(['Committed late', 'Written later']);
    } finally {
      await slow.end();
    }
  });

  it("refuses a forged cursor, another user's cursor, and a bad limit with 400 naming the field", async () => {
    const alice = await registerUser(t);
    const bob = await registerUser(t);
    await createContact(t, alice, { name: 'Alice contact' });
    const alicePage = await sync(alice);
    for (const since of ['garbage', Buffer.from('{"s":1}').toString('base64url'), alicePage.cursor]) {
      const res = await t.http().get('/v1/sync').query({ since }).set(bob.auth);
      expectStrictProblem(res, 400, 'validation_failed');
      expect((res.body as { errors: Array<{ field: string }> }).errors.map((e) => e.field)).toEqual(['since']);
    }
    for (const limit of ['0', '501', 'x']) {
      const res = await t.http().get('/v1/sync').query({ limit }).set(alice.auth);
      expectStrictProblem(res, 400, 'validation_failed');
    }
  });

  it('answers 410 with the way out when the cursor is ahead of the data (a restored backup)', async () => {
    const user = await registerUser(t);
    await createContact(t, user, { name: 'One' });
    await createContact(t, user, { name: 'Two' });
    const { cursor } = await drain(user);
    // The database goes back to before the second write.
    await t.sql(`UPDATE owner_clock SET seq = 1 WHERE owner_id = $1`, [user.id]);
    const res = await t.http().get('/v1/sync').query({ since: cursor }).set(user.auth);
    expectStrictProblem(res, 410, 'sync_cursor_expired');
    expect((res.body as { detail: string }).detail).toMatch(/full sync/);
  });

  it("never shows another user's rows", async () => {
    const alice = await registerUser(t);
    const bob = await registerUser(t);
    await createContact(t, alice, { name: 'Private to Alice' });
    const { changes } = await drain(bob);
    expect(changes).toEqual([]);
  });
});
