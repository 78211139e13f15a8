/**
 * `POST /v1/contacts/:id/merge {otherId}` (docs/domain.md, "Merging contacts"): fields, values,
 * tags and identity keys; every row naming the other contact moved (participants combined in a
 * shared inquiry and moved from a separate one, referrals both ways, interactions, insights,
 * commitments, opportunities, reflections' next contacts); self, duplicate and cycle edges dropped
 * and reported; waves and lastInteractionAt recomputed; orphans settled; the sync delete; the audit
 * entry; 404 across tenants and for deleted contacts, 422 self, 412 stale; a failure half-way
 * leaves everything as it was; Idempotency-Key.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { registerUser, type TestUser } from '../factories/users.js';
import {
  addParticipant,
  createCommitment,
  createContact,
  createInquiry,
  createInsight,
  createOpportunity,
  createReferral,
  createReflection,
  logInteraction,
  setParticipantStage,
} from '../support/api.js';
import { apiDelete, apiGet, type Page } from '../support/http.js';
import { expectProblem, expectStrictProblem, fieldsOf } from '../support/problems.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

interface Value {
  value: string;
  label: string | null;
  primary: boolean;
}
interface Contact {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  linkedinUrl: string | null;
  organization: string | null;
  title: string | null;
  keepInTouchDays: number | null;
  tags: string[];
  emails: Value[];
  phones: Value[];
  urls: Value[];
  lastInteractionAt: string | null;
  version: number;
}
interface Participant {
  id: string;
  contactId: string;
  origin: string;
  wave: number;
  stage: string;
}
interface Referral {
  id: string;
  referrerId: string;
  referredId: string;
  reason: string | null;
}
interface Change {
  entity: string;
  id: string;
  op: 'upsert' | 'delete';
  version: number;
  data: Record<string, unknown> | null;
}
interface MergeReport {
  contact: Contact;
  mergedId: string;
  fieldsFilled: string[];
  fieldsKept: string[];
  moved: Record<string, number>;
  participantsCombined: Array<{
    inquiryId: string;
    participantId: string;
    removedParticipantId: string;
    origin: string;
    wave: number;
    stage: string;
  }>;
  referralsDropped: Array<{
    id: string;
    inquiryId: string;
    referrerId: string;
    referredId: string;
    reason: string;
    keptReferralId: string | null;
  }>;
  participantsOrphaned: Array<{ inquiryId: string; participantId: string; contactId: string; outcome: string }>;
}

describe('POST /v1/contacts/:id/merge', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  const merge = (user: TestUser, id: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    t.http().post(`/v1/contacts/${id}/merge`).set(user.auth).set(headers).send(body);

  const participantsOf = async (user: TestUser, inquiryId: string) =>
    (await apiGet<Page<Participant>>(t, user, `/v1/inquiries/${inquiryId}/participants`, { limit: 100 })).data;
  const referralsOf = async (user: TestUser, inquiryId: string) =>
    (await apiGet<Page<Referral>>(t, user, `/v1/inquiries/${inquiryId}/referrals`, { limit: 100 })).data;

  /**
   * Grace Hopper recorded twice. Inquiry A: both take part (Zoe → Grace, suggested; G. Hopper a seed
   * the user met), with referrals to and from G. Hopper that become a self-referral (Grace → G.),
   * a duplicate (Zoe → G., as Zoe → Grace exists) and a cycle (Walt → G., as Grace → Walt exists),
   * and two that simply move (Quinn → G., G. → Vera). Inquiry B: only G. Hopper, with a meeting, an
   * insight from it, a commitment, an opportunity and a reflection queuing them.
   */
  async function duplicates(user: TestUser) {
    const survivor = await createContact<Contact>(t, user, {
      name: 'Grace Hopper',
      email: 'grace@navy.example',
      organization: 'US Navy',
      phone: '+1 415 555 0132',
      tags: ['navy'],
    });
    const other = await createContact<Contact>(t, user, {
      name: 'G. Hopper',
      organization: 'Navy',
      title: 'Rear Admiral',
      keepInTouchDays: 90,
      tags: ['Navy', 'compilers'],
      // Emails and LinkedIn profiles are unique per user; a shared phone (not unique) is folded by the merge.
      emails: [{ value: 'Grace.Hopper@example.com', label: 'home', primary: true }],
      phones: [{ value: '+1 (415) 555-0132', label: 'mobile' }],
      urls: [{ value: 'linkedin.com/in/grace-hopper', label: 'linkedin' }],
    });
    const zoe = await createContact(t, user, { name: 'Zoe Seed' });
    const quinn = await createContact(t, user, { name: 'Quinn Seed' });
    const bystander = await createContact(t, user, { name: 'Bystander' });

    const a = await createInquiry(t, user, { title: 'Inquiry A' });
    await addParticipant(t, user, a.id, zoe.id);
    await addParticipant(t, user, a.id, quinn.id);
    const zoeToSurvivor = await createReferral(t, user, a.id, { referrerId: zoe.id, referredId: survivor.id });
    await addParticipant(t, user, a.id, other.id);
    await setParticipantStage(t, user, a.id, other.id, 'met');
    const self = await createReferral(t, user, a.id, { referrerId: survivor.id, referredId: other.id });
    const duplicate = await createReferral(t, user, a.id, {
      referrerId: zoe.id,
      referredId: other.id,
      reason: 'met her at the conference',
    });
    const walt = await createReferral<Referral>(t, user, a.id, {
      referrerId: survivor.id,
      referred: { name: 'Walt Downstream' },
    });
    const cycle = await createReferral(t, user, a.id, { referrerId: walt.referredId, referredId: other.id });
    const fromQuinn = await createReferral(t, user, a.id, { referrerId: quinn.id, referredId: other.id });
    const toVera = await createReferral<Referral>(t, user, a.id, {
      referrerId: other.id,
      referred: { name: 'Vera Referred' },
      reason: 'runs the lab',
    });

    const b = await createInquiry(t, user, { title: 'Inquiry B' });
    await addParticipant(t, user, b.id, other.id);
    // The survivor's latest conversation is older than the other's.
    await logInteraction(t, user, { contactId: survivor.id, kind: 'call', occurredAt: '2025-01-10T09:00:00Z' });
    const meeting = await logInteraction(t, user, {
      contactId: other.id,
      inquiryId: b.id,
      kind: 'meeting',
      occurredAt: '2025-03-01T09:00:00Z',
    });
    await logInteraction(t, user, { contactId: other.id, kind: 'follow_up', occurredAt: '2025-02-01T09:00:00Z' });
    const insight = await createInsight(t, user, {
      inquiryId: b.id,
      contactId: other.id,
      interactionId: meeting.id,
      text: 'Compilers free people',
      kind: 'perspective',
    });
    const commitment = await createCommitment(t, user, {
      contactId: other.id,
      inquiryId: b.id,
      description: 'Send the nanosecond wire',
      owner: 'me',
    });
    const opportunity = await createOpportunity(t, user, {
      contactId: other.id,
      inquiryId: b.id,
      kind: 'speaking',
      description: 'Keynote at the summit',
    });
    const reflection = await createReflection(t, user, b.id, {
      learned: 'Ask Grace again',
      nextContactIds: [other.id, bystander.id],
    });
    return {
      survivor,
      other,
      zoe,
      quinn,
      bystander,
      a,
      b,
      walt: walt.referredId,
      vera: toVera.referredId,
      referrals: { zoeToSurvivor, self, duplicate, cycle, fromQuinn, toVera },
      meeting,
      insight,
      commitment,
      opportunity,
      reflection,
    };
  }

  it('moves every kind of row to the survivor, drops the edges it must and reports it all', async () => {
    const user = await registerUser(t);
    const d = await duplicates(user);
    const [beforeA] = (await participantsOf(user, d.a.id)).filter((p) => p.contactId === d.survivor.id);
    const [otherInA] = (await participantsOf(user, d.a.id)).filter((p) => p.contactId === d.other.id);
    const { cursor } = await apiGet<{ cursor: string }>(t, user, '/v1/sync', { limit: 500 });

    const res = await merge(user, d.survivor.id, { otherId: d.other.id });
    expect({ status: res.status, body: res.body as unknown }).toEqual({ status: 200, body: expect.anything() });
    const report = res.body as MergeReport;
    expect(res.headers.etag).toBe(`"${report.contact.version}"`);

    // Fields: the survivor wins, empty ones filled, values and tags unioned (the primaries stay).
    expect(report.contact).toMatchObject({
      id: d.survivor.id,
      name: 'Grace Hopper',
      organization: 'US Navy',
      title: 'Rear Admiral',
      keepInTouchDays: 90,
      email: 'grace@navy.example',
      phone: '+1 415 555 0132',
      linkedinUrl: 'https://www.linkedin.com/in/grace-hopper',
      tags: ['navy', 'compilers'],
      lastInteractionAt: '2025-03-01T09:00:00.000Z',
    });
    expect(report.contact.emails).toEqual([
      { value: 'grace@navy.example', label: null, primary: true },
      { value: 'grace.hopper@example.com', label: 'home', primary: false },
    ]);
    expect(report.contact.phones).toEqual([{ value: '+14155550132', label: null, primary: true }]);
    expect(report.contact.urls).toEqual([
      { value: 'https://www.linkedin.com/in/grace-hopper', label: 'linkedin', primary: true },
    ]);
    expect(report.mergedId).toBe(d.other.id);
    expect(report.fieldsFilled.sort()).toEqual(['keepInTouchDays', 'title']);
    expect(report.fieldsKept.sort()).toEqual(['name', 'organization']);
    expect(report.moved).toEqual({
      emails: 1,
      phones: 0,
      urls: 1,
      tags: 1,
      interactions: 2,
      insights: 1,
      commitments: 1,
      opportunities: 1,
      participants: 1,
      referrals: 2,
      reflections: 1,
    });
    // Inquiry A: one participant remains, the survivor's, with the other's wave 0 (seed) and stage met.
    expect(report.participantsCombined).toEqual([
      {
        inquiryId: d.a.id,
        participantId: beforeA.id,
        removedParticipantId: otherInA.id,
        origin: 'seed',
        wave: 0,
        stage: 'met',
      },
    ]);
    expect(report.referralsDropped.map((r) => [r.id, r.reason]).sort()).toEqual(
      [
        [d.referrals.self.id, 'self_referral'],
        [d.referrals.duplicate.id, 'referral_duplicate'],
        [d.referrals.cycle.id, 'referral_cycle'],
      ].sort(),
    );
    expect(report.referralsDropped.find((r) => r.reason === 'referral_cycle')).toEqual({
      id: d.referrals.cycle.id,
      inquiryId: d.a.id,
      referrerId: d.walt,
      referredId: d.other.id,
      reason: 'referral_cycle',
      keptReferralId: null,
    });
    // The survivor's referral wins over its duplicate and takes the reason it lacked.
    expect(report.referralsDropped.find((r) => r.reason === 'referral_duplicate')).toMatchObject({
      keptReferralId: d.referrals.zoeToSurvivor.id,
    });
    expect(report.participantsOrphaned).toEqual([]);

    // The other contact is gone; the survivor reads as answered.
    expectProblem(await t.http().get(`/v1/contacts/${d.other.id}`).set(user.auth), 404, 'not_found');
    const survivor = await t.http().get(`/v1/contacts/${d.survivor.id}`).set(user.auth);
    expect(survivor.body).toEqual(report.contact);

    // The snowball of A: no trace of the other; waves recomputed from the combined seed.
    const a = await participantsOf(user, d.a.id);
    const byContact = new Map(a.map((p) => [p.contactId, p]));
    expect(byContact.has(d.other.id)).toBe(false);
    expect(byContact.get(d.survivor.id)).toMatchObject({ id: beforeA.id, origin: 'seed', wave: 0, stage: 'met' });
    expect(byContact.get(d.walt)).toMatchObject({ wave: 1 });
    expect(byContact.get(d.vera)).toMatchObject({ wave: 1 });
    const referrals = await referralsOf(user, d.a.id);
    expect(referrals.find((r) => r.id === d.referrals.zoeToSurvivor.id)?.reason).toBe('met her at the conference');
    const edges = referrals.map((r) => `${r.referrerId}>${r.referredId}`).sort();
    expect(edges).toEqual(
      [
        `${d.zoe.id}>${d.survivor.id}`,
        `${d.survivor.id}>${d.walt}`,
        `${d.quinn.id}>${d.survivor.id}`,
        `${d.survivor.id}>${d.vera}`,
      ].sort(),
    );
    // Inquiry B: the other's participation moved (the bystander joined through the reflection).
    expect((await participantsOf(user, d.b.id)).map((p) => p.contactId).sort()).toEqual(
      [d.survivor.id, d.bystander.id].sort(),
    );
    const chain = await apiGet<{ path: Array<{ contact: { id: string } }> }>(
      t,
      user,
      `/v1/inquiries/${d.a.id}/participants/${d.vera}/chain`,
    );
    expect(chain.path.map((step) => step.contact.id)).toEqual([d.survivor.id, d.vera]);

    // Conversations, insights, commitments, opportunities, reflections: all the survivor's now.
    const interactions = await apiGet<Page<{ id: string; contactId: string }>>(t, user, '/v1/interactions', {
      contactId: d.survivor.id,
      limit: 100,
    });
    expect(interactions.data).toHaveLength(3);
    const insight = await apiGet<{ contactId: string }>(t, user, `/v1/insights/${d.insight.id}`);
    expect(insight.contactId).toBe(d.survivor.id);
    const commitments = await apiGet<Page<{ id: string; contactId: string }>>(t, user, '/v1/commitments');
    expect(commitments.data.find((c) => c.id === d.commitment.id)?.contactId).toBe(d.survivor.id);
    const opportunity = await apiGet<{ contactId: string }>(t, user, `/v1/opportunities/${d.opportunity.id}`);
    expect(opportunity.contactId).toBe(d.survivor.id);
    const reflections = await apiGet<Page<{ id: string; nextContactIds: string[] }>>(
      t,
      user,
      `/v1/inquiries/${d.b.id}/reflections`,
    );
    expect(reflections.data[0].nextContactIds).toEqual([d.survivor.id, d.bystander.id]);
    const timeline = await apiGet<Page<{ type: string }>>(t, user, `/v1/contacts/${d.survivor.id}/timeline`, {
      limit: 100,
    });
    expect(timeline.data.filter((item) => item.type === 'interaction')).toHaveLength(3);
    // No row of any table names the other contact any more, except deleted ones.
    const [left] = await t.sql<{ n: string }>(
      `SELECT (SELECT count(*) FROM interaction WHERE contact_id = $1 AND deleted_at IS NULL)
            + (SELECT count(*) FROM insight WHERE contact_id = $1 AND deleted_at IS NULL)
            + (SELECT count(*) FROM commitment WHERE contact_id = $1 AND deleted_at IS NULL)
            + (SELECT count(*) FROM opportunity WHERE contact_id = $1 AND deleted_at IS NULL)
            + (SELECT count(*) FROM participant WHERE contact_id = $1 AND deleted_at IS NULL)
            + (SELECT count(*) FROM referral WHERE (referrer_id = $1 OR referred_id = $1) AND deleted_at IS NULL)
            + (SELECT count(*) FROM reflection WHERE $1 = ANY(next_contact_ids))
            + (SELECT count(*) FROM contact_identity WHERE contact_id = $1) AS n`,
      [d.other.id],
    );
    expect(Number(left.n)).toBe(0);

    // Sync: the other contact, its removed participant and the dropped referrals are deletes; the moved rows upserts.
    const sync = await apiGet<{ changes: Change[] }>(t, user, '/v1/sync', { since: cursor, limit: 500 });
    const ops = new Map(sync.changes.map((change) => [`${change.entity}:${change.id}`, change]));
    expect(ops.get(`contact:${d.other.id}`)).toMatchObject({ op: 'delete', data: null });
    expect(ops.get(`participant:${otherInA.id}`)).toMatchObject({ op: 'delete' });
    for (const id of [d.referrals.self.id, d.referrals.duplicate.id, d.referrals.cycle.id]) {
      expect(ops.get(`referral:${id}`)).toMatchObject({ op: 'delete' });
    }
    expect(ops.get(`referral:${d.referrals.fromQuinn.id}`)).toMatchObject({
      op: 'upsert',
      data: expect.objectContaining({ referredId: d.survivor.id }),
    });
    expect(ops.get(`interaction:${d.meeting.id}`)).toMatchObject({
      op: 'upsert',
      data: expect.objectContaining({ contactId: d.survivor.id }),
    });
    expect(ops.get(`contact:${d.survivor.id}`)).toMatchObject({ op: 'upsert', version: report.contact.version });
    // Parents first: the survivor's upsert comes before the rows that now point at it.
    const order = sync.changes.map((change) => `${change.entity}:${change.id}`);
    expect(order.indexOf(`contact:${d.survivor.id}`)).toBeLessThan(order.indexOf(`interaction:${d.meeting.id}`));

    // One audit entry naming both ids, and nothing personal.
    const entries = await t.sql<{ subject: string; details: Record<string, unknown> }>(
      `SELECT subject, details FROM audit_log WHERE action = 'contact.merged' AND actor_id = $1`,
      [user.id],
    );
    expect(entries).toHaveLength(1);
    expect(entries[0].subject).toBe(d.survivor.id);
    expect(entries[0].details).toMatchObject({ contactId: d.survivor.id, mergedId: d.other.id });
    expect(JSON.stringify(entries[0].details)).not.toMatch(/Hopper|grace|navy/i);
  });

  it("recognises the survivor by the other's email and profile: import dedupe and the uniqueness check", async () => {
    const user = await registerUser(t);
    const d = await duplicates(user);
    expect((await merge(user, d.survivor.id, { otherId: d.other.id })).status).toBe(200);

    const csv = [
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      'Grace,Hopper,,grace.hopper@example.com,US Navy,Rear Admiral,01 Mar 2024',
    ].join('\n');
    const imported = await t
      .http()
      .post('/v1/contacts/import')
      .set(user.auth)
      .set('Content-Type', 'text/csv')
      .send(csv);
    expect(imported.status).toBe(200);
    expect(imported.body).toMatchObject({ created: 0 });
    expect((imported.body as { updated: number; unchanged: number }).updated).toBe(1);
    const survivor = await apiGet<Contact & { connectedOn: string | null }>(t, user, `/v1/contacts/${d.survivor.id}`);
    expect(survivor.connectedOn).toBe('2024-03-01');

    const taken = await t
      .http()
      .post('/v1/contacts')
      .set(user.auth)
      .send({ name: 'Third Grace', urls: [{ value: 'https://www.linkedin.com/in/grace-hopper/' }] });
    expect(expectProblem(taken, 409, 'contact_exists').detail).toContain(d.survivor.id);
  });

  it('settles a participant only reached through a dropped edge, as deleting a referral does', async () => {
    const user = await registerUser(t);
    const survivor = await createContact(t, user, { name: 'Ada Survivor' });
    const other = await createContact(t, user, { name: 'Ada Duplicate' });
    const seed = await createContact(t, user, { name: 'Seed' });
    const inquiry = await createInquiry(t, user);
    // Seed → Other → Yuri → Survivor, and Other → Xena → Survivor with Xena asked already.
    await addParticipant(t, user, inquiry.id, seed.id);
    await createReferral(t, user, inquiry.id, { referrerId: seed.id, referredId: other.id });
    const yuri = await createReferral<Referral>(t, user, inquiry.id, {
      referrerId: other.id,
      referred: { name: 'Yuri' },
    });
    await createReferral(t, user, inquiry.id, { referrerId: yuri.referredId, referredId: survivor.id });
    const xena = await createReferral<Referral>(t, user, inquiry.id, {
      referrerId: other.id,
      referred: { name: 'Xena' },
    });
    await setParticipantStage(t, user, inquiry.id, xena.referredId, 'asked');
    await createReferral(t, user, inquiry.id, { referrerId: xena.referredId, referredId: survivor.id });

    const res = await merge(user, survivor.id, { otherId: other.id });
    expect(res.status).toBe(200);
    const report = res.body as MergeReport;
    // Other → Yuri and Other → Xena would close cycles (both already lead to the survivor): dropped.
    expect(report.referralsDropped.map((r) => [r.referredId, r.reason]).sort()).toEqual(
      [
        [yuri.referredId, 'referral_cycle'],
        [xena.referredId, 'referral_cycle'],
      ].sort(),
    );
    // Seed → Survivor remains; Yuri (never approached) leaves, Xena (asked) stays as a seed.
    const orphans = new Map(report.participantsOrphaned.map((o) => [o.contactId, o.outcome]));
    expect(Object.fromEntries(orphans)).toEqual({ [yuri.referredId]: 'removed', [xena.referredId]: 'became_seed' });
    const participants = await participantsOf(user, inquiry.id);
    const byContact = new Map(participants.map((p) => [p.contactId, p]));
    expect(byContact.has(yuri.referredId)).toBe(false);
    expect(byContact.get(xena.referredId)).toMatchObject({ origin: 'seed', wave: 0 });
    expect(byContact.get(survivor.id)).toMatchObject({ origin: 'referral', wave: 1 });
    // Still a DAG: recording the dropped edge again is refused as a cycle.
    expectProblem(
      await t
        .http()
        .post(`/v1/inquiries/${inquiry.id}/referrals`)
        .set(user.auth)
        .send({ referrerId: survivor.id, referredId: xena.referredId }),
      409,
      'referral_cycle',
    );
  });

  it("404s for another user's contact, either side, and for a deleted one, changing nothing", async () => {
    const owner = await registerUser(t);
    const stranger = await registerUser(t);
    const mine = await createContact<Contact>(t, owner, { name: 'Mine', email: 'mine@example.com' });
    const alsoMine = await createContact<Contact>(t, owner, { name: 'Also mine' });
    const theirs = await createContact<Contact>(t, stranger, { name: 'Theirs' });

    expectStrictProblem(await merge(stranger, mine.id, { otherId: theirs.id }), 404, 'not_found');
    const otherSide = expectStrictProblem(await merge(stranger, theirs.id, { otherId: mine.id }), 404, 'not_found');
    expect(otherSide.detail).toMatch(/otherId/);
    await apiDelete(t, owner, `/v1/contacts/${alsoMine.id}`);
    expectProblem(await merge(owner, mine.id, { otherId: alsoMine.id }), 404, 'not_found');
    expectProblem(await merge(owner, alsoMine.id, { otherId: mine.id }), 404, 'not_found');

    expect(await apiGet<Contact>(t, owner, `/v1/contacts/${mine.id}`)).toMatchObject({ version: mine.version });
    expect(await apiGet<Contact>(t, stranger, `/v1/contacts/${theirs.id}`)).toMatchObject({
      version: theirs.version,
    });
  });

  it('refuses merging a contact into itself (422 contact_merge_self) and a bad body (400)', async () => {
    const user = await registerUser(t);
    const contact = await createContact<Contact>(t, user, { name: 'Solo' });
    expectStrictProblem(await merge(user, contact.id, { otherId: contact.id }), 422, 'contact_merge_self');
    expect(fieldsOf(expectProblem(await merge(user, contact.id, {}), 400, 'validation_failed'))).toEqual(['otherId']);
    expect(
      fieldsOf(expectProblem(await merge(user, contact.id, { otherId: 'nope' }), 400, 'validation_failed')),
    ).toEqual(['otherId']);
    expect(
      fieldsOf(
        expectProblem(await merge(user, contact.id, { otherId: contact.id, name: 'x' }), 400, 'validation_failed'),
      ),
    ).toEqual(['name']);
  });

  it('honours If-Match on the surviving contact: stale → 412 and nothing merged, current → 200', async () => {
    const user = await registerUser(t);
    const survivor = await createContact<Contact>(t, user, { name: 'Kept' });
    const other = await createContact<Contact>(t, user, { name: 'Merged', title: 'CTO' });
    await t.http().patch(`/v1/contacts/${survivor.id}`).set(user.auth).send({ notes: 'changed elsewhere' });

    const stale = await merge(user, survivor.id, { otherId: other.id }, { 'If-Match': `"${survivor.version}"` });
    expectStrictProblem(stale, 412, 'precondition_failed');
    expect(await apiGet<Contact>(t, user, `/v1/contacts/${other.id}`)).toMatchObject({ version: other.version });

    const current = await apiGet<Contact>(t, user, `/v1/contacts/${survivor.id}`);
    const res = await merge(user, survivor.id, { otherId: other.id }, { 'If-Match': `"${current.version}"` });
    expect(res.status).toBe(200);
    expect((res.body as MergeReport).contact).toMatchObject({ title: 'CTO', version: current.version + 1 });
  });

  it('leaves everything as it was when a step fails half-way (one transaction)', async () => {
    const user = await registerUser(t);
    const d = await duplicates(user);
    // Another contact holds one of the other's emails (as a concurrent import could have made it):
    // the survivor can't take it, and that is found only after every row was moved.
    const third = await createContact(t, user, { name: 'Third' });
    await t.sql(`UPDATE contact_identity SET contact_id = $2 WHERE owner_id = $3 AND contact_id = $1 AND value = $4`, [
      d.other.id,
      third.id,
      user.id,
      'grace.hopper@example.com',
    ]);
    const snapshot = () =>
      t.sql(
        `SELECT 'contact' AS t, id, version, deleted_at IS NULL AS live, NULL::uuid AS c FROM contact WHERE owner_id = $1
         UNION ALL SELECT 'participant', id, version, deleted_at IS NULL, contact_id FROM participant WHERE owner_id = $1
         UNION ALL SELECT 'referral', id, version, deleted_at IS NULL, referred_id FROM referral WHERE owner_id = $1
         UNION ALL SELECT 'interaction', id, version, deleted_at IS NULL, contact_id FROM interaction WHERE owner_id = $1
         UNION ALL SELECT 'insight', id, version, deleted_at IS NULL, contact_id FROM insight WHERE owner_id = $1
         UNION ALL SELECT 'commitment', id, version, deleted_at IS NULL, contact_id FROM commitment WHERE owner_id = $1
         UNION ALL SELECT 'opportunity', id, version, deleted_at IS NULL, contact_id FROM opportunity WHERE owner_id = $1
         UNION ALL SELECT 'reflection', id, version, deleted_at IS NULL, NULL FROM reflection WHERE owner_id = $1
         ORDER BY 1, 2`,
        [user.id],
      );
    const before = await snapshot();
    const identities = () =>
      t.sql(`SELECT contact_id, kind, value FROM contact_identity WHERE owner_id = $1 ORDER BY 1, 2, 3`, [user.id]);
    const keysBefore = await identities();

    const res = await merge(user, d.survivor.id, { otherId: d.other.id });
    expect(expectStrictProblem(res, 409, 'contact_exists').detail).toContain(third.id);
    expect(await snapshot()).toEqual(before);
    expect(await identities()).toEqual(keysBefore);
    expect(await apiGet<Contact>(t, user, `/v1/contacts/${d.other.id}`)).toMatchObject({ name: 'G. Hopper' });
    const audit = await t.sql(`SELECT 1 FROM audit_log WHERE action = 'contact.merged' AND actor_id = $1`, [user.id]);
    expect(audit).toEqual([]);
  });

  it("refuses a merge whose values would exceed a contact's limits (422), changing nothing", async () => {
    const user = await registerUser(t);
    const emails = (prefix: string, n: number) =>
      Array.from({ length: n }, (_, i) => ({ value: `${prefix}${i}@example.com` }));
    const survivor = await createContact<Contact>(t, user, { name: 'Many', emails: emails('a', 15) });
    const other = await createContact<Contact>(t, user, {
      name: 'More',
      emails: emails('b', 6),
    });
    const res = await merge(user, survivor.id, { otherId: other.id });
    expect(expectStrictProblem(res, 422, 'contact_merge_too_large').detail).toMatch(/21 email addresses.*20/);
    expect(await apiGet<Contact>(t, user, `/v1/contacts/${other.id}`)).toMatchObject({ version: other.version });
  });

  it('replays a retry with the same Idempotency-Key instead of merging twice', async () => {
    const user = await registerUser(t);
    const survivor = await createContact(t, user, { name: 'Kept' });
    const other = await createContact(t, user, { name: 'Merged' });
    const key = { 'Idempotency-Key': `merge-${survivor.id}` };
    const first = await merge(user, survivor.id, { otherId: other.id }, key);
    expect(first.status).toBe(200);
    const again = await merge(user, survivor.id, { otherId: other.id }, key);
    expect(again.status).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    // Without the key, the second merge finds the other contact gone.
    expectProblem(await merge(user, survivor.id, { otherId: other.id }), 404, 'not_found');
    const audit = await t.sql(`SELECT 1 FROM audit_log WHERE action = 'contact.merged' AND actor_id = $1`, [user.id]);
    expect(audit).toHaveLength(1);
  });
});
