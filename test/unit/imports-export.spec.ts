import { describe, expect, it } from '@jest/globals';
import {
  csvHeader,
  exportContactsCsv,
  exportContactsVcard,
  splitName,
  type ExportContact,
} from '../../src/modules/imports/export.js';
import { parseGoogleCsv } from '../../src/modules/imports/google-csv.js';
import type { ParsedPerson } from '../../src/modules/imports/person.js';
import { parseVcard } from '../../src/modules/imports/vcard.js';

/** Contacts as stored (values already normalised), covering what an export must carry. */
const contacts: ExportContact[] = [
  {
    id: '0b7c3a4e-1111-4222-8333-444455556666',
    name: 'Jürgen Müller, the; "great" \\ engineer',
    emails: [
      { value: 'juergen@siemens.example', label: 'work', primary: false },
      { value: 'jm@privat.example', label: 'home', primary: true },
      { value: 'hut8@bletchley.example', label: 'bletchley, hut 8', primary: false },
    ],
    phones: [
      { value: '+4915123456789', label: 'cell', primary: true },
      { value: '+16502530000;ext=12', label: 'work,fax', primary: false },
      { value: 'ext 4411', label: null, primary: false },
    ],
    urls: [
      { value: 'https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller', label: 'linkedin', primary: true },
      { value: 'https://juergen.example/', label: 'home', primary: false },
    ],
    organization: 'Siemens; AG, Research',
    title: 'Leiter Forschung, Energie',
    notes: `Met in Berlin.\nLikes "coffee", tea; and backslashes \\.\n${'A long line that must be folded. '.repeat(6).trim()}`,
    tags: ['energy', 'mentors', 'b,c'],
    seniority: 'senior',
    sameOrganization: false,
    responsibilities: 'Grid planning,\nstorage; research',
    interests: 'Hydrogen',
    canOffer: 'Intros to the board',
    keepInTouchDays: 30,
  },
  {
    name: '李小龙',
    emails: [{ value: 'xiaolong@example.cn', label: null, primary: true }],
    phones: [],
    urls: [],
    organization: null,
    title: null,
    notes: null,
    tags: [],
  },
  {
    name: 'Hedy Lamarr',
    emails: [],
    phones: [{ value: '+13105550175', label: null, primary: true }],
    urls: [{ value: 'https://hedy.example/patents?id=2292387', label: null, primary: true }],
    organization: 'Frequency Hopping Inc.',
    title: 'Inventor',
    notes: null,
    tags: ['inventors'],
    seniority: 'executive',
    sameOrganization: true,
  },
];

/** What a parser gives back, in the export's shape. */
function asContact(person: ParsedPerson): Omit<ExportContact, 'id'> {
  const values = (list: { value: string; label: string | null; primary: boolean }[]) =>
    list.map(({ value, label, primary }) => ({ value, label, primary }));
  return {
    name: person.name,
    emails: values(person.emails),
    phones: values(person.phones),
    urls: values(person.urls),
    organization: person.organization,
    title: person.title,
    notes: person.notes,
    tags: person.tags,
    ...person.extra,
  };
}

const withoutIds = contacts.map(({ id: _id, ...contact }) => contact);

describe('CSV export', () => {
  it('writes a header row of Google Contacts columns, then Snowball fields', () => {
    const [header] = exportContactsCsv(contacts).split('\r\n');
    expect(header.split(',')).toEqual(csvHeader({ emails: 3, phones: 3, urls: 2 }));
    expect(header).toMatch(
      /^First Name,Middle Name,Last Name,Organization Name,Organization Title,Notes,Labels,E-mail 1 - Label,E-mail 1 - Value,/,
    );
    expect(header).toMatch(/,Seniority,Same Organization,Responsibilities,Interests,Can Offer,Keep In Touch Days$/);
  });

  it('gives back the same people when parsed again', () => {
    const result = parseGoogleCsv(exportContactsCsv(contacts));
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.people.map(asContact)).toEqual(withoutIds);
    expect(result.people[0].linkedinSlug).toBe('jürgen-müller');
  });

  it('writes only the header for no contacts', () => {
    expect(exportContactsCsv([]).trim().split('\r\n')).toHaveLength(1);
  });
});

describe('vCard export', () => {
  const vcard = exportContactsVcard(contacts);

  it('writes vCard 4.0 with CRLF lines folded at 75 octets', () => {
    const lines = vcard.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCARD');
    expect(lines[1]).toBe('VERSION:4.0');
    expect(lines).toContain('UID:urn:uuid:0b7c3a4e-1111-4222-8333-444455556666');
    expect(vcard.match(/BEGIN:VCARD/g)).toHaveLength(3);
    expect(vcard).not.toMatch(/[^\r]\n/);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it("writes labels as TYPE when vCard has them, Apple's grouped X-ABLabel otherwise, and PREF=1 on the primary", () => {
    const unfolded = vcard.replace(/\r\n /g, '');
    expect(unfolded).toContain('EMAIL;TYPE=home;PREF=1:jm@privat.example');
    expect(unfolded).toMatch(/(ITEM\d+)\.EMAIL:hut8@bletchley\.example\r\n\1\.X-ABLABEL:bletchley, hut 8/);
    expect(unfolded).toContain('TEL;VALUE=uri;TYPE=work,fax:tel:+16502530000;ext=12');
    expect(unfolded).toContain('TEL;VALUE=text:ext 4411');
    expect(unfolded).toContain('N:Müller\\, the\\; "great" \\\\ engineer;Jürgen;;;');
  });

  it('gives back the same people when parsed again', () => {
    const result = parseVcard(vcard);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.people.map(asContact)).toEqual(withoutIds);
  });
});

describe('name split for First/Last columns', () => {
  it.each([
    ['Ada Lovelace', 'Ada', 'Lovelace'],
    ['Jan van der Berg', 'Jan', 'van der Berg'],
    ['李小龙', '李小龙', ''],
  ])('%j → %j + %j', (name, given, family) => {
    expect(splitName(name)).toEqual({ given, family });
  });
});
