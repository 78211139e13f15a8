import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { registerUser, type TestUser } from '../factories/users.js';
import { addParticipant, createContact, createInquiry, logInteraction } from '../support/api.js';
import { expectStrictProblem } from '../support/problems.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * POST /v1/interactions as the hot path writes it (docs/performance.md): the access check and the
 * insert in one statement, the stage advanced in one statement. Each rule of the slower path it
 * replaced, checked through HTTP against the rows.
 */
describe('POST /v1/interactions, the write path', () => {
  let t: TestApp;
  let user: TestUser;
  let other: TestUser;
  let inquiryId: string;
  beforeAll(async () => {
    t = await createTestApp();
    user = await registerUser(t);
    other = await registerUser(t);
    inquiryId = (await createInquiry(t, user)).id;
  });
  afterAll(async () => {
    await t.close();
  });

  const post = (body: object, by: TestUser = user) => t.http().post('/v1/interactions').set(by.auth).send(body);
  const contact = async () => (await createContact(t, user, { name: `Dana ${randomUUID().slice(0, 6)}` })).id;
  const interactionsOf = (contactId: string) =>
    t.sql(`SELECT id FROM interaction WHERE owner_id = $1 AND contact_id = $2`, [user.id, contactId]);
  const stageOf = async (contactId: string) =>
    (
      await t.sql<{ stage: string; version: number; sync_seq: string }>(
        `SELECT stage, version, sync_seq FROM participant WHERE owner_id = $1 AND inquiry_id = $2 AND contact_id = $3`,
        [user.id, inquiryId, contactId],
      )
    )[0];

  it('404 names the contact first, whichever of the two is missing, deleted or another user’s; nothing is written', async () => {
    const live = await contact();
    const deleted = await contact();
    expect((await t.http().delete(`/v1/contacts/${deleted}`).set(user.auth)).status).toBe(204);
    const othersContact = (await createContact(t, other, { name: 'Not yours' })).id;
    const othersInquiry = (await createInquiry(t, other)).id;
    const nowhere = randomUUID();
    const cases: Array<[string, string | null, string]> = [
      [nowhere, nowhere, 'Contact'],
      [deleted, nowhere, 'Contact'],
      [othersContact, inquiryId, 'Contact'],
      [deleted, inquiryId, 'Contact'],
      [live, nowhere, 'Inquiry'],
      [live, othersInquiry, 'Inquiry'],
    ];
    for (const [contactId, inquiry, named] of cases) {
      const res = await post({ contactId, inquiryId: inquiry, kind: 'meeting' });
      expectStrictProblem(res, 404, 'not_found');
      expect(res.body.detail).toContain(named);
    }
    expect(await interactionsOf(live)).toEqual([]);
    expect(await interactionsOf(deleted)).toEqual([]);
  });

  it('logs with the row’s own values: timestamps, version 1, the transaction’s change number, the ask’s pending outcome', async () => {
    const contactId = await contact();
    const res = await post({ contactId, kind: 'ask', occurredAt: '2025-03-01T09:00:00Z', rating: 4 });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      contactId,
      inquiryId: null,
      kind: 'ask',
      outcome: 'pending',
      occurredAt: '2025-03-01T09:00:00.000Z',
      rating: 4,
      version: 1,
      joined: [],
    });
    const [row] = await t.sql<{ sync_seq: string; created_at: Date }>(
      `SELECT sync_seq, created_at FROM interaction WHERE owner_id = $1 AND id = $2`,
      [user.id, res.body.id],
    );
    const [clock] = await t.sql<{ seq: string }>(`SELECT seq FROM owner_clock WHERE owner_id = $1`, [user.id]);
    expect(row.sync_seq).toBe(clock.seq);
    expect(new Date(res.body.createdAt as string).getTime()).toBe(row.created_at.getTime());
  });

  it('moves a participant forward in one step, never back, and a later answer replaces an earlier one', async () => {
    const contactId = await contact();
    await addParticipant(t, user, inquiryId, contactId);
    const steps: Array<[object, string]> = [
      [{ kind: 'ask' }, 'asked'],
      [{ kind: 'ask', outcome: 'declined' }, 'declined'],
      [{ kind: 'ask', outcome: 'accepted' }, 'accepted'],
      [{ kind: 'message' }, 'accepted'],
      [{ kind: 'ask' }, 'accepted'],
      [{ kind: 'call' }, 'met'],
      [{ kind: 'ask', outcome: 'declined' }, 'met'],
      [{ kind: 'thank_you' }, 'thanked'],
      [{ kind: 'meeting' }, 'thanked'],
    ];
    let before = await stageOf(contactId);
    for (const [body, stage] of steps) {
      const res = await post({ contactId, inquiryId, ...body });
      expect(res.status).toBe(201);
      expect(res.body.joined).toEqual([]);
      const after = await stageOf(contactId);
      expect(after.stage).toBe(stage);
      // A step that doesn't move the stage doesn't touch the row (no new version, not resent by sync).
      if (after.stage === before.stage) expect(after).toEqual(before);
      else expect(after.version).toBe(before.version + 1);
      before = after;
    }
  });

  it('a contact who is not a participant joins directly at the stage it implies; a message makes nobody join', async () => {
    const contactId = await contact();
    const silent = await post({ contactId, inquiryId, kind: 'message' });
    expect(silent.body.joined).toEqual([]);
    expect(await stageOf(contactId)).toBeUndefined();
    const res = await logInteraction<{ joined: unknown[] }>(t, user, { contactId, inquiryId, kind: 'meeting' });
    expect(res.joined).toEqual([{ inquiryId, contactId, origin: 'direct', wave: 0, stage: 'met' }]);
    expect((await stageOf(contactId)).stage).toBe('met');
  });
});
