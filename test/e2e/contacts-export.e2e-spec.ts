/**
 * `GET /v1/contacts/export?format=csv|vcard` (docs/import-export.md): a download (attachment) of
 * every live contact with all its values, streamed in pages; CSV with a header row, vCard 4.0; and
 * an export imported into an empty account gives back the same people, for both formats.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'supertest';
import { registerUser, type TestUser } from '../factories/users.js';
import { apiDelete, apiPost } from '../support/http.js';
import { expectProblem } from '../support/problems.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

interface Value {
  value: string;
  label: string | null;
  primary: boolean;
}

interface Contact {
  id: string;
  name: string;
  organization: string | null;
  title: string | null;
  notes: string | null;
  tags: string[];
  emails: Value[];
  phones: Value[];
  urls: Value[];
  seniority: string | null;
  sameOrganization: boolean | null;
  responsibilities: string | null;
  interests: string | null;
  canOffer: string | null;
  keepInTouchDays: number | null;
}

const PEOPLE = [
  {
    name: 'Grace Hopper',
    organization: 'US Navy',
    title: 'Rear Admiral',
    notes: 'Met at a conference.\nLikes "COBOL", commas, and semicolons; really.',
    tags: ['compilers', 'navy'],
    emails: [
      { value: 'grace@navy.example', label: 'work', primary: true },
      { value: 'grace.home@example.com', label: 'home', primary: false },
    ],
    phones: [
      { value: '+14155550132', label: 'cell', primary: false },
      { value: '+442079460958', label: 'bletchley office', primary: true },
    ],
    urls: [
      { value: 'https://www.linkedin.com/in/grace-hopper', label: 'linkedin', primary: true },
      { value: 'https://example.com/grace', label: 'blog', primary: false },
    ],
    seniority: 'executive',
    sameOrganization: false,
    responsibilities: 'Compilers',
    interests: 'Languages',
    canOffer: 'An intro to the data team',
    keepInTouchDays: 90,
  },
  {
    name: 'Jürgen Müller-Lüdenscheidt',
    organization: 'Siemens AG',
    title: null,
    notes: null,
    tags: [],
    emails: [{ value: 'jurgen@example.de', label: null, primary: true }],
    phones: [],
    urls: [{ value: 'https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller', label: 'linkedin', primary: true }],
    seniority: null,
    sameOrganization: true,
    responsibilities: null,
    interests: null,
    canOffer: null,
    keepInTouchDays: null,
  },
  {
    name: '李小龙',
    organization: null,
    title: 'Actor',
    notes: null,
    tags: ['film'],
    emails: [],
    phones: [{ value: '+85221234567', label: 'mobile', primary: true }],
    urls: [],
    seniority: 'peer',
    sameOrganization: null,
    responsibilities: null,
    interests: null,
    canOffer: null,
    keepInTouchDays: 30,
  },
];

const FIELDS = [
  'name',
  'organization',
  'title',
  'notes',
  'tags',
  'emails',
  'phones',
  'urls',
  'seniority',
  'sameOrganization',
  'responsibilities',
  'interests',
  'canOffer',
  'keepInTouchDays',
] as const;

const person = (contact: Contact) => Object.fromEntries(FIELDS.map((field) => [field, contact[field]]));
const byName = (a: Record<string, unknown>, b: Record<string, unknown>) => String(a.name).localeCompare(String(b.name));

describe('GET /v1/contacts/export', () => {
  let t: TestApp;
  let alice: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    alice = await registerUser(t);
    for (const body of PEOPLE) await apiPost(t, alice, '/v1/contacts', body);
    const gone = await apiPost(t, alice, '/v1/contacts', { name: 'Deleted Person', email: 'gone@example.com' });
    await apiDelete(t, alice, `/v1/contacts/${gone.id}`);
  });

  afterAll(() => t.close());

  const download = (user: TestUser, format?: string): Promise<Response> =>
    t
      .http()
      .get('/v1/contacts/export')
      .query(format ? { format } : {})
      .set(user.auth)
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => done(null, text));
      });

  async function contactsOf(user: TestUser): Promise<Contact[]> {
    const res = await t.http().get('/v1/contacts').query({ limit: 100 }).set(user.auth);
    return (res.body as { data: Contact[] }).data;
  }

  async function importInto(user: TestUser, text: string, type: string) {
    const res = await t.http().post('/v1/contacts/import').set(user.auth).set('Content-Type', type).send(text);
    expect(res.status).toBe(200);
    return res.body as { created: number; errors: unknown[] };
  }

  it('answers a CSV attachment with a header row, streamed, without deleted contacts', async () => {
    const res = await download(alice, 'csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="snowball-contacts-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(res.headers['transfer-encoding']).toBe('chunked');
    const text = res.body as string;
    expect(text.split('\r\n')[0]).toMatch(
      /^First Name,Middle Name,Last Name,Organization Name,.*E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label/,
    );
    expect(text).toContain('Grace');
    expect(text).not.toContain('Deleted Person');
  });

  it('answers vCard 4.0 with one card per contact', async () => {
    const res = await download(alice, 'vcard');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/vcard/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename=".*\.vcf"$/);
    const text = res.body as string;
    expect(text.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(PEOPLE.length);
    expect(text).toMatch(/^VERSION:4\.0\r$/m);
  });

  it('defaults to CSV, and refuses another format naming the choices', async () => {
    const res = await download(alice);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const bad = await t.http().get('/v1/contacts/export').query({ format: 'xml' }).set(alice.auth);
    expect(expectProblem(bad, 400, 'validation_failed').errors?.[0]).toEqual({
      field: 'format',
      message: 'format must be csv or vcard',
    });
  });

  it.each([
    ['csv', 'text/csv'],
    ['vcard', 'text/vcard'],
  ])('round-trips as %s: imported into an empty account, it gives back the same people', async (format, type) => {
    const exported = (await download(alice, format)).body as string;
    const empty = await registerUser(t);
    const report = await importInto(empty, exported, type);
    expect(report.created).toBe(PEOPLE.length);
    expect(report.errors).toEqual([]);
    const original = (await contactsOf(alice)).map(person).sort(byName);
    const back = (await contactsOf(empty)).map(person).sort(byName);
    expect(back).toEqual(original);
    // And importing it again into the same account changes nothing.
    const again = await t.http().post('/v1/contacts/import').set(alice.auth).set('Content-Type', type).send(exported);
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: PEOPLE.length, differences: [] });
  });

  it('exports every contact of a large account, page after page, and only the caller’s', async () => {
    const big = await registerUser(t);
    const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
    const rows = Array.from({ length: 1234 }, (_, i) => `Person,${i},https://www.linkedin.com/in/p-${i},,,,`);
    expect((await importInto(big, [header, ...rows].join('\n'), 'text/csv')).created).toBe(1234);
    const csv = (await download(big, 'csv')).body as string;
    expect(csv.trimEnd().split('\r\n')).toHaveLength(1235);
    expect(csv).not.toContain('Grace');
    const vcard = (await download(big, 'vcard')).body as string;
    expect(vcard.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(1234);
    expect(new Set(vcard.match(/^UID:urn:uuid:[0-9a-f-]+\r$/gm)).size).toBe(1234);
  });

  it('needs authentication', async () => {
    const res = await t.http().get('/v1/contacts/export');
    expectProblem(res, 401, 'unauthenticated');
  });
});
