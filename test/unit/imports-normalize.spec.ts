import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { Seniority } from '../../src/modules/contacts/contact.entity.js';
import {
  collapseWhitespace,
  foldForMatching,
  linkedinProfileUrl,
  linkedinSlug,
  nameKey,
  normalizeConnectedOn,
  normalizeEmail,
  normalizeLabel,
  normalizePhone,
  normalizeUrl,
} from '../../src/modules/imports/normalize.js';
import { buildPerson } from '../../src/modules/imports/person-builder.js';
import { decodeQuotedPrintable } from '../../src/modules/imports/quoted-printable.js';
import { SENIORITIES } from '../../src/modules/imports/snowball-fields.js';

describe('email normalisation', () => {
  it.each([
    ['  Grace.Hopper@Example.COM ', 'grace.hopper@example.com'],
    ['mailto:Ada@Example.org', 'ada@example.org'],
    ['Ada Lovelace <ADA@example.org>', 'ada@example.org'],
    ['jürgen@müller.example', 'jürgen@müller.example'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeEmail(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'is empty'],
    ['   ', 'is empty'],
    ['zoe@example', 'is not an email address'],
    ['radia@@example.com', 'is not an email address'],
    ['not an email', 'is not an email address'],
    [`${'a'.repeat(315)}@x.com`, 'is longer than 320 characters'],
  ])('refuses %j without throwing: %s', (input, reason) => {
    expect(normalizeEmail(input)).toEqual({ ok: false, reason });
  });

  it('refuses what is not a string', () => {
    expect(normalizeEmail(undefined)).toEqual({ ok: false, reason: 'is empty' });
    expect(normalizeEmail(null)).toEqual({ ok: false, reason: 'is empty' });
  });
});

describe('phone normalisation', () => {
  it.each([
    ['+1 415 555 0132', undefined, '+14155550132', '+14155550132'],
    ['(415) 555-0132', 'US', '+14155550132', '+14155550132'],
    ['(415) 555-0132', 'us', '+14155550132', '+14155550132'],
    ['020 7946 0958', 'GB', '+442079460958', '+442079460958'],
    ['+44 (0) 20 7946 0958', undefined, '+442079460958', '+442079460958'],
    ['tel:+1-310-555-0175', undefined, '+13105550175', '+13105550175'],
    ['+1 650-253-0000 x12', undefined, '+16502530000;ext=12', '+16502530000'],
    // Fictional ranges (UK drama numbers) have a possible length: accepted, unlike with isValid().
    ['+44 7700 900123', undefined, '+447700900123', '+447700900123'],
  ])('%j in %s → %s (key %s)', (input, region, value, e164) => {
    expect(normalizePhone(input, region)).toEqual({ ok: true, value: { value, e164 } });
  });

  it.each([
    ['(415) 555-0132', undefined],
    ['(415) 555-0132', 'XX'],
    ['12345', 'US'],
    ['ext 4411', undefined],
  ])('keeps %j (region %s) as written, with no E.164 key', (input, region) => {
    expect(normalizePhone(input, region)).toEqual({ ok: true, value: { value: input, e164: null } });
  });

  it.each([
    ['', 'is empty'],
    ['not a phone', 'has no digits'],
    [`+1 ${'5'.repeat(60)}`, 'is longer than 50 characters'],
  ])('refuses %j: %s', (input, reason) => {
    expect(normalizePhone(input, 'US')).toEqual({ ok: false, reason });
  });
});

describe('LinkedIn slugs', () => {
  it.each([
    ['https://www.linkedin.com/in/grace-hopper', 'grace-hopper'],
    ['https://www.linkedin.com/in/Grace-Hopper/', 'grace-hopper'],
    ['http://linkedin.com/in/grace-hopper', 'grace-hopper'],
    ['linkedin.com/in/grace-hopper', 'grace-hopper'],
    ['www.linkedin.com/in/grace-hopper/', 'grace-hopper'],
    ['https://uk.linkedin.com/in/Jane-Doe-42?trk=people-guest', 'jane-doe-42'],
    ['https://de.linkedin.com/in/j%C3%BCrgen-m%C3%BCller-1a2b3c', 'jürgen-müller-1a2b3c'],
    ['https://www.linkedin.com/in/grace-hopper/recent-activity/all/', 'grace-hopper'],
    ['https://m.linkedin.com/in/grace-hopper#about', 'grace-hopper'],
    ['  HTTPS://WWW.LINKEDIN.COM/in/grace-hopper  ', 'grace-hopper'],
  ])('%j → %j', (input, slug) => {
    expect(linkedinSlug(input)).toBe(slug);
  });

  it.each([
    'https://www.linkedin.com/company/acme',
    'https://www.linkedin.com/school/mit/',
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/in/',
    'https://www.linkedin.com/pub/jane-doe/12/345/678',
    'https://linkedin.com.evil.example/in/grace-hopper',
    'https://notlinkedin.com/in/grace-hopper',
    'https://example.com/in/grace-hopper',
    'https://www.linkedin.com/in/%E0%A4%A',
    'ftp://linkedin.com/in/grace-hopper',
    'grace hopper',
    '',
  ])('%j is not a LinkedIn profile', (input) => {
    expect(linkedinSlug(input)).toBeNull();
  });

  it('writes one canonical URL per profile, percent-encoded', () => {
    expect(linkedinProfileUrl('jürgen-müller')).toBe('https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller');
    expect(normalizeUrl('uk.linkedin.com/in/Jane-Doe/?trk=x')).toEqual({
      ok: true,
      value: { value: 'https://www.linkedin.com/in/jane-doe', linkedinSlug: 'jane-doe' },
    });
  });

  it('keeps other web addresses, with https:// assumed, and refuses what is not one', () => {
    expect(normalizeUrl('hedy.example/about')).toEqual({
      ok: true,
      value: { value: 'https://hedy.example/about', linkedinSlug: null },
    });
    expect(normalizeUrl('x-apple:joanclarke')).toEqual({ ok: false, reason: 'is not a web address' });
    expect(normalizeUrl('localhost')).toEqual({ ok: false, reason: 'is not a web address' });
  });
});

describe('names, labels and dates', () => {
  it('collapses every kind of whitespace in names', () => {
    expect(collapseWhitespace('  Ada\t\u00a0 Lovelace\n')).toBe('Ada Lovelace');
    expect(collapseWhitespace('Zoe\u0308')).toBe('Zoë');
  });

  it.each([
    ['* Work', 'work'],
    ['_$!<Mobile>!$_', 'mobile'],
    ['_$!<HomePage>!$_', 'homepage'],
    ['  Home Page ', 'home page'],
    ['* ', null],
    ['', null],
  ])('label %j → %j', (input, label) => {
    expect(normalizeLabel(input)).toBe(label);
  });

  it.each([
    ['01 Mar 2024', '2024-03-01'],
    ['7 Nov 2021', '2021-11-07'],
    ['29 Feb 2024', '2024-02-29'],
    ['2024-03-01', '2024-03-01'],
  ])('connection date %j → %s', (input, iso) => {
    expect(normalizeConnectedOn(input)).toEqual({ ok: true, value: iso });
  });

  it.each([
    ['31 Feb 2024', 'is not a date that exists'],
    ['29 Feb 2023', 'is not a date that exists'],
    ['01 Foo 2024', 'is not a date that exists'],
    ['March 1st', 'is not a date like "01 Mar 2024"'],
  ])('refuses the connection date %j', (input, reason) => {
    expect(normalizeConnectedOn(input)).toEqual({ ok: false, reason });
  });
});

describe('nameKey (likely duplicates)', () => {
  it('ignores case, diacritics, punctuation, spacing and word order', () => {
    const key = nameKey('Jürgen Müller', 'Siemens AG');
    expect(key).toBe('jurgen muller|siemens ag');
    expect(nameKey('  JURGEN   MULLER ', 'siemens ag')).toBe(key);
    expect(nameKey('Müller, Jürgen', 'Siemens  AG')).toBe(key);
    expect(nameKey('Ju\u0308rgen Mu\u0308ller', 'SIEMENS AG')).toBe(key);
  });

  it('folds letters NFKD does not decompose', () => {
    expect(nameKey('Łukasz Straße', null)).toBe(nameKey('lukasz strasse', ''));
    expect(nameKey('Søren Ærø', null)).toBe('aero soren|');
  });

  it('tells different organisations and different people apart', () => {
    expect(nameKey('Jane Doe', 'Acme')).not.toBe(nameKey('Jane Doe', 'Globex'));
    expect(nameKey('Jane Doe', 'Acme')).not.toBe(nameKey('John Doe', 'Acme'));
  });

  it('has no key without a name', () => {
    expect(nameKey('  ', 'Acme')).toBeNull();
    expect(nameKey(null, 'Acme')).toBeNull();
  });
});

describe('quoted-printable', () => {
  it.each([
    ['J=C3=BCrgen', 'UTF-8', 'Jürgen'],
    ['J=c3=bcrgen', undefined, 'Jürgen'],
    ['Ren=E9e', 'ISO-8859-1', 'Renée'],
    ['line one=0D=0Aline two', 'UTF-8', 'line one\r\nline two'],
    ['soft=\r\nbreak', 'UTF-8', 'softbreak'],
    ['trailing=', 'UTF-8', 'trailing'],
    ['bad =G1 escape', 'UTF-8', 'bad =G1 escape'],
    ['caf=C3=A9 déjà', 'UTF-8', 'café déjà'],
    ['x=C3=A9', 'no-such-charset', 'xé'],
  ])('%j (%s) → %j', (input, charset, expected) => {
    expect(decodeQuotedPrintable(input, charset)).toBe(expected);
  });
});

describe('one person from a row', () => {
  it('keeps exactly one primary per kind: the best-ranked, else the first', () => {
    const outcome = buildPerson({
      line: 3,
      name: 'Hedy Lamarr',
      emails: [{ value: 'a@x.example', rank: 2 }, { value: 'b@x.example', rank: 1 }, { value: 'c@x.example' }],
      phones: [{ value: '+13105550175' }, { value: '+13105550100' }],
    });
    if (!('person' in outcome)) throw new Error('expected a person');
    expect(outcome.person.emails.map((email) => email.primary)).toEqual([false, true, false]);
    expect(outcome.person.phones.map((phone) => phone.primary)).toEqual([true, false]);
  });

  it('folds duplicate values, keeping the better rank and the first label', () => {
    const outcome = buildPerson({
      line: 1,
      name: 'Fran Allen',
      emails: [
        { value: 'fran@example.com', label: 'home' },
        { value: 'FRAN@example.com', label: 'work', rank: 1 },
      ],
    });
    if (!('person' in outcome)) throw new Error('expected a person');
    expect(outcome.person.emails).toEqual([{ value: 'fran@example.com', label: 'home', primary: true }]);
  });

  it('stands in the organisation, then the email, then the phone for a missing name', () => {
    const name = (draft: Parameters<typeof buildPerson>[0]) => {
      const outcome = buildPerson(draft);
      return 'person' in outcome ? outcome.person.name : outcome.error.message;
    };
    expect(name({ line: 1, organization: 'Bletchley Park Trust', emails: [{ value: 'x@y.example' }] })).toBe(
      'Bletchley Park Trust',
    );
    expect(name({ line: 1, emails: [{ value: 'X@y.example' }] })).toBe('x@y.example');
    expect(name({ line: 1, phones: [{ value: '+44 1908 640404' }] })).toBe('+441908640404');
    expect(buildPerson({ line: 7, name: ' ', emails: [{ value: 'nope' }] })).toEqual({
      error: { line: 7, message: 'This row has no name, email address or phone number, so it was skipped.' },
    });
  });

  it('shortens over-long text with a warning rather than failing the row', () => {
    const outcome = buildPerson({
      line: 4,
      name: 'N'.repeat(250),
      title: 'T'.repeat(201),
      tags: ['ok', 'x'.repeat(51)],
    });
    if (!('person' in outcome)) throw new Error('expected a person');
    expect(outcome.person.name).toHaveLength(200);
    expect(outcome.person.title).toHaveLength(200);
    expect(outcome.person.tags).toEqual(['ok']);
    expect(outcome.warnings).toEqual([
      { line: 4, message: 'The title was longer than 200 characters and was shortened.' },
      { line: 4, message: 'Tags longer than 50 characters were left out.' },
      { line: 4, message: 'The name was longer than 200 characters and was shortened.' },
    ]);
  });

  it('knows the same seniorities as the contact entity', () => {
    expect([...SENIORITIES].sort()).toEqual(Object.values(Seniority).sort());
  });
});

describe('the ASCII fast paths give what the Unicode rules give', () => {
  // The rules as written before the fast paths (NFC, every kind of whitespace, NFKD, marks stripped).
  const collapseReference = (text: string) =>
    text
      .normalize('NFC')
      .replace(/[\s\u200b\ufeff]+/g, ' ')
      .trim();
  const foldReference = (text: string) =>
    collapseReference(text)
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  // Printable ASCII, tabs, line breaks and a few non-ASCII letters and spaces, so both paths are taken.
  const text = fc
    .array(fc.constantFrom(...' \t\n  aZ09.,-\'"&@é\u00a0\u200bİ'.split(''), ...'Maria Garcia O Brien'.split('')), {
      maxLength: 30,
    })
    .map((chars) => chars.join(''));

  it('collapseWhitespace', () => {
    fc.assert(fc.property(text, (value) => expect(collapseWhitespace(value)).toBe(collapseReference(value))));
  });

  it('foldForMatching', () => {
    fc.assert(fc.property(text, (value) => expect(foldForMatching(value)).toBe(foldReference(value))));
  });
});
