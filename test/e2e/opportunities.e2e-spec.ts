import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { registerUser, type TestUser } from '../factories/users.js';
import { createContact, createInquiry, createOpportunity } from '../support/api.js';
import { apiGet, type Page } from '../support/http.js';
import { distinctFieldsOf, expectProblem } from '../support/problems.js';
import { countOwned, rowById } from '../support/sql.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

interface ChainStep {
  contact: { id: string; name: string; organization: string | null; title: string | null };
  wave: number;
  referralId: string | null;
  reason: string | null;
}

interface Opportunity {
  id: string;
  contactId: string;
  inquiryId: string | null;
  kind: string;
  description: string;
  occurredAt: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  chain?: ChainStep[];
}

interface OpportunityRow {
  owner_id: string;
  contact_id: string;
  inquiry_id: string | null;
  kind: string;
  description: string;
  version: number;
  deleted_at: Date | null;
}

describe('opportunities', () => {
  let t: TestApp;
  let alice: TestUser;
  let bob: TestUser;
  let grace: string;
  let inquiry: string;
  let bobsContact: string;
  let bobsInquiry: string;

  const getOpportunity = (user: TestUser, id: string) => apiGet<Opportunity>(t, user, `/v1/opportunities/${id}`);
  const list = async (user: TestUser, query: string) =>
    (await apiGet<Page<Opportunity>>(t, user, `/v1/opportunities${query}`)).data;
  const opportunityRow = (id: string) =>
    rowById<OpportunityRow>(t, 'opportunity', id, [
      'owner_id',
      'contact_id',
      'inquiry_id',
      'kind',
      'description',
      'version',
      'deleted_at',
    ]);
  const countOf = (ownerId: string) => countOwned(t, 'opportunity', ownerId);

  beforeAll(async () => {
    t = await createTestApp();
    alice = await registerUser(t);
    bob = await registerUser(t);
    grace = (await createContact(t, alice, { name: 'Grace Hopper' })).id;
    inquiry = (await createInquiry(t, alice, { title: 'Predictive maintenance adoption' })).id;
    bobsContact = (await createContact(t, bob, { name: "Bob's contact" })).id;
    bobsInquiry = (await createInquiry(t, bob, { title: "Bob's inquiry" })).id;
  });
  afterAll(async () => {
    await t.close();
  });

  describe('POST /v1/opportunities', () => {
    it('creates an opportunity owned by the caller, occurredAt defaulting to now', async () => {
      const before = Date.now();
      const res = await t.http().post('/v1/opportunities').set(alice.auth).send({
        contactId: grace,
        inquiryId: inquiry,
        kind: 'speaking',
        description: "  Invited to the plant managers' summit ",
      });
      expect(res.status).toBe(201);
      const body = res.body as Opportunity;
      expect(body).toEqual({
        id: expect.any(String),
        contactId: grace,
        inquiryId: inquiry,
        kind: 'speaking',
        description: "Invited to the plant managers' summit",
        occurredAt: expect.any(String),
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
        version: 1,
      });
      const occurred = Date.parse(body.occurredAt);
      expect(occurred).toBeGreaterThanOrEqual(before - 1000);
      expect(occurred).toBeLessThanOrEqual(Date.now() + 1000);
      expect(await opportunityRow(body.id)).toEqual(
        expect.objectContaining({ owner_id: alice.id, kind: 'speaking', inquiry_id: inquiry }),
      );
    });

    it('keeps a given occurredAt and allows no inquiry', async () => {
      const body = await createOpportunity(t, alice, {
        contactId: grace,
        kind: 'hire',
        description: 'Offered a role',
        occurredAt: '2024-11-05T10:00:00+01:00',
      });
      expect(body).toEqual(expect.objectContaining({ inquiryId: null, occurredAt: '2024-11-05T09:00:00.000Z' }));
    });

    it("refuses another user's contact or inquiry with 404 and creates nothing", async () => {
      const before = await countOf(alice.id);
      const contact = await t
        .http()
        .post('/v1/opportunities')
        .set(alice.auth)
        .send({ contactId: bobsContact, kind: 'project', description: 'x' });
      expectProblem(contact, 404, 'not_found');
      const inq = await t
        .http()
        .post('/v1/opportunities')
        .set(alice.auth)
        .send({ contactId: grace, inquiryId: bobsInquiry, kind: 'project', description: 'x' });
      expectProblem(inq, 404, 'not_found');
      expect(await countOf(alice.id)).toBe(before);
      expect(await countOf(bob.id)).toBe(0);
    });

    it('refuses a missing description, a bad kind, a bad date and unknown fields with 400', async () => {
      const before = await countOf(alice.id);
      const missing = await t
        .http()
        .post('/v1/opportunities')
        .set(alice.auth)
        .send({ contactId: grace, kind: 'project' });
      expect(distinctFieldsOf(expectProblem(missing, 400, 'validation_failed'))).toEqual(['description']);
      const bad = await t.http().post('/v1/opportunities').set(alice.auth).send({
        contactId: grace,
        kind: 'lottery',
        description: 'x',
        occurredAt: 'yesterday',
        ownerId: bob.id,
      });
      expect(distinctFieldsOf(expectProblem(bad, 400))).toEqual(
        expect.arrayContaining(['kind', 'occurredAt', 'ownerId']),
      );
      const nullDate = await t
        .http()
        .post('/v1/opportunities')
        .set(alice.auth)
        .send({ contactId: grace, kind: 'project', description: 'x', occurredAt: null });
      expect(distinctFieldsOf(expectProblem(nullDate, 400))).toEqual(['occurredAt']);
      expect(await countOf(alice.id)).toBe(before);
    });
  });

  describe('GET /v1/opportunities', () => {
    let user: TestUser;
    let contactA: string;
    let contactB: string;
    let inquiryA: string;

    beforeAll(async () => {
      user = await registerUser(t);
      contactA = (await createContact(t, user, { name: 'A' })).id;
      contactB = (await createContact(t, user, { name: 'B' })).id;
      inquiryA = (await createInquiry(t, user, { title: 'Inquiry A' })).id;
      let minute = 0;
      const make = async (description: string, body: Record<string, unknown>) => {
        const { id } = await createOpportunity(t, user, {
          contactId: contactA,
          kind: 'project',
          description,
          ...body,
        });
        // Distinct creation times, so "newest first" does not depend on how fast the requests ran.
        minute += 1;
        await t.sql(
          `UPDATE opportunity SET created_at = '2024-01-01T00:00:00Z'::timestamptz + $2 * interval '1 minute' WHERE id = $1`,
          [id, minute],
        );
      };
      await make('p1', { inquiryId: inquiryA });
      await make('intro', { kind: 'introduction', contactId: contactB });
      await make('p2', { contactId: contactB, inquiryId: inquiryA });
      await make('talk', { kind: 'speaking' });
    });

    const names = (rows: Opportunity[]) => rows.map((row) => row.description);

    it("lists only the caller's opportunities, newest first, without chains", async () => {
      const rows = await list(user, '');
      expect(names(rows)).toEqual(['talk', 'p2', 'intro', 'p1']);
      for (const row of rows) expect(row).not.toHaveProperty('chain');
      expect(names(await list(bob, `?contactId=${contactA}`))).toEqual([]);
    });

    it('pages with a cursor', async () => {
      const first = (await t.http().get('/v1/opportunities?limit=3').set(user.auth)).body as Page<Opportunity>;
      expect(names(first.data)).toEqual(['talk', 'p2', 'intro']);
      const second = (
        await t
          .http()
          .get(`/v1/opportunities?limit=3&cursor=${encodeURIComponent(first.nextCursor ?? '')}`)
          .set(user.auth)
      ).body as Page<Opportunity>;
      expect(names(second.data)).toEqual(['p1']);
      expect(second.nextCursor).toBeNull();
    });

    it('filters by kind, contactId and inquiryId', async () => {
      expect(names(await list(user, '?kind=project'))).toEqual(['p2', 'p1']);
      expect(names(await list(user, '?kind=hire'))).toEqual([]);
      expect(names(await list(user, `?contactId=${contactB}`))).toEqual(['p2', 'intro']);
      expect(names(await list(user, `?inquiryId=${inquiryA}`))).toEqual(['p2', 'p1']);
      expect(names(await list(user, `?kind=project&contactId=${contactB}&inquiryId=${inquiryA}`))).toEqual(['p2']);
    });

    it('refuses bad filters with 400 naming them', async () => {
      const res = await t.http().get('/v1/opportunities?kind=lottery&contactId=x&inquiryId=y').set(user.auth);
      expect(distinctFieldsOf(expectProblem(res, 400, 'validation_failed'))).toEqual(
        expect.arrayContaining(['kind', 'contactId', 'inquiryId']),
      );
    });
  });

  describe('GET /v1/opportunities/:id chain', () => {
    let user: TestUser;
    let chainInquiry: string;
    let seed: string;
    let a: string;
    let b: string;
    let outsider: string;
    let referralSeedToA: string;
    let referralAToB: string;

    beforeAll(async () => {
      user = await registerUser(t);
      chainInquiry = (await createInquiry(t, user, { title: 'Chains' })).id;
      seed = (
        await createContact(t, user, { name: 'Seed Person', organization: 'Plant 1', title: 'Head of maintenance' })
      ).id;
      a = (await createContact(t, user, { name: 'Person A' })).id;
      b = (await createContact(t, user, { name: 'Person B' })).id;
      outsider = (await createContact(t, user, { name: 'Not referred' })).id;
      const participant = (contactId: string, origin: string, wave: number, stage: string) =>
        t.sql(
          `INSERT INTO participant (owner_id, inquiry_id, contact_id, origin, wave, stage)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [user.id, chainInquiry, contactId, origin, wave, stage],
        );
      const referral = async (referrerId: string, referredId: string, reason: string) =>
        (
          await t.sql<{ id: string }>(
            `INSERT INTO referral (owner_id, inquiry_id, referrer_id, referred_id, reason)
             VALUES ($1, $2, $3, $4, $5) RETURNING id`,
            [user.id, chainInquiry, referrerId, referredId, reason],
          )
        )[0].id;
      await participant(seed, 'seed', 0, 'met');
      await participant(a, 'referral', 1, 'met');
      await participant(b, 'referral', 2, 'asked');
      referralSeedToA = await referral(seed, a, 'Runs the pilot line');
      referralAToB = await referral(a, b, 'Knows the vendor side');
    });

    it('traces the opportunity of B back along the referral chain: [seed, A, B] with reasons', async () => {
      const created = await createOpportunity(t, user, {
        contactId: b,
        inquiryId: chainInquiry,
        kind: 'project',
        description: 'Pilot project with the vendor',
      });
      const res = await t.http().get(`/v1/opportunities/${created.id}`).set(user.auth);
      expect(res.status).toBe(200);
      expect(res.headers.etag).toBe('"1"');
      const body = res.body as Opportunity;
      expect(body).toEqual({ ...created, chain: expect.any(Array), chains: [body.chain] });
      expect(body.chain).toEqual([
        {
          contact: { id: seed, name: 'Seed Person', organization: 'Plant 1', title: 'Head of maintenance' },
          wave: 0,
          referralId: null,
          reason: null,
        },
        {
          contact: { id: a, name: 'Person A', organization: null, title: null },
          wave: 1,
          referralId: referralSeedToA,
          reason: 'Runs the pilot line',
        },
        {
          contact: { id: b, name: 'Person B', organization: null, title: null },
          wave: 2,
          referralId: referralAToB,
          reason: 'Knows the vendor side',
        },
      ]);
    });

    it('gives an empty chain for a contact who was not referred in the inquiry', async () => {
      const created = await createOpportunity(t, user, {
        contactId: outsider,
        inquiryId: chainInquiry,
        kind: 'advice',
        description: 'Advice out of the blue',
      });
      expect((await getOpportunity(user, created.id)).chain).toEqual([]);
    });

    it('gives an empty chain when the opportunity has no inquiry', async () => {
      const created = await createOpportunity(t, user, {
        contactId: b,
        kind: 'other',
        description: 'No inquiry',
      });
      expect((await getOpportunity(user, created.id)).chain).toEqual([]);
    });

    it('follows the inquiry when it is changed, and drops the chain when it is detached', async () => {
      const created = await createOpportunity(t, user, {
        contactId: a,
        kind: 'introduction',
        description: 'Intro',
      });
      expect((await getOpportunity(user, created.id)).chain).toEqual([]);
      const attach = await t
        .http()
        .patch(`/v1/opportunities/${created.id}`)
        .set(user.auth)
        .send({ inquiryId: chainInquiry });
      expect(attach.status).toBe(200);
      expect((await getOpportunity(user, created.id)).chain?.map((step) => step.contact.id)).toEqual([seed, a]);
      const detach = await t.http().patch(`/v1/opportunities/${created.id}`).set(user.auth).send({ inquiryId: null });
      expect(detach.status).toBe(200);
      expect((await getOpportunity(user, created.id)).chain).toEqual([]);
    });
  });

  describe('PATCH and DELETE /v1/opportunities/:id', () => {
    it('updates with If-Match; a stale ETag → 412 and no change', async () => {
      const created = await createOpportunity(t, alice, {
        contactId: grace,
        kind: 'project',
        description: 'Draft',
      });
      const res = await t
        .http()
        .patch(`/v1/opportunities/${created.id}`)
        .set(alice.auth)
        .set('If-Match', '"1"')
        .send({ kind: 'promotion', description: 'Promoted', occurredAt: '2025-01-02' });
      expect(res.status).toBe(200);
      expect(res.headers.etag).toBe('"2"');
      expect(res.body).toEqual(
        expect.objectContaining({
          kind: 'promotion',
          description: 'Promoted',
          occurredAt: '2025-01-02T00:00:00.000Z',
          version: 2,
        }),
      );
      expect(res.body).not.toHaveProperty('chain');
      const stale = await t
        .http()
        .patch(`/v1/opportunities/${created.id}`)
        .set(alice.auth)
        .set('If-Match', '"1"')
        .send({ description: 'Lost update' });
      expectProblem(stale, 412, 'precondition_failed');
      expect(await opportunityRow(created.id)).toEqual(
        expect.objectContaining({ description: 'Promoted', kind: 'promotion', version: 2 }),
      );
    });

    it("re-checks a changed contactId or inquiryId: another user's → 404 and nothing changes", async () => {
      const created = await createOpportunity(t, alice, {
        contactId: grace,
        kind: 'project',
        description: 'Mine',
      });
      expectProblem(
        await t.http().patch(`/v1/opportunities/${created.id}`).set(alice.auth).send({ contactId: bobsContact }),
        404,
        'not_found',
      );
      expectProblem(
        await t.http().patch(`/v1/opportunities/${created.id}`).set(alice.auth).send({ inquiryId: bobsInquiry }),
        404,
        'not_found',
      );
      expect(await opportunityRow(created.id)).toEqual(
        expect.objectContaining({ contact_id: grace, inquiry_id: null, version: 1 }),
      );
    });

    it('refuses nulls on required fields and bad enums on PATCH with 400', async () => {
      const created = await createOpportunity(t, alice, {
        contactId: grace,
        kind: 'project',
        description: 'Strict',
      });
      const res = await t
        .http()
        .patch(`/v1/opportunities/${created.id}`)
        .set(alice.auth)
        .send({ contactId: null, kind: 'lottery', description: null, occurredAt: null });
      expect(distinctFieldsOf(expectProblem(res, 400))).toEqual(
        expect.arrayContaining(['contactId', 'kind', 'description', 'occurredAt']),
      );
      expect((await opportunityRow(created.id)).version).toBe(1);
    });

    it('deletes (soft) with 204, honouring If-Match; afterwards it is 404', async () => {
      const created = await createOpportunity(t, alice, {
        contactId: grace,
        kind: 'other',
        description: 'Delete me',
      });
      expectProblem(
        await t.http().delete(`/v1/opportunities/${created.id}`).set(alice.auth).set('If-Match', '"5"'),
        412,
      );
      expect((await t.http().delete(`/v1/opportunities/${created.id}`).set(alice.auth)).status).toBe(204);
      expect((await opportunityRow(created.id)).deleted_at).toBeInstanceOf(Date);
      expectProblem(await t.http().get(`/v1/opportunities/${created.id}`).set(alice.auth), 404, 'not_found');
      expect((await list(alice, '?limit=100')).map((row) => row.id)).not.toContain(created.id);
    });

    it("answers another user's opportunity with 404 on GET, PATCH and DELETE, and leaves it unchanged", async () => {
      const created = await createOpportunity(t, alice, {
        contactId: grace,
        inquiryId: inquiry,
        kind: 'project',
        description: 'Private',
      });
      expectProblem(await t.http().get(`/v1/opportunities/${created.id}`).set(bob.auth), 404, 'not_found');
      expectProblem(
        await t.http().patch(`/v1/opportunities/${created.id}`).set(bob.auth).send({ description: 'Hijacked' }),
        404,
        'not_found',
      );
      expectProblem(await t.http().delete(`/v1/opportunities/${created.id}`).set(bob.auth), 404, 'not_found');
      expect(await opportunityRow(created.id)).toEqual(
        expect.objectContaining({ owner_id: alice.id, description: 'Private', version: 1, deleted_at: null }),
      );
    });

    it('answers an unknown id with 404 and a malformed one with 400', async () => {
      expectProblem(await t.http().get(`/v1/opportunities/${randomUUID()}`).set(alice.auth), 404);
      expect(
        distinctFieldsOf(expectProblem(await t.http().patch('/v1/opportunities/x').set(alice.auth).send({}), 400)),
      ).toEqual(['id']);
    });
  });
});
