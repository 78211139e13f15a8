/**
 * Contacts that hold a real person (docs/domain.md, "Contacts"): several emails, phones and web
 * addresses, each labelled, one primary, normalised on write; the single `email`, `phone` and
 * `linkedinUrl` fields are the primary values; `contact_identity` follows every write in the same
 * transaction, and the database itself refuses two live contacts of one owner with the same email or
 * LinkedIn profile (and an identity pointing at another user's contact).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { registerUser, type TestUser } from '../factories/users.js';
import { apiDelete, apiPatch, apiPost } from '../support/http.js';
import { expectProblem, fieldsOf } from '../support/problems.js';
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
  emails: Value[];
  phones: Value[];
  urls: Value[];
  version: number;
}

describe('contact values', () => {
  let t: TestApp;
  let alice: TestUser;
  let bob: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    [alice, bob] = [await registerUser(t), await registerUser(t)];
  });

  afterAll(() => t.close());

  const create = (user: TestUser, body: Record<string, unknown>) => apiPost<Contact>(t, user, '/v1/contacts', body);
  const keysOf = (user: TestUser, id: string) =>
    t.sql<{ kind: string; value: string }>(
      `SELECT kind, value FROM contact_identity WHERE owner_id = $1 AND contact_id = $2 ORDER BY kind, value`,
      [user.id, id],
    );

  it('stores several labelled values per kind, normalised, with one primary, and the single fields as the primaries', async () => {
    const contact = await create(alice, {
      name: 'Ada Lovelace',
      emails: [
        { value: 'Ada@Example.COM', label: 'Work' },
        { value: 'ada.home@example.com', label: 'home', primary: true },
      ],
      phones: [{ value: '+44 20 7946 0958', label: 'office' }, { value: 'ext 4411' }],
      urls: [
        { value: 'https://example.com/ada', label: 'blog' },
        { value: 'uk.linkedin.com/in/Ada-Lovelace/?trk=x', label: 'LinkedIn' },
      ],
    });
    expect(contact).toMatchObject({
      email: 'ada.home@example.com',
      phone: '+442079460958',
      linkedinUrl: 'https://www.linkedin.com/in/ada-lovelace',
      emails: [
        { value: 'ada@example.com', label: 'work', primary: false },
        { value: 'ada.home@example.com', label: 'home', primary: true },
      ],
      phones: [
        { value: '+442079460958', label: 'office', primary: true },
        { value: 'ext 4411', label: null, primary: false },
      ],
      urls: [
        { value: 'https://example.com/ada', label: 'blog', primary: true },
        { value: 'https://www.linkedin.com/in/ada-lovelace', label: 'linkedin', primary: false },
      ],
    });
    expect(await keysOf(alice, contact.id)).toEqual([
      { kind: 'email', value: 'ada.home@example.com' },
      { kind: 'email', value: 'ada@example.com' },
      { kind: 'linkedin', value: 'ada-lovelace' },
      { kind: 'phone', value: '+442079460958' },
    ]);
  });

  it('refuses an invalid value naming it, and two primaries in one list', async () => {
    const res = await t
      .http()
      .post('/v1/contacts')
      .set(alice.auth)
      .send({
        name: 'X',
        emails: [{ value: 'ok@example.com' }, { value: 'not an email' }],
        urls: [{ value: 'javascript:alert(1)' }],
      });
    expect(fieldsOf(expectProblem(res, 400, 'validation_failed'))).toEqual(['emails[1].value', 'urls[0].value']);
    const two = await t
      .http()
      .post('/v1/contacts')
      .set(alice.auth)
      .send({
        name: 'X',
        phones: [
          { value: '+14155550100', primary: true },
          { value: '+14155550101', primary: true },
        ],
      });
    expect(fieldsOf(expectProblem(two, 400, 'validation_failed'))).toEqual(['phones']);
  });

  describe('the single fields (clients that send email, phone, linkedinUrl)', () => {
    it('setting one replaces the primary value, keeping the others; null removes it and the next becomes primary', async () => {
      const contact = await create(alice, {
        name: 'Single Fields',
        emails: [{ value: 'first@example.com', label: 'work' }, { value: 'second@example.com' }],
      });
      const changed = await apiPatch<Contact>(t, alice, `/v1/contacts/${contact.id}`, { email: 'New@Example.com' });
      expect(changed).toMatchObject({
        email: 'new@example.com',
        emails: [
          { value: 'new@example.com', label: 'work', primary: true },
          { value: 'second@example.com', label: null, primary: false },
        ],
      });
      const promoted = await apiPatch<Contact>(t, alice, `/v1/contacts/${contact.id}`, { email: 'second@example.com' });
      expect(promoted.emails.map((email) => [email.value, email.primary])).toEqual([
        ['new@example.com', false],
        ['second@example.com', true],
      ]);
      const cleared = await apiPatch<Contact>(t, alice, `/v1/contacts/${contact.id}`, { email: null });
      expect(cleared).toMatchObject({
        email: 'new@example.com',
        emails: [{ value: 'new@example.com', primary: true }],
      });
      expect(await keysOf(alice, contact.id)).toEqual([{ kind: 'email', value: 'new@example.com' }]);
    });

    it('keeps phone and linkedinUrl as written, and their list entries normalised', async () => {
      const contact = await create(alice, {
        name: 'As Written',
        phone: '+1 (650) 253-0000',
        linkedinUrl: 'http://linkedin.com/in/As-Written',
      });
      expect(contact).toMatchObject({
        phone: '+1 (650) 253-0000',
        phones: [{ value: '+16502530000', label: null, primary: true }],
        linkedinUrl: 'http://linkedin.com/in/As-Written',
        urls: [{ value: 'https://www.linkedin.com/in/as-written', label: 'linkedin', primary: true }],
      });
      const moved = await apiPatch<Contact>(t, alice, `/v1/contacts/${contact.id}`, {
        linkedinUrl: 'https://www.linkedin.com/in/new-slug',
      });
      expect(moved.urls).toEqual([{ value: 'https://www.linkedin.com/in/new-slug', label: 'linkedin', primary: true }]);
      expect(await keysOf(alice, contact.id)).toEqual([
        { kind: 'linkedin', value: 'new-slug' },
        { kind: 'phone', value: '+16502530000' },
      ]);
    });

    it('a list sent with its single field: the list wins', async () => {
      const contact = await create(alice, {
        name: 'Both',
        email: 'ignored@example.com',
        emails: [{ value: 'listed@example.com' }],
      });
      expect(contact).toMatchObject({ email: 'listed@example.com', emails: [{ value: 'listed@example.com' }] });
    });
  });

  describe('uniqueness per owner', () => {
    it('refuses a second contact with the same email or LinkedIn profile with 409 naming the first', async () => {
      const first = await create(alice, {
        name: 'Unique One',
        email: 'unique@example.com',
        linkedinUrl: 'https://www.linkedin.com/in/unique-one',
      });
      const sameEmail = await t
        .http()
        .post('/v1/contacts')
        .set(alice.auth)
        .send({ name: 'Two', email: 'UNIQUE@example.com' });
      expect(expectProblem(sameEmail, 409, 'contact_exists').detail).toContain(first.id);
      const sameProfile = await t
        .http()
        .post('/v1/contacts')
        .set(alice.auth)
        .send({ name: 'Two', urls: [{ value: 'https://de.linkedin.com/in/Unique-One' }] });
      expect(expectProblem(sameProfile, 409, 'contact_exists').detail).toMatch(/LinkedIn profile unique-one/);
      const other = await create(alice, { name: 'Other' });
      const patch = await t
        .http()
        .patch(`/v1/contacts/${other.id}`)
        .set(alice.auth)
        .send({ email: 'unique@example.com' });
      expectProblem(patch, 409, 'contact_exists');
    });

    it('allows a shared phone (a family landline, a switchboard)', async () => {
      await create(alice, { name: 'Landline A', phones: [{ value: '+14155550199' }] });
      await create(alice, { name: 'Landline B', phones: [{ value: '+14155550199' }] });
    });

    it('frees the values of a deleted contact, and of a value removed', async () => {
      const gone = await create(alice, { name: 'Gone', email: 'reused@example.com' });
      await apiDelete(t, alice, `/v1/contacts/${gone.id}`);
      expect(await keysOf(alice, gone.id)).toEqual([]);
      const taker = await create(alice, {
        name: 'Taker',
        emails: [{ value: 'reused@example.com' }, { value: 'spare@example.com' }],
      });
      await apiPatch(t, alice, `/v1/contacts/${taker.id}`, { emails: [{ value: 'reused@example.com' }] });
      await create(alice, { name: 'Spare', email: 'spare@example.com' });
    });

    it("never conflicts with another user's contacts", async () => {
      await create(bob, { name: 'Bob’s Unique', email: 'unique@example.com' });
    });

    it('is enforced by the database: a duplicate identity inserted directly is refused', async () => {
      const contact = await create(alice, { name: 'Direct', email: 'direct@example.com' });
      const other = await create(alice, { name: 'Direct Two' });
      const refused = await t
        .sql(
          `INSERT INTO contact_identity (owner_id, kind, value, contact_id) VALUES ($1, 'email', 'direct@example.com', $2)`,
          [alice.id, other.id],
        )
        .then(
          () => undefined,
          (error: { code?: string; message?: string }) => error,
        );
      expect(refused?.code).toBe('23505');
      expect(refused?.message).toMatch(/uq_contact_identity_owner_id_kind_value/);
      // Another user's contact can't be pointed at either (composite foreign key).
      const foreign = await t
        .sql(
          `INSERT INTO contact_identity (owner_id, kind, value, contact_id) VALUES ($1, 'email', 'x@example.com', $2)`,
          [bob.id, contact.id],
        )
        .then(
          () => undefined,
          (error: { code?: string; message?: string }) => error,
        );
      expect(foreign?.code).toBe('23503');
      expect(foreign?.message).toMatch(/fk_contact_identity_contact/);
    });
  });
});
