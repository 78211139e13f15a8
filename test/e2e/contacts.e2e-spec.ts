import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { registerUser, type TestUser } from '../factories/users.js';
import { createContact, createInquiry } from '../support/api.js';
import { apiGet, collectPages, type Page, type Query } from '../support/http.js';
import { expectProblem, fieldsOf } from '../support/problems.js';
import { rowById } from '../support/sql.js';
import { createTestApp, onCitus, type TestApp } from '../support/test-app.js';

interface Contact {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  organization: string | null;
  title: string | null;
  seniority: string | null;
  sameOrganization: boolean | null;
  responsibilities: string | null;
  interests: string | null;
  canOffer: string | null;
  notes: string | null;
  tags: string[];
  linkedinUrl: string | null;
  keepInTouchDays: number | null;
  lastInteractionAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

interface TimelineItem {
  type: 'interaction' | 'insight' | 'referral' | 'commitment';
  id: string;
  at: string;
  inquiryId: string | null;
  kind: string | null;
  text: string | null;
  otherContactId: string | null;
  otherContactName: string | null;
  outcome: string | null;
}

interface ContactRow {
  name: string;
  email: string | null;
  tags: string[];
  version: number;
  deleted_at: Date | null;
  owner_id: string;
  last_interaction_at: Date | null;
  keep_in_touch_days: number | null;
  linkedin_url: string | null;
  notes: string | null;
}

/** The search expression as written in the service (so this test follows it if it changes). */
function serviceSearchExpression(): string {
  const source = readFileSync(new URL('../../src/modules/contacts/contacts.service.ts', import.meta.url), 'utf8');
  const match = /const SEARCH_EXPRESSION = `([^`]+)`/.exec(source);
  if (!match) throw new Error('SEARCH_EXPRESSION not found in contacts.service.ts');
  return match[1];
}

describe('contacts', () => {
  let t: TestApp;
  let alice: TestUser;
  let bob: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    alice = await registerUser(t);
    bob = await registerUser(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const contactRow = (id: string) =>
    rowById<ContactRow>(t, 'contact', id, [
      'name',
      'email',
      'tags',
      'version',
      'deleted_at',
      'owner_id',
      'last_interaction_at',
      'keep_in_touch_days',
      'linkedin_url',
      'notes',
    ]);
  const list = (user: TestUser, query: Query) => apiGet<Page<Contact>>(t, user, '/v1/contacts', query);

  describe('POST /v1/contacts', () => {
    it('creates a contact with every field, owned by the caller, lastInteractionAt null', async () => {
      const res = await t
        .http()
        .post('/v1/contacts')
        .set(alice.auth)
        .send({
          name: 'Grace Hopper',
          email: 'Grace.Hopper@Navy.MIL',
          phone: '+1 555 0100',
          organization: 'US Navy',
          title: 'Rear Admiral',
          seniority: 'executive',
          sameOrganization: false,
          responsibilities: 'Compilers',
          interests: 'COBOL',
          canOffer: 'Intro to our data team',
          notes: 'Met at a conference',
          tags: ['Compilers', 'navy'],
          linkedinUrl: 'https://www.linkedin.com/in/grace-hopper',
          keepInTouchDays: 90,
        });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        name: 'Grace Hopper',
        email: 'grace.hopper@navy.mil',
        phone: '+1 555 0100',
        organization: 'US Navy',
        title: 'Rear Admiral',
        seniority: 'executive',
        sameOrganization: false,
        responsibilities: 'Compilers',
        interests: 'COBOL',
        canOffer: 'Intro to our data team',
        notes: 'Met at a conference',
        tags: ['compilers', 'navy'],
        linkedinUrl: 'https://www.linkedin.com/in/grace-hopper',
        keepInTouchDays: 90,
        // The single fields are the primary values of the lists (test/e2e/contact-values.e2e-spec.ts).
        emails: [{ value: 'grace.hopper@navy.mil', label: null, primary: true }],
        phones: [{ value: '+1 555 0100', label: null, primary: true }],
        urls: [{ value: 'https://www.linkedin.com/in/grace-hopper', label: 'linkedin', primary: true }],
        connectedOn: null,
        lastInteractionAt: null,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
        version: 1,
      });
      const row = await contactRow((res.body as Contact).id);
      expect(row).toEqual(
        expect.objectContaining({
          owner_id: alice.id,
          email: 'grace.hopper@navy.mil',
          tags: ['compilers', 'navy'],
          last_interaction_at: null,
          deleted_at: null,
        }),
      );
    });

    it('normalises tags: trimmed, lower-cased, without duplicates ([" AI ", "ai", "Cloud"] → ["ai", "cloud"])', async () => {
      const contact = await createContact<Contact>(t, alice, { name: 'Tagged', tags: [' AI ', 'ai', 'Cloud'] });
      expect(contact.tags).toEqual(['ai', 'cloud']);
      expect((await contactRow(contact.id)).tags).toEqual(['ai', 'cloud']);
    });

    it('stores the email lower-cased', async () => {
      const contact = await createContact<Contact>(t, alice, { name: 'Mixed Case', email: 'Mixed.CASE@Example.COM' });
      expect(contact.email).toBe('mixed.case@example.com');
      expect((await contactRow(contact.id)).email).toBe('mixed.case@example.com');
    });

    it('defaults tags to [] and optional fields to null', async () => {
      const contact = await createContact(t, alice, { name: 'Bare' });
      expect(contact).toEqual(
        expect.objectContaining({
          tags: [],
          email: null,
          organization: null,
          seniority: null,
          linkedinUrl: null,
          keepInTouchDays: null,
          lastInteractionAt: null,
        }),
      );
    });

    it.each([
      ['lastInteractionAt', { lastInteractionAt: '2024-01-01T00:00:00.000Z' }],
      ['ownerId', { ownerId: randomUUID() }],
      ['version', { version: 3 }],
      ['id', { id: randomUUID() }],
      ['deletedAt', { deletedAt: '2024-01-01T00:00:00.000Z' }],
    ])('refuses %s in the body with 400 naming it, creating nothing', async (field, extra) => {
      const name = `mass ${field} ${randomUUID()}`;
      const res = await t
        .http()
        .post('/v1/contacts')
        .set(alice.auth)
        .send({ name, ...extra });
      expect(fieldsOf(expectProblem(res, 400, 'validation_failed'))).toContain(field);
      expect(await t.sql('SELECT id FROM contact WHERE name = $1', [name])).toEqual([]);
    });

    it.each([
      ['linkedinUrl', 'not a url', { linkedinUrl: 'not a url' }],
      ['linkedinUrl', 'without a protocol', { linkedinUrl: 'www.linkedin.com/in/someone' }],
      ['linkedinUrl', 'with a javascript: scheme', { linkedinUrl: 'javascript:alert(1)' }],
      ['linkedinUrl', 'with an ftp: scheme', { linkedinUrl: 'ftp://linkedin.com/in/someone' }],
      ['keepInTouchDays', '0', { keepInTouchDays: 0 }],
      ['keepInTouchDays', 'negative', { keepInTouchDays: -5 }],
      ['keepInTouchDays', 'fractional', { keepInTouchDays: 1.5 }],
      ['keepInTouchDays', 'a string', { keepInTouchDays: '30' }],
      ['email', 'malformed', { email: 'not-an-email' }],
      ['seniority', 'not an enum value', { seniority: 'intern' }],
      ['tags', 'not an array', { tags: 'ai' }],
      ['tags', 'with a non-string', { tags: ['ok', 5] }],
      ['sameOrganization', 'not a boolean', { sameOrganization: 'yes' }],
    ])('refuses %s %s with 400', async (field, _label, extra) => {
      const name = `invalid ${field} ${randomUUID()}`;
      const res = await t
        .http()
        .post('/v1/contacts')
        .set(alice.auth)
        .send({ name, ...extra });
      expect(fieldsOf(expectProblem(res, 400, 'validation_failed'))).toContain(field);
      expect(await t.sql('SELECT id FROM contact WHERE name = $1', [name])).toEqual([]);
    });

    it('refuses a missing or empty name with 400', async () => {
      expect(fieldsOf(expectProblem(await t.http().post('/v1/contacts').set(alice.auth).send({}), 400))).toContain(
        'name',
      );
      expect(
        fieldsOf(expectProblem(await t.http().post('/v1/contacts').set(alice.auth).send({ name: '' }), 400)),
      ).toContain('name');
    });

    it('refuses a blank (whitespace-only) name with 400, creating nothing', async () => {
      const before = await t.sql('SELECT id FROM contact WHERE owner_id = $1', [alice.id]);
      const res = await t.http().post('/v1/contacts').set(alice.auth).send({ name: '   ' });
      expect(fieldsOf(expectProblem(res, 400))).toContain('name');
      expect(await t.sql(`SELECT id FROM contact WHERE owner_id = $1 AND name = ''`, [alice.id])).toEqual([]);
      expect(await t.sql('SELECT id FROM contact WHERE owner_id = $1', [alice.id])).toHaveLength(before.length);
    });

    it('trims the name', async () => {
      const contact = await createContact<Contact>(t, alice, { name: '  Trimmed Name  ' });
      expect(contact.name).toBe('Trimmed Name');
    });

    it('accepts keepInTouchDays 1 and an http(s) LinkedIn URL', async () => {
      const contact = await createContact<Contact>(t, alice, {
        name: 'Boundary',
        keepInTouchDays: 1,
        linkedinUrl: 'http://linkedin.com/in/boundary',
      });
      expect(contact.keepInTouchDays).toBe(1);
      expect(contact.linkedinUrl).toBe('http://linkedin.com/in/boundary');
    });

    it('requires authentication', async () => {
      expectProblem(await t.http().post('/v1/contacts').send({ name: 'anonymous contact' }), 401);
      expect(await t.sql(`SELECT id FROM contact WHERE name = 'anonymous contact'`)).toEqual([]);
    });
  });

  describe('GET/PATCH/DELETE /v1/contacts/:id', () => {
    it('GET returns the contact with ETag "<version>"', async () => {
      const contact = await createContact(t, alice, { name: 'Fetched', tags: ['x'] });
      const res = await t.http().get(`/v1/contacts/${contact.id}`).set(alice.auth);
      expect(res.status).toBe(200);
      expect(res.headers.etag).toBe('"1"');
      expect(res.body).toEqual(contact);
    });

    it('GET of an unknown id → 404, a malformed id → 400', async () => {
      expectProblem(await t.http().get(`/v1/contacts/${randomUUID()}`).set(alice.auth), 404, 'not_found');
      expect(
        fieldsOf(expectProblem(await t.http().get('/v1/contacts/nope').set(alice.auth), 400, 'validation_failed')),
      ).toEqual(['id']);
    });

    it('PATCH normalises tags and email, bumps the version and returns the new ETag', async () => {
      const contact = await createContact(t, alice, {
        name: 'Patched',
        tags: ['old'],
        organization: 'Kept Org',
      });
      const res = await t
        .http()
        .patch(`/v1/contacts/${contact.id}`)
        .set(alice.auth)
        .set('If-Match', '"1"')
        .send({ tags: [' Data ', 'DATA', 'ml'], email: 'New.Address@Example.org', seniority: 'peer' });
      expect(res.status).toBe(200);
      expect(res.headers.etag).toBe('"2"');
      expect(res.body).toEqual(
        expect.objectContaining({
          id: contact.id,
          name: 'Patched',
          organization: 'Kept Org',
          tags: ['data', 'ml'],
          email: 'new.address@example.org',
          seniority: 'peer',
          version: 2,
        }),
      );
      expect(await contactRow(contact.id)).toEqual(
        expect.objectContaining({ tags: ['data', 'ml'], email: 'new.address@example.org', version: 2 }),
      );
    });

    it('PATCH clears nullable fields with null', async () => {
      const contact = await createContact(t, alice, {
        name: 'Clearable',
        email: 'clear@example.com',
        keepInTouchDays: 30,
        linkedinUrl: 'https://linkedin.com/in/clear',
      });
      const res = await t
        .http()
        .patch(`/v1/contacts/${contact.id}`)
        .set(alice.auth)
        .send({ email: null, keepInTouchDays: null, linkedinUrl: null });
      expect(res.status).toBe(200);
      expect(res.body).toEqual(expect.objectContaining({ email: null, keepInTouchDays: null, linkedinUrl: null }));
    });

    it.each([
      ['lastInteractionAt', { lastInteractionAt: '2030-01-01T00:00:00.000Z' }],
      ['ownerId', { ownerId: randomUUID() }],
      ['version', { version: 10 }],
      ['keepInTouchDays', { keepInTouchDays: 0 }],
      ['linkedinUrl', { linkedinUrl: 'linkedin' }],
    ])('PATCH refuses %s with 400 and changes nothing', async (field, body) => {
      const contact = await createContact(t, alice, { name: `Immutable ${field}`, keepInTouchDays: 7 });
      const res = await t
        .http()
        .patch(`/v1/contacts/${contact.id}`)
        .set(alice.auth)
        .send({ name: 'changed?', ...body });
      expect(fieldsOf(expectProblem(res, 400, 'validation_failed'))).toContain(field);
      expect(await contactRow(contact.id)).toEqual(
        expect.objectContaining({
          name: `Immutable ${field}`,
          version: 1,
          last_interaction_at: null,
          keep_in_touch_days: 7,
          owner_id: alice.id,
        }),
      );
    });

    it('PATCH refuses name: null with 400, not a 500', async () => {
      const contact = await createContact(t, alice, { name: 'Keeps a name' });
      const res = await t.http().patch(`/v1/contacts/${contact.id}`).set(alice.auth).send({ name: null });
      expect(fieldsOf(expectProblem(res, 400))).toContain('name');
      expect((await contactRow(contact.id)).name).toBe('Keeps a name');
    });

    it('PATCH refuses tags: null with 400, not a 500', async () => {
      const contact = await createContact(t, alice, { name: 'Keeps tags', tags: ['kept'] });
      const res = await t.http().patch(`/v1/contacts/${contact.id}`).set(alice.auth).send({ tags: null });
      expect(fieldsOf(expectProblem(res, 400))).toContain('tags');
      expect((await contactRow(contact.id)).tags).toEqual(['kept']);
    });

    it('PATCH with a stale If-Match → 412, nothing changed', async () => {
      const contact = await createContact(t, alice, { name: 'Contended', notes: 'v1' });
      expect((await t.http().patch(`/v1/contacts/${contact.id}`).set(alice.auth).send({ notes: 'v2' })).status).toBe(
        200,
      );
      const res = await t
        .http()
        .patch(`/v1/contacts/${contact.id}`)
        .set(alice.auth)
        .set('If-Match', '"1"')
        .send({ notes: 'lost update', name: 'Renamed' });
      expectProblem(res, 412, 'precondition_failed');
      expect(await contactRow(contact.id)).toEqual(
        expect.objectContaining({ name: 'Contended', notes: 'v2', version: 2 }),
      );
    });

    it('DELETE → 204, then GET/PATCH/DELETE/timeline → 404 and it is absent from the list and search', async () => {
      const contact = await createContact(t, alice, { name: 'Ephemeral Zanzibar', tags: ['ephemeral'] });
      const res = await t.http().delete(`/v1/contacts/${contact.id}`).set(alice.auth);
      expect(res.status).toBe(204);
      expect(res.text).toBe('');
      expectProblem(await t.http().get(`/v1/contacts/${contact.id}`).set(alice.auth), 404);
      expectProblem(await t.http().patch(`/v1/contacts/${contact.id}`).set(alice.auth).send({ name: 'back' }), 404);
      expectProblem(await t.http().delete(`/v1/contacts/${contact.id}`).set(alice.auth), 404);
      expectProblem(await t.http().get(`/v1/contacts/${contact.id}/timeline`).set(alice.auth), 404);
      const all = await list(alice, { limit: 100 });
      expect(all.data.map((c) => c.id)).not.toContain(contact.id);
      expect((await list(alice, { q: 'zanzibar' })).data).toEqual([]);
      expect((await list(alice, { tag: 'ephemeral' })).data).toEqual([]);
      const row = await contactRow(contact.id);
      expect(row.deleted_at).toBeInstanceOf(Date);
    });

    it('DELETE with a stale If-Match → 412 and the contact stays', async () => {
      const contact = await createContact(t, alice, { name: 'Guarded' });
      await t.http().patch(`/v1/contacts/${contact.id}`).set(alice.auth).send({ notes: 'bump' });
      expectProblem(
        await t.http().delete(`/v1/contacts/${contact.id}`).set(alice.auth).set('If-Match', '"1"'),
        412,
        'precondition_failed',
      );
      expect((await contactRow(contact.id)).deleted_at).toBeNull();
      expect((await t.http().delete(`/v1/contacts/${contact.id}`).set(alice.auth).set('If-Match', '"2"')).status).toBe(
        204,
      );
    });
  });

  describe("another user's contact is 404 and stays unchanged", () => {
    let contact: Contact;

    beforeAll(async () => {
      contact = await createContact(t, alice, {
        name: 'Private Person',
        email: 'private@example.com',
        tags: ['secret'],
        notes: 'confidential',
      });
    });

    it('GET → 404 without an ETag or any of the data', async () => {
      const res = await t.http().get(`/v1/contacts/${contact.id}`).set(bob.auth);
      expectProblem(res, 404, 'not_found');
      expect(res.headers.etag).toBeUndefined();
      expect(res.text).not.toContain('Private Person');
    });

    it('PATCH → 404 (with or without If-Match), nothing changed', async () => {
      expectProblem(
        await t
          .http()
          .patch(`/v1/contacts/${contact.id}`)
          .set(bob.auth)
          .send({ name: 'Hijacked', tags: ['x'] }),
        404,
      );
      expectProblem(
        await t.http().patch(`/v1/contacts/${contact.id}`).set(bob.auth).set('If-Match', '"1"').send({ notes: 'x' }),
        404,
      );
      expect(await contactRow(contact.id)).toEqual(
        expect.objectContaining({
          name: 'Private Person',
          tags: ['secret'],
          notes: 'confidential',
          version: 1,
          deleted_at: null,
          owner_id: alice.id,
        }),
      );
    });

    it('DELETE → 404, not deleted', async () => {
      expectProblem(await t.http().delete(`/v1/contacts/${contact.id}`).set(bob.auth), 404);
      expectProblem(await t.http().delete(`/v1/contacts/${contact.id}`).set(bob.auth).set('If-Match', '"1"'), 404);
      expect((await contactRow(contact.id)).deleted_at).toBeNull();
      expect((await t.http().get(`/v1/contacts/${contact.id}`).set(alice.auth)).status).toBe(200);
    });

    it('GET timeline → 404', async () => {
      expectProblem(await t.http().get(`/v1/contacts/${contact.id}/timeline`).set(bob.auth), 404, 'not_found');
    });

    it("Bob's list, search and tag filter never show it", async () => {
      expect((await list(bob, { limit: 100 })).data.map((c) => c.id)).not.toContain(contact.id);
      expect((await list(bob, { q: 'private' })).data).toEqual([]);
      expect((await list(bob, { tag: 'secret' })).data).toEqual([]);
    });
  });

  describe('GET /v1/contacts search and filters', () => {
    let searcher: TestUser;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      searcher = await registerUser(t);
      const people: [string, Record<string, unknown>][] = [
        [
          'grace',
          {
            name: 'Grace Hopper',
            organization: 'US Navy',
            title: 'Rear Admiral',
            seniority: 'executive',
            tags: ['compilers'],
          },
        ],
        ['ada', { name: 'Ada Lovelace', organization: 'ACME Corp', title: 'Analyst', seniority: 'senior' }],
        [
          'alan',
          {
            name: 'Alan Turing',
            organization: 'Bletchley Park',
            title: 'Head of Cryptanalysis',
            seniority: 'executive',
            tags: ['Machine-Learning', 'crypto'],
          },
        ],
        [
          'katherine',
          {
            name: 'Katherine Johnson',
            organization: 'NASA',
            title: 'Mathematician',
            seniority: 'senior',
            tags: ['crypto', 'space'],
          },
        ],
        [
          'noted',
          {
            name: 'Norbert Notes',
            organization: 'Quiet Ltd',
            title: 'Clerk',
            seniority: 'junior',
            notes: 'zebrafish aficionado; knows Hopper and ACME',
            responsibilities: 'quokka breeding',
          },
        ],
        ['percent', { name: 'Pure 100% Juice', seniority: 'peer' }],
        ['underscore', { name: 'snake_case Sam', seniority: 'peer' }],
        ['backslash', { name: 'Back\\slash Bo', seniority: 'peer' }],
      ];
      for (const [key, body] of people) ids[key] = (await createContact(t, searcher, body)).id;
      // Never found: another user's near-duplicate and a deleted contact.
      await createContact(t, bob, { name: 'Grace Hopperson', organization: 'ACME Corp', tags: ['crypto'] });
      const deleted = await createContact(t, searcher, { name: 'Deleted Hopper', organization: 'ACME Corp' });
      expect((await t.http().delete(`/v1/contacts/${deleted.id}`).set(searcher.auth)).status).toBe(204);
    });

    const search = async (query: Record<string, string | number>) =>
      (await list(searcher, { limit: 100, ...query })).data.map((c) => c.id);
    const idsOf = (...keys: string[]) => keys.map((key) => ids[key]);

    it.each([
      // Norbert's notes mention Hopper and ACME: notes are searched too (issue 10).
      ['hopp', ['grace', 'noted']],
      ['HOPP', ['grace', 'noted']],
      ['  Hopper  ', ['grace', 'noted']],
      ['grace hop', ['grace']],
      ['acme', ['ada', 'noted']],
      ['ACME corp', ['ada']],
      ['analyst', ['ada']],
      ['admiral', ['grace']],
      ['navy', ['grace']],
      ['machine', ['alan']],
      ['compil', ['grace']],
      ['cryptanal', ['alan']],
      ['nasa', ['katherine']],
    ])('q=%j finds %j (name, organization, title, tags; partial, case-insensitive)', async (q, expected) => {
      expect((await search({ q })).sort()).toEqual(idsOf(...expected).sort());
    });

    it('q matches a tag as well as the title (crypto: tags of Alan and Katherine, title of Alan)', async () => {
      expect((await search({ q: 'crypt' })).sort()).toEqual(idsOf('alan', 'katherine').sort());
    });

    it('q searches notes and responsibilities as well (issue 10)', async () => {
      expect(await search({ q: 'zebrafish' })).toEqual(idsOf('noted'));
      expect(await search({ q: 'aficionado' })).toEqual(idsOf('noted'));
      expect(await search({ q: 'quokka' })).toEqual(idsOf('noted'));
      expect(await search({ q: 'norbert' })).toEqual(idsOf('noted'));
    });

    it('treats % and _ and \\ in q literally', async () => {
      expect(await search({ q: '%' })).toEqual(idsOf('percent'));
      expect(await search({ q: '100%' })).toEqual(idsOf('percent'));
      expect(await search({ q: '_' })).toEqual(idsOf('underscore'));
      expect(await search({ q: 'snake_c' })).toEqual(idsOf('underscore'));
      expect(await search({ q: '\\' })).toEqual(idsOf('backslash'));
      expect(await search({ q: 'k\\s' })).toEqual(idsOf('backslash'));
      // As wildcards these would match Grace and Ada.
      expect(await search({ q: 'gr_ce' })).toEqual([]);
      expect(await search({ q: 'a%e' })).toEqual([]);
      expect(await search({ q: '%%' })).toEqual([]);
    });

    it('finds nothing for a q no contact matches', async () => {
      const page = await list(searcher, { q: 'nobody-by-this-name' });
      expect(page).toEqual({ data: [], nextCursor: null });
    });

    it('filters by ?tag= (exact tag, normalised like stored tags)', async () => {
      expect((await search({ tag: 'crypto' })).sort()).toEqual(idsOf('alan', 'katherine').sort());
      expect((await search({ tag: ' CRYPTO ' })).sort()).toEqual(idsOf('alan', 'katherine').sort());
      expect(await search({ tag: 'machine-learning' })).toEqual(idsOf('alan'));
      expect(await search({ tag: 'cryp' })).toEqual([]);
      expect(await search({ tag: 'space' })).toEqual(idsOf('katherine'));
    });

    it('filters by ?seniority=', async () => {
      expect((await search({ seniority: 'executive' })).sort()).toEqual(idsOf('grace', 'alan').sort());
      expect((await search({ seniority: 'senior' })).sort()).toEqual(idsOf('ada', 'katherine').sort());
      expect(await search({ seniority: 'junior' })).toEqual(idsOf('noted'));
      expect(
        fieldsOf(
          expectProblem(await t.http().get('/v1/contacts').query({ seniority: 'boss' }).set(searcher.auth), 400),
        ),
      ).toContain('seniority');
    });

    it('combines q, tag and seniority (all must match)', async () => {
      expect((await search({ tag: 'crypto', seniority: 'senior' })).sort()).toEqual(idsOf('katherine'));
      expect(await search({ tag: 'crypto', seniority: 'executive' })).toEqual(idsOf('alan'));
      expect(await search({ q: 'crypt', seniority: 'senior' })).toEqual(idsOf('katherine'));
      expect(await search({ q: 'turing', tag: 'crypto', seniority: 'executive' })).toEqual(idsOf('alan'));
      expect(await search({ q: 'turing', tag: 'space' })).toEqual([]);
      expect(await search({ q: 'hopper', seniority: 'senior' })).toEqual([]);
    });

    it('lists newest first', async () => {
      const all = await list(searcher, { limit: 100 });
      expect(all.data.map((c) => c.id)).toEqual(
        (
          await t.sql<{ id: string }>(
            `SELECT id FROM contact WHERE owner_id = $1 AND deleted_at IS NULL ORDER BY created_at DESC, id DESC`,
            [searcher.id],
          )
        ).map((row) => row.id),
      );
      expect(all.data).toHaveLength(8);
    });

    it('uses the trigram index ix_contact_search_trgm for the search expression', async () => {
      const expression = serviceSearchExpression();
      // The expression covers exactly the searched fields.
      for (const field of [
        'contact.name',
        'contact.organization',
        'contact.title',
        'contact.tags',
        'contact.responsibilities',
        'contact.interests',
        'contact.notes',
      ]) {
        expect(expression).toContain(field);
      }
      const client = new pg.Client({ connectionString: t.databaseUrl });
      await client.connect();
      try {
        await client.query('SET enable_seqscan = off');
        const plan = await client.query<{ 'QUERY PLAN': string }>(
          // The match of the fuzzy tier (the ordering is by tier and id since the search tiers).
          `EXPLAIN SELECT contact.id FROM contact contact WHERE ${expression} %> 'hopp'`,
        );
        // On Citus the shards plan for their own (tiny) tables: the owner's btree wins there, so the
        // index is checked where the plan is the database's own (npm test).
        if (!onCitus) expect(plan.rows.map((row) => row['QUERY PLAN']).join('\n')).toContain('ix_contact_search_trgm');
      } finally {
        await client.end();
      }
    });

    it('refuses an over-long q with 400', async () => {
      expect(
        fieldsOf(
          expectProblem(
            await t
              .http()
              .get('/v1/contacts')
              .query({ q: 'x'.repeat(201) })
              .set(searcher.auth),
            400,
          ),
        ),
      ).toContain('q');
    });
  });

  describe('GET /v1/contacts pagination', () => {
    let owner: TestUser;
    const TOTAL = 26;
    let expectedAll: string[];
    let expectedSearch: string[];
    let expectedTag: string[];

    beforeAll(async () => {
      owner = await registerUser(t);
      // Groups of 3 share a created_at; half work at "Paginated Industries", every fourth has tag "vip".
      await t.sql(
        `INSERT INTO contact (owner_id, name, organization, tags, created_at)
         SELECT $1, 'Paged ' || i,
                CASE WHEN i % 2 = 0 THEN 'Paginated Industries' ELSE 'Elsewhere' END,
                CASE WHEN i % 4 = 0 THEN ARRAY['vip'] ELSE ARRAY[]::text[] END,
                '2024-06-01T08:00:00.789Z'::timestamptz - make_interval(secs => (i / 3))
         FROM generate_series(0, $2 - 1) AS i`,
        [owner.id, TOTAL],
      );
      const ordered = async (where: string) =>
        (
          await t.sql<{ id: string }>(
            `SELECT id FROM contact WHERE owner_id = $1 AND deleted_at IS NULL ${where} ORDER BY created_at DESC, id DESC`,
            [owner.id],
          )
        ).map((row) => row.id);
      expectedAll = await ordered('');
      expectedSearch = await ordered(`AND organization = 'Paginated Industries'`);
      expectedTag = await ordered(`AND 'vip' = ANY(tags)`);
      expect(expectedAll).toHaveLength(TOTAL);
      expect(expectedSearch).toHaveLength(13);
      expect(expectedTag).toHaveLength(7);
    });

    const collect = (query: Query) => collectPages(40, (cursor) => list(owner, cursor ? { ...query, cursor } : query));

    it('visits every contact once, newest first, across ties', async () => {
      const { ids, pages } = await collect({ limit: 4 });
      expect(ids).toEqual(expectedAll);
      expect(pages).toEqual([4, 4, 4, 4, 4, 4, 2]);
    });

    it('paginates a search (q) without repeats or gaps', async () => {
      const { ids, pages } = await collect({ q: 'paginated', limit: 5 });
      // Ranked by relevance; the 13 matches are equally relevant (same organization), so by id.
      expect(ids).toEqual([...expectedSearch].sort());
      expect(pages).toEqual([5, 5, 3]);
    });

    it('paginates a tag filter', async () => {
      const { ids } = await collect({ tag: 'vip', limit: 2 });
      expect(ids).toEqual(expectedTag);
    });

    it('returns 20 by default and refuses limit over 100 and a garbage cursor', async () => {
      const first = await list(owner, {});
      expect(first.data.map((c) => c.id)).toEqual(expectedAll.slice(0, 20));
      expect(typeof first.nextCursor).toBe('string');
      expect(
        fieldsOf(expectProblem(await t.http().get('/v1/contacts').query({ limit: 101 }).set(owner.auth), 400)),
      ).toContain('limit');
      expect(
        fieldsOf(expectProblem(await t.http().get('/v1/contacts').query({ cursor: 'garbage!' }).set(owner.auth), 400)),
      ).toContain('cursor');
    });
  });

  describe('GET /v1/contacts/:id/timeline', () => {
    let owner: TestUser;
    let inquiryId: string;
    let target: Contact;
    let other: Contact;
    let third: Contact;
    let fourth: Contact;
    /** What the timeline must show, in order. */
    let expected: TimelineItem[];

    const BASE = Date.parse('2024-09-10T12:00:00.000Z');
    const at = (minutesBefore: number) => new Date(BASE - minutesBefore * 60_000).toISOString();

    beforeAll(async () => {
      owner = await registerUser(t);
      inquiryId = (await createInquiry(t, owner, { title: 'Timeline inquiry' })).id;
      target = await createContact(t, owner, { name: 'Timeline Target' });
      other = await createContact(t, owner, { name: 'Timeline Other' });
      third = await createContact(t, owner, { name: 'Timeline Third' });
      fourth = await createContact(t, owner, { name: 'Timeline Fourth' });
      const items: TimelineItem[] = [];

      async function interaction(
        contactId: string,
        kind: string,
        when: string,
        summary: string,
        options: { deleted?: boolean; ownerId?: string; inquiry?: string | null } = {},
      ): Promise<string> {
        const [row] = await t.sql<{ id: string }>(
          `INSERT INTO interaction (owner_id, contact_id, inquiry_id, kind, occurred_at, summary, created_at, deleted_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
          [
            options.ownerId ?? owner.id,
            contactId,
            options.inquiry === undefined ? null : options.inquiry,
            kind,
            when,
            summary,
            // created_at differs from occurred_at: the timeline must order by when it happened.
            at(-1000),
            options.deleted ? new Date() : null,
          ],
        );
        return row.id;
      }
      async function insight(
        contactId: string,
        kind: string,
        when: string,
        text: string,
        options: { deleted?: boolean; ownerId?: string } = {},
      ): Promise<string> {
        const [row] = await t.sql<{ id: string }>(
          `INSERT INTO insight (owner_id, inquiry_id, contact_id, text, kind, created_at, deleted_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [options.ownerId ?? owner.id, inquiryId, contactId, text, kind, when, options.deleted ? new Date() : null],
        );
        return row.id;
      }
      async function referral(
        referrerId: string,
        referredId: string,
        when: string,
        reason: string,
        options: { deleted?: boolean } = {},
      ): Promise<string> {
        const [row] = await t.sql<{ id: string }>(
          `INSERT INTO referral (owner_id, inquiry_id, referrer_id, referred_id, reason, created_at, deleted_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [owner.id, inquiryId, referrerId, referredId, reason, when, options.deleted ? new Date() : null],
        );
        return row.id;
      }
      async function commitment(
        contactId: string,
        promisedBy: string,
        when: string,
        description: string,
        options: { deleted?: boolean; inquiry?: string | null } = {},
      ): Promise<string> {
        const [row] = await t.sql<{ id: string }>(
          `INSERT INTO commitment (owner_id, contact_id, inquiry_id, description, promised_by, created_at, deleted_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [
            owner.id,
            contactId,
            options.inquiry === undefined ? null : options.inquiry,
            description,
            promisedBy,
            when,
            options.deleted ? new Date() : null,
          ],
        );
        return row.id;
      }

      // The target's history.
      const add = (
        item: Omit<TimelineItem, 'otherContactId' | 'inquiryId' | 'otherContactName' | 'outcome'> &
          Partial<TimelineItem>,
      ) => items.push({ inquiryId: null, otherContactId: null, otherContactName: null, outcome: null, ...item });
      let when = at(10);
      add({
        type: 'interaction',
        id: await interaction(target.id, 'meeting', when, 'Coffee at the plant', { inquiry: inquiryId }),
        at: when,
        kind: 'meeting',
        text: 'Coffee at the plant',
        inquiryId,
      });
      when = at(5 * 24 * 60);
      add({
        type: 'interaction',
        id: await interaction(target.id, 'ask', when, 'Asked for 20 minutes'),
        at: when,
        kind: 'ask',
        text: 'Asked for 20 minutes',
      });
      when = at(60);
      add({
        type: 'insight',
        id: await insight(target.id, 'pattern', when, 'Operators distrust alerts'),
        at: when,
        kind: 'pattern',
        text: 'Operators distrust alerts',
        inquiryId,
      });
      when = at(120);
      add({
        type: 'referral',
        id: await referral(target.id, other.id, when, 'Runs the maintenance crew'),
        at: when,
        kind: 'referred',
        text: 'Runs the maintenance crew',
        inquiryId,
        otherContactId: other.id,
        otherContactName: other.name,
      });
      when = at(180);
      add({
        type: 'referral',
        id: await referral(third.id, target.id, when, 'Knows the sensors'),
        at: when,
        kind: 'referred_by',
        text: 'Knows the sensors',
        inquiryId,
        otherContactId: third.id,
        otherContactName: third.name,
      });
      when = at(1);
      add({
        type: 'commitment',
        id: await commitment(target.id, 'me', when, 'Send the survey results', { inquiry: inquiryId }),
        at: when,
        kind: 'me',
        text: 'Send the survey results',
        inquiryId,
      });
      when = at(2 * 24 * 60);
      add({
        type: 'commitment',
        id: await commitment(target.id, 'them', when, 'Introduce me to the plant manager'),
        at: when,
        kind: 'them',
        text: 'Introduce me to the plant manager',
      });
      // One of each type at the very same instant: ordered by id among themselves, across types.
      when = at(24 * 60);
      add({
        type: 'interaction',
        id: await interaction(target.id, 'thank_you', when, 'Thanks'),
        at: when,
        kind: 'thank_you',
        text: 'Thanks',
      });
      add({
        type: 'insight',
        id: await insight(target.id, 'advice', when, 'Start with one line'),
        at: when,
        kind: 'advice',
        text: 'Start with one line',
        inquiryId,
      });
      add({
        type: 'commitment',
        id: await commitment(target.id, 'me', when, 'Share the notes'),
        at: when,
        kind: 'me',
        text: 'Share the notes',
      });
      add({
        type: 'referral',
        id: await referral(target.id, fourth.id, when, 'Same-instant referral'),
        at: when,
        kind: 'referred',
        text: 'Same-instant referral',
        inquiryId,
        otherContactId: fourth.id,
        otherContactName: fourth.name,
      });
      add({
        type: 'interaction',
        id: await interaction(target.id, 'message', when, 'Same-instant message'),
        at: when,
        kind: 'message',
        text: 'Same-instant message',
      });

      // Never shown: soft-deleted rows of the target…
      await interaction(target.id, 'call', at(3), 'deleted call', { deleted: true });
      await insight(target.id, 'fact', at(4), 'deleted insight', { deleted: true });
      await referral(other.id, target.id, at(6), 'deleted referral', { deleted: true });
      await commitment(target.id, 'me', at(7), 'deleted commitment', { deleted: true });
      // …other contacts' rows…
      await interaction(other.id, 'meeting', at(8), 'other meeting');
      await insight(other.id, 'risk', at(9), 'other insight');
      await referral(other.id, third.id, at(11), 'other referral');
      await commitment(other.id, 'them', at(12), 'other commitment');
      // …and no row of another user can point at this contact: the composite foreign keys refuse it.
      await expect(interaction(target.id, 'meeting', at(13), 'foreign meeting', { ownerId: bob.id })).rejects.toThrow(
        /fk_interaction_contact/,
      );
      await expect(insight(target.id, 'fact', at(14), 'foreign insight', { ownerId: bob.id })).rejects.toThrow(
        /fk_insight_contact|fk_insight_inquiry/,
      );

      expected = [...items].sort((a, b) => {
        const byTime = Date.parse(b.at) - Date.parse(a.at);
        if (byTime !== 0) return byTime;
        return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
      });
      expect(expected).toHaveLength(12);
    });

    const timeline = (query: Query = {}) =>
      apiGet<Page<TimelineItem>>(t, owner, `/v1/contacts/${target.id}/timeline`, query);

    it('lists interactions, insights, referrals (both sides) and commitments, newest first, with their types', async () => {
      const page = await timeline({ limit: 100 });
      expect(page.nextCursor).toBeNull();
      expect(page.data.map((item) => ({ ...item, at: new Date(item.at).toISOString() }))).toEqual(expected);
      expect(new Set(page.data.map((item) => item.type))).toEqual(
        new Set(['interaction', 'insight', 'referral', 'commitment']),
      );
    });

    it('excludes soft-deleted rows, other contacts’ rows and other users’ rows', async () => {
      const texts = (await timeline({ limit: 100 })).data.map((item) => item.text ?? '');
      for (const text of texts) expect(text).not.toMatch(/deleted|other|foreign/);
    });

    it('paginates without repeats or gaps, including across same-instant rows', async () => {
      const seen: TimelineItem[] = [];
      const pages: number[] = [];
      let cursor: string | null = null;
      for (let guard = 0; guard < 20; guard++) {
        const page = await timeline(cursor ? { limit: 2, cursor } : { limit: 2 });
        pages.push(page.data.length);
        seen.push(...page.data);
        cursor = page.nextCursor;
        if (cursor === null) break;
      }
      expect(cursor).toBeNull();
      expect(pages).toEqual([2, 2, 2, 2, 2, 2]);
      expect(seen.map((item) => item.id)).toEqual(expected.map((item) => item.id));
      expect(new Set(seen.map((item) => item.id)).size).toBe(expected.length);
      // Also with an odd page size, so a boundary falls inside the same-instant group.
      const odd: string[] = [];
      cursor = null;
      for (let guard = 0; guard < 20; guard++) {
        const page = await timeline(cursor ? { limit: 5, cursor } : { limit: 5 });
        odd.push(...page.data.map((item) => item.id));
        cursor = page.nextCursor;
        if (cursor === null) break;
      }
      expect(odd).toEqual(expected.map((item) => item.id));
    });

    it('returns 20 by default, an empty page for a contact with no history, and 400 for bad paging', async () => {
      const page = await timeline();
      expect(page.data).toHaveLength(12);
      expect(page.nextCursor).toBeNull();
      const quiet = await createContact(t, owner, { name: 'No history' });
      const res = await t.http().get(`/v1/contacts/${quiet.id}/timeline`).set(owner.auth);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ data: [], nextCursor: null });
      expect(
        fieldsOf(
          expectProblem(
            await t.http().get(`/v1/contacts/${target.id}/timeline`).query({ limit: 101 }).set(owner.auth),
            400,
          ),
        ),
      ).toContain('limit');
      expect(
        fieldsOf(
          expectProblem(
            await t.http().get(`/v1/contacts/${target.id}/timeline`).query({ cursor: 'garbage!' }).set(owner.auth),
            400,
          ),
        ),
      ).toContain('cursor');
    });

    it("answers 404 for another user's contact and for an unknown one", async () => {
      const res = await t.http().get(`/v1/contacts/${target.id}/timeline`).set(bob.auth);
      expectProblem(res, 404, 'not_found');
      expect(res.text).not.toContain('Coffee');
      expectProblem(await t.http().get(`/v1/contacts/${randomUUID()}/timeline`).set(owner.auth), 404);
    });
  });

  describe('search at scale', () => {
    it('runs the owner-scoped, paginated search through ix_contact_search_trgm, not a scan of the owner’s contacts', async () => {
      const expression = serviceSearchExpression();
      const bulk = await registerUser(t);
      await t.sql(
        `INSERT INTO contact (owner_id, name, organization, title, tags)
         SELECT $1, 'Person ' || md5(i::text), 'Org ' || (i % 97), 'Title ' || (i % 13), ARRAY['t' || (i % 7)]
         FROM generate_series(1, 20000) AS i`,
        [bulk.id],
      );
      await t.sql(`INSERT INTO contact (owner_id, name, organization) VALUES ($1, 'Grace Hopper', 'US Navy')`, [
        bulk.id,
      ]);
      await t.sql('ANALYZE contact');
      // The query as the service builds it (owner, search, not deleted, most relevant first, one page),
      // default planner settings: the index serves the match and the ordering.
      const sql = `SELECT contact.id FROM contact contact
         WHERE contact.owner_id = $1 AND ${expression} %> $2 AND contact.deleted_at IS NULL
         ORDER BY ${expression} <->> $2, contact.id LIMIT 21`;
      const plan = await t.sql<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, [bulk.id, 'hopp']);
      const text = plan.map((row) => row['QUERY PLAN']).join('\n');
      expect(text).toContain('ix_contact_search_trgm');
      expect(text).not.toMatch(/Seq Scan/);
      // And through the API, the search finds the one match among 20 001 contacts.
      const res = await t.http().get('/v1/contacts').query({ q: 'hopp' }).set(bulk.auth);
      expect(res.status).toBe(200);
      expect((res.body as Page<Contact>).data.map((c) => c.name)).toEqual(['Grace Hopper']);
    });
  });
});
