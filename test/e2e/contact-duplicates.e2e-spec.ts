import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { registerUser, type TestUser } from '../factories/users.js';
import { createContact } from '../support/api.js';
import { apiDelete, apiGet, type Body, type Page } from '../support/http.js';
import { expectProblem, fieldsOf } from '../support/problems.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

interface DuplicateContact {
  id: string;
  name: string;
  organization: string | null;
  title: string | null;
  email: string | null;
  phone: string | null;
  linkedinUrl: string | null;
}

interface DuplicatePair {
  contacts: [DuplicateContact, DuplicateContact];
  reasons: Array<{ kind: string; values: [string, string] }>;
  score: number;
}

describe('GET /v1/contacts/duplicates', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  const contact = async (user: TestUser, body: Body) => (await createContact(t, user, body)).id;
  const duplicates = (user: TestUser, query: Record<string, string | number> = {}) =>
    apiGet<Page<DuplicatePair>>(t, user, '/v1/contacts/duplicates', query);
  /** Every pair of the user (one big page). */
  const allPairs = async (user: TestUser) => (await duplicates(user, { limit: 100 })).data;
  /** The pair of these two contacts, if listed (whichever id is lower). */
  const pairOf = (pairs: DuplicatePair[], x: string, y: string) =>
    pairs.find((pair) => {
      const ids = pair.contacts.map((c) => c.id);
      return ids.includes(x) && ids.includes(y);
    });
  const kinds = (pair: DuplicatePair | undefined) => pair?.reasons.map((reason) => reason.kind);
  /** Gives a contact values straight in the database, as contacts stored before the unique keys have them. */
  const setValues = (ownerId: string, id: string, column: 'emails' | 'urls' | 'phones', values: string[]) =>
    t.sql(`UPDATE contact SET ${column} = $3::jsonb WHERE owner_id = $1 AND id = $2`, [
      ownerId,
      id,
      JSON.stringify(values.map((value, i) => ({ value, label: null, primary: i === 0 }))),
    ]);

  it('finds the same email held by two contacts (stored before the unique key, or in another contact’s list)', async () => {
    const alice = await registerUser(t);
    const a = await contact(alice, { name: 'Ann Lee', email: 'ann@lee.example' });
    const b = await contact(alice, { name: 'A. Lee' });
    // The unique key refuses this through the API; contacts from before it have it.
    await setValues(alice.id, b, 'emails', ['work@lee.example', 'ann@lee.example']);
    const pair = pairOf(await allPairs(alice), a, b);
    expect(kinds(pair)).toEqual(['same_email']);
    expect(pair!.reasons[0].values).toEqual(['ann@lee.example', 'ann@lee.example']);
    expect(pair!.score).toBe(95);
    // Each pair once, the lower id first.
    expect(pair!.contacts.map((c) => c.id)).toEqual([a, b].sort());
  });

  it('finds one address written two ways: a +tag, Gmail’s dots, googlemail.com', async () => {
    const alice = await registerUser(t);
    const a = await contact(alice, { name: 'Jane Doe', email: 'Jane.Doe@gmail.com' });
    const b = await contact(alice, { name: 'Janie', email: 'janedoe+crm@googlemail.com' });
    const c = await contact(alice, { name: 'Bo Ray', email: 'bo@ray.example' });
    const d = await contact(alice, { name: 'Robert Ray', email: 'bo+news@ray.example' });
    // Dots count outside Gmail: b.o@ray.example is another mailbox.
    const e = await contact(alice, { name: 'B. O.', email: 'b.o@ray.example' });
    const pairs = await allPairs(alice);
    const gmail = pairOf(pairs, a, b);
    expect(kinds(gmail)).toEqual(['similar_email']);
    expect(gmail!.score).toBe(90);
    expect(new Set(gmail!.reasons[0].values)).toEqual(new Set(['jane.doe@gmail.com', 'janedoe+crm@googlemail.com']));
    expect(kinds(pairOf(pairs, c, d))).toEqual(['similar_email']);
    expect(pairOf(pairs, c, e)).toBeUndefined();
    expect(pairOf(pairs, d, e)).toBeUndefined();
  });

  it('finds the same LinkedIn profile, however the URL was written', async () => {
    const alice = await registerUser(t);
    const a = await contact(alice, { name: 'Jörg Berg', linkedinUrl: 'https://de.linkedin.com/in/joerg-berg/' });
    const b = await contact(alice, { name: 'Joerg' });
    await setValues(alice.id, b, 'urls', ['https://example.com/joerg', 'http://linkedin.com/in/Joerg-Berg?trk=x']);
    const pair = pairOf(await allPairs(alice), a, b);
    expect(kinds(pair)).toEqual(['same_linkedin']);
    expect(pair!.score).toBe(95);
  });

  it('finds the same phone, but not a number shared by more than ten contacts (a switchboard)', async () => {
    const alice = await registerUser(t);
    const a = await contact(alice, { name: 'Sam Poe', phone: '+44 20 7946 0958' });
    const b = await contact(alice, { name: 'Pat Poe', phone: '+442079460958' });
    const switchboard: string[] = [];
    for (let i = 0; i < 11; i++)
      switchboard.push(await contact(alice, { name: `Staff ${i}`, phone: '+1 415 555 0100' }));
    const pairs = await allPairs(alice);
    const pair = pairOf(pairs, a, b);
    expect(kinds(pair)).toEqual(['same_phone']);
    expect(pair!.reasons[0].values).toEqual(['+442079460958', '+442079460958']);
    expect(pair!.score).toBe(60);
    expect(pairs.filter((p) => p.contacts.some((c) => switchboard.includes(c.id)))).toEqual([]);
  });

  it('finds the same name at the same organisation: case, accents, punctuation and word order set aside', async () => {
    const alice = await registerUser(t);
    const a = await contact(alice, { name: 'José Müller', organization: 'ACME Inc.' });
    const b = await contact(alice, { name: 'muller,  jose', organization: 'Acme, Inc' });
    // The same name elsewhere is another person (or at least no evidence).
    const c = await contact(alice, { name: 'José Müller', organization: 'Globex' });
    // No organisation: no evidence either.
    const d = await contact(alice, { name: 'José Müller' });
    const pairs = await allPairs(alice);
    const pair = pairOf(pairs, a, b);
    expect(kinds(pair)).toEqual(['same_name_and_organization']);
    expect(pair!.score).toBe(80);
    expect(new Set(pair!.reasons[0].values)).toEqual(new Set(['José Müller', 'muller,  jose']));
    for (const other of [c, d]) {
      expect(pairOf(pairs, a, other)).toBeUndefined();
      expect(pairOf(pairs, b, other)).toBeUndefined();
    }
    // Three words and four, in any order.
    const e = await contact(alice, { name: 'Anna Maria Berg', organization: 'Stark' });
    const f = await contact(alice, { name: 'Berg, Anna-Maria', organization: 'STARK' });
    const g = await contact(alice, { name: 'Jan van der Berg', organization: 'Stark' });
    const h = await contact(alice, { name: 'van der Berg, Jan', organization: 'Stark' });
    const more = await allPairs(alice);
    expect(kinds(pairOf(more, e, f))).toEqual(['same_name_and_organization']);
    expect(kinds(pairOf(more, g, h))).toEqual(['same_name_and_organization']);
    expect(pairOf(more, e, g)).toBeUndefined();
  });

  it('finds a name a typo away at the same organisation, and never pairs different people of one organisation', async () => {
    const alice = await registerUser(t);
    const org = 'Initech';
    const katherine = await contact(alice, { name: 'Katherine Johnson', organization: org });
    const katharine = await contact(alice, { name: 'Katharine Johnson', organization: org });
    const jane = await contact(alice, { name: 'Jane Smith', organization: org });
    const john = await contact(alice, { name: 'John Smith', organization: org });
    const maria = await contact(alice, { name: 'Maria Smith', organization: org });
    const marco = await contact(alice, { name: 'Marco Smith', organization: org });
    const janeDoe = await contact(alice, { name: 'Jane Doe', organization: org });
    const pairs = await allPairs(alice);
    const typo = pairOf(pairs, katherine, katharine);
    expect(kinds(typo)).toEqual(['similar_name_and_organization']);
    expect(typo!.score).toBe(65);
    const people = [jane, john, maria, marco, janeDoe];
    expect(pairs.filter((pair) => pair.contacts.some((c) => people.includes(c.id)))).toEqual([]);
  });

  it('combines reasons: every reason listed, strongest first, and a higher score', async () => {
    const alice = await registerUser(t);
    const a = await contact(alice, { name: 'Lena Park', organization: 'Umbrella', phone: '+1 212 555 0147' });
    const b = await contact(alice, { name: 'Park Lena', organization: 'umbrella', phone: '(212) 555-0147' });
    // Read in the US: the same E.164 number.
    await setValues(alice.id, b, 'phones', ['+12125550147']);
    const c = await contact(alice, { name: 'Nobody Else', email: 'lena@umbrella.example' });
    const pairs = await allPairs(alice);
    const pair = pairOf(pairs, a, b);
    expect(kinds(pair)).toEqual(['same_name_and_organization', 'same_phone']);
    expect(pair!.score).toBe(92);
    expect(pairs.map((p) => p.score)).toEqual([...pairs.map((p) => p.score)].sort((x, y) => y - x));
    expect(pairs.filter((p) => p.contacts.some((x) => x.id === c))).toEqual([]);
    expect(pair!.contacts.find((x) => x.id === a)).toEqual({
      id: a,
      name: 'Lena Park',
      organization: 'Umbrella',
      title: null,
      email: null,
      phone: '+1 212 555 0147',
      linkedinUrl: null,
    });
  });

  it('pairs no contacts of two users, and leaves deleted contacts out', async () => {
    const alice = await registerUser(t);
    const bob = await registerUser(t);
    const mine = await contact(alice, { name: 'Shared Person', organization: 'Hooli', email: 'shared@hooli.example' });
    const theirs = await contact(bob, { name: 'Shared Person', organization: 'Hooli', email: 'shared@hooli.example' });
    expect(await allPairs(alice)).toEqual([]);
    expect(await allPairs(bob)).toEqual([]);

    const again = await contact(alice, { name: 'Shared Person', organization: 'HOOLI' });
    expect(pairOf(await allPairs(alice), mine, again)).toBeDefined();
    await apiDelete(t, alice, `/v1/contacts/${again}`);
    expect(await allPairs(alice)).toEqual([]);
    expect(theirs).toBeDefined();
  });

  it('pages by keyset: each pair once, in order, the same as one page', async () => {
    const alice = await registerUser(t);
    // 7 pairs of several strengths.
    for (const [i, name] of ['Ada Lovelace', 'Alan Turing', 'Grace Hopper'].entries()) {
      await contact(alice, { name, organization: 'Vandelay', email: `p${i}@vandelay.example` });
      await contact(alice, { name: name.toUpperCase(), organization: 'vandelay', email: `p${i}+x@vandelay.example` });
    }
    for (const name of ['Edsger Dijkstra', 'Barbara Liskov', 'Donald Knuth', 'Ken Thompson']) {
      await contact(alice, { name, organization: 'Kramerica' });
      await contact(alice, { name, organization: 'Kramerica' });
    }
    const whole = await allPairs(alice);
    expect(whole).toHaveLength(7);
    const seen: DuplicatePair[] = [];
    let cursor: string | null = null;
    for (let guard = 0; guard < 10; guard++) {
      const page: Page<DuplicatePair> = await duplicates(alice, cursor ? { limit: 2, cursor } : { limit: 2 });
      expect(page.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.data);
      cursor = page.nextCursor;
      if (!cursor) break;
    }
    expect(cursor).toBeNull();
    expect(seen).toEqual(whole);
    const keys = seen.map((pair) => pair.contacts.map((c) => c.id).join());
    expect(new Set(keys).size).toBe(7);
    expect(seen.slice(0, 3).every((pair) => pair.score === 98)).toBe(true);
    expect(seen.slice(3).every((pair) => pair.score === 80)).toBe(true);
  });

  it('refuses a bad limit or a forged cursor as 400 naming the field', async () => {
    const alice = await registerUser(t);
    for (const [query, field] of [
      [{ limit: 0 }, 'limit'],
      [{ limit: 101 }, 'limit'],
      [{ cursor: 'not-a-cursor' }, 'cursor'],
      [{ cursor: Buffer.from(JSON.stringify({ s: 'x', a: 1, b: 2 })).toString('base64url') }, 'cursor'],
    ] as const) {
      const res = await t.http().get('/v1/contacts/duplicates').query(query).set(alice.auth);
      expect(fieldsOf(expectProblem(res, 400, 'validation_failed'))).toEqual([field]);
    }
  });

  describe('"not a duplicate"', () => {
    it('leaves a dismissed pair out (whichever way it is named) until the dismissal is taken back', async () => {
      const alice = await registerUser(t);
      const a = await contact(alice, { name: 'Twin One', organization: 'Wayne', phone: '+1 650 253 0000' });
      const b = await contact(alice, { name: 'Twin One', organization: 'Wayne', phone: '+1 650 253 0000' });
      const c = await contact(alice, { name: 'twin one', organization: 'wayne' });
      expect(await allPairs(alice)).toHaveLength(3);

      const put = await t.http().put(`/v1/contacts/${b}/not-duplicate-of/${a}`).set(alice.auth);
      expect(put.status).toBe(204);
      // Twice is the same.
      expect((await t.http().put(`/v1/contacts/${a}/not-duplicate-of/${b}`).set(alice.auth)).status).toBe(204);
      const pairs = await allPairs(alice);
      expect(pairOf(pairs, a, b)).toBeUndefined();
      expect(pairOf(pairs, a, c)).toBeDefined();
      expect(pairOf(pairs, b, c)).toBeDefined();
      const [row] = await t.sql<{ n: string }>(
        `SELECT count(*) AS n FROM contact_duplicate_dismissal WHERE owner_id = $1`,
        [alice.id],
      );
      expect(Number(row.n)).toBe(1);

      expect((await t.http().delete(`/v1/contacts/${a}/not-duplicate-of/${b}`).set(alice.auth)).status).toBe(204);
      expect((await t.http().delete(`/v1/contacts/${a}/not-duplicate-of/${b}`).set(alice.auth)).status).toBe(204);
      expect(pairOf(await allPairs(alice), a, b)).toBeDefined();
    });

    it('is 404 for another user’s or a deleted contact, and 400 for a contact with itself', async () => {
      const alice = await registerUser(t);
      const bob = await registerUser(t);
      const a = await contact(alice, { name: 'Mine' });
      const gone = await contact(alice, { name: 'Gone' });
      await apiDelete(t, alice, `/v1/contacts/${gone}`);
      const theirs = await contact(bob, { name: 'Theirs' });
      for (const other of [theirs, gone, randomUUID()]) {
        expectProblem(await t.http().put(`/v1/contacts/${a}/not-duplicate-of/${other}`).set(alice.auth), 404);
        expectProblem(await t.http().delete(`/v1/contacts/${other}/not-duplicate-of/${a}`).set(alice.auth), 404);
      }
      const self = await t.http().put(`/v1/contacts/${a}/not-duplicate-of/${a}`).set(alice.auth);
      expect(fieldsOf(expectProblem(self, 400, 'validation_failed'))).toEqual(['otherId']);
      const bad = await t.http().put(`/v1/contacts/${a}/not-duplicate-of/nope`).set(alice.auth);
      expect(fieldsOf(expectProblem(bad, 400))).toEqual(['otherId']);
      const [row] = await t.sql<{ n: string }>(`SELECT count(*) AS n FROM contact_duplicate_dismissal`);
      expect(Number(row.n)).toBe(0);
    });

    it('goes with a contact erased for good', async () => {
      const alice = await registerUser(t);
      const a = await contact(alice, { name: 'Erase Me', organization: 'Soylent' });
      const b = await contact(alice, { name: 'Erase Me', organization: 'Soylent' });
      expect((await t.http().put(`/v1/contacts/${a}/not-duplicate-of/${b}`).set(alice.auth)).status).toBe(204);
      await t.sql(`DELETE FROM contact WHERE owner_id = $1 AND id = $2`, [alice.id, b]);
      const rows = await t.sql(`SELECT 1 FROM contact_duplicate_dismissal WHERE owner_id = $1`, [alice.id]);
      expect(rows).toEqual([]);
    });
  });
});
