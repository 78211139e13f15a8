import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseGoogleCsv } from '../../src/modules/imports/google-csv.js';
import { ImportFileError } from '../../src/modules/imports/import-limits.js';
import type { ParsedPerson } from '../../src/modules/imports/person.js';

const fixture = (name: string) => readFileSync(resolve('test/fixtures/imports', name));

function person(fields: Partial<ParsedPerson> & Pick<ParsedPerson, 'line' | 'name'>): ParsedPerson {
  return {
    emails: [],
    phones: [],
    urls: [],
    organization: null,
    title: null,
    notes: null,
    connectedOn: null,
    tags: [],
    linkedinSlug: null,
    extra: {},
    ...fields,
  };
}

describe('Google Contacts CSV', () => {
  it('reads the current header generation, with ::: multi-values, labels and the US default region', () => {
    const result = parseGoogleCsv(fixture('google-contacts-current.csv'), { defaultRegion: 'US' });
    expect(result.people).toEqual([
      person({
        line: 2,
        name: 'Margaret Hamilton',
        emails: [
          { value: 'margaret@mit.example', label: 'work', primary: true },
          { value: 'm.hamilton@apollo.example', label: 'work', primary: false },
          { value: 'maggie@home.example', label: 'home', primary: false },
        ],
        phones: [
          { value: '+16175550142', e164: '+16175550142', label: 'mobile', primary: true },
          { value: '+16175550100', e164: '+16175550100', label: 'work', primary: false },
        ],
        urls: [
          {
            value: 'https://www.linkedin.com/in/margaret-hamilton',
            linkedinSlug: 'margaret-hamilton',
            label: 'profile',
            primary: true,
          },
        ],
        linkedinSlug: 'margaret-hamilton',
        organization: 'MIT Instrumentation Laboratory',
        title: 'Director of Software Engineering',
        notes: 'Met at the Apollo reunion.\nWants an intro to the flight-software team.',
        tags: ['mentors', 'starred'],
      }),
      person({
        line: 4,
        name: 'Sir Tim John Berners-Lee',
        emails: [{ value: 'timbl@w3.example', label: null, primary: true }],
        urls: [
          { value: 'https://www.w3.org/People/Berners-Lee/', linkedinSlug: null, label: 'home page', primary: true },
        ],
        organization: 'W3C',
      }),
      person({
        line: 5,
        name: 'Bletchley Park Trust',
        phones: [{ value: '+441908640404', e164: '+441908640404', label: 'main', primary: true }],
        organization: 'Bletchley Park Trust',
        tags: ['venues'],
      }),
      person({ line: 7, name: 'Radia Perlman', organization: 'Dell EMC' }),
    ]);
    expect(result.errors).toEqual([
      { line: 6, message: 'This row has no name, email address or phone number, so it was skipped.' },
    ]);
    expect(result.warnings).toEqual([
      { line: 2, message: 'The phone number "not a phone" has no digits; it was left out.' },
      { line: 7, message: 'The email "radia@@example.com" is not an email address; it was left out.' },
    ]);
  });

  it('keeps national numbers as written when no default region is given', () => {
    const result = parseGoogleCsv(fixture('google-contacts-current.csv'));
    expect(result.people[0].phones[1]).toEqual({ value: '(617) 555-0100', e164: null, label: 'work', primary: false });
  });

  it('reads the older header generation: Name, Given/Family Name, Organization 1, Group Membership, "* " primaries', () => {
    const result = parseGoogleCsv(fixture('google-contacts-legacy.csv'), { defaultRegion: 'US' });
    expect(result).toEqual({
      people: [
        person({
          line: 2,
          name: 'Barbara Liskov',
          emails: [
            { value: 'liskov@csail.example', label: 'work', primary: true },
            { value: 'barbara@example.net', label: 'other', primary: false },
          ],
          phones: [{ value: '+16175550199', e164: '+16175550199', label: 'work', primary: true }],
          urls: [
            {
              value: 'https://www.linkedin.com/in/barbara-liskov',
              linkedinSlug: 'barbara-liskov',
              label: 'profile',
              primary: true,
            },
          ],
          linkedinSlug: 'barbara-liskov',
          organization: 'MIT CSAIL',
          title: 'Institute Professor',
          tags: ['advisors'],
        }),
        person({
          line: 3,
          name: 'Frances Allen',
          // The same address twice in one cell (case aside) is one email.
          emails: [{ value: 'fran@example.com', label: 'home', primary: true }],
          phones: [
            { value: '+19145550123', e164: '+19145550123', label: 'mobile', primary: true },
            { value: '+19145550124', e164: '+19145550124', label: 'home', primary: false },
          ],
          organization: 'IBM Research',
          notes: 'Pioneer of optimising compilers',
        }),
        person({
          line: 4,
          name: 'Shafi Goldwasser',
          emails: [{ value: 'shafi@example.org', label: null, primary: true }],
          tags: ['cryptographers'],
        }),
      ],
      errors: [],
      warnings: [],
    });
  });

  it('marks the starred value primary even when it is not the first column', () => {
    const csv =
      'First Name,Last Name,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value\nAda,Lovelace,,Home,ada@home.example,* Work,ada@work.example\n';
    expect(parseGoogleCsv(csv).people[0].emails).toEqual([
      { value: 'ada@home.example', label: 'home', primary: false },
      { value: 'ada@work.example', label: 'work', primary: true },
    ]);
  });

  it('reads Snowball columns back and warns about values that do not fit', () => {
    const csv = [
      'First Name,Last Name,E-mail 1 - Value,Seniority,Same Organization,Keep In Touch Days,Can Offer',
      'Ada,Lovelace,ada@example.org,Senior,yes,30,"Intros to\nthe board"',
      'Alan,Turing,alan@example.org,boss,maybe,0,',
    ].join('\n');
    const result = parseGoogleCsv(csv);
    expect(result.people.map((p) => p.extra)).toEqual([
      { seniority: 'senior', sameOrganization: true, keepInTouchDays: 30, canOffer: 'Intros to\nthe board' },
      {},
    ]);
    expect(result.warnings).toEqual([
      { line: 4, message: 'The seniority "boss" is not one of junior, peer, senior, executive; it was left out.' },
      { line: 4, message: '"Same organization" should be yes or no, not "maybe"; it was left out.' },
      { line: 4, message: '"Keep in touch days" should be a whole number from 1 to 3650, not "0"; it was left out.' },
    ]);
  });

  it('refuses a file without a Google header', () => {
    expect(() => parseGoogleCsv('Full name;Mail\nAda;ada@example.org\n')).toThrow(ImportFileError);
  });
});
