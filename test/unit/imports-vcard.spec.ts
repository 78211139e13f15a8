import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ParsedPerson } from '../../src/modules/imports/person.js';
import { parseVcard } from '../../src/modules/imports/vcard.js';

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

describe('vCard', () => {
  it('reads 3.0 with quoted-printable (and its soft line breaks), folded lines, TYPE labels and TYPE=pref', () => {
    const result = parseVcard(fixture('vcard-3.0.vcf'), { defaultRegion: 'DE' });
    expect(result).toEqual({
      people: [
        person({
          line: 1,
          name: 'Dr. Jürgen Müller',
          emails: [
            { value: 'juergen.mueller@siemens.example', label: 'work', primary: false },
            { value: 'jm@privat.example', label: 'home', primary: true },
          ],
          phones: [
            { value: '+4915123456789', e164: '+4915123456789', label: 'cell', primary: true },
            { value: '+4930901820', e164: '+4930901820', label: 'work', primary: false },
          ],
          urls: [
            {
              value: 'https://www.linkedin.com/in/juergen-mueller',
              linkedinSlug: 'juergen-mueller',
              label: null,
              primary: true,
            },
          ],
          linkedinSlug: 'juergen-mueller',
          organization: 'Siemens AG',
          title: 'Leiter Forschung, Energie',
          notes: 'Trifft sich gern zum Kaffee ☕\nSpricht über Netzplanung.',
          tags: ['energy', 'mentors'],
        }),
        person({
          line: 16,
          name: 'Mary Somerville-Fairfax with a name long enough to need folding across two lines',
          emails: [{ value: 'mary@example.org', label: null, primary: true }],
          notes:
            'This note is long enough that a careful exporter folds it at seventy-five octets, as RFC 6350 says; the parser must unfold it.',
        }),
      ],
      errors: [],
      warnings: [],
    });
  });

  it('reads 2.1 (Android): bare parameters, QP in ISO-8859-1', () => {
    const result = parseVcard(fixture('vcard-2.1-android.vcf'));
    expect(result).toEqual({
      people: [
        person({
          line: 1,
          name: 'Renée François',
          emails: [{ value: 'renee@example.fr', label: null, primary: true }],
          phones: [
            { value: '+33612345678', e164: '+33612345678', label: 'cell', primary: true },
            { value: '+33123456789', e164: '+33123456789', label: 'work', primary: false },
          ],
          notes: 'Première rencontre à Lyon',
        }),
      ],
      errors: [],
      warnings: [],
    });
  });

  it('reads 4.0 with several cards, PREF ranks, tel: URIs with extensions, N without FN', () => {
    const result = parseVcard(fixture('vcard-4.0.vcf'));
    expect(result).toEqual({
      people: [
        person({
          line: 1,
          name: 'Hedy Lamarr',
          emails: [
            { value: 'hedy@work.example', label: 'work', primary: false },
            { value: 'hedy@home.example', label: 'home', primary: true },
          ],
          phones: [
            { value: '+13105550175', e164: '+13105550175', label: 'cell', primary: true },
            { value: '+13105550100;ext=42', e164: '+13105550100', label: 'work', primary: false },
          ],
          urls: [
            {
              value: 'https://www.linkedin.com/in/hedy-lamarr',
              linkedinSlug: 'hedy-lamarr',
              label: 'work',
              primary: true,
            },
            { value: 'https://hedy.example/', linkedinSlug: null, label: null, primary: false },
          ],
          linkedinSlug: 'hedy-lamarr',
          organization: 'Frequency Hopping Inc.',
          title: 'Inventor',
          notes: 'Two lines\nof notes',
          tags: ['inventors', 'film'],
        }),
        person({
          line: 16,
          name: 'Chien-Shiung Wu',
          emails: [{ value: 'wu@columbia.example', label: null, primary: true }],
        }),
        person({
          line: 21,
          name: 'Lise Meitner',
          phones: [{ value: '+43142770', e164: '+43142770', label: null, primary: true }],
        }),
      ],
      errors: [],
      warnings: [],
    });
  });

  it("keeps Apple's grouped labels (item1.EMAIL + item1.X-ABLabel) and X-SOCIALPROFILE", () => {
    const result = parseVcard(fixture('vcard-apple.vcf'));
    expect(result).toEqual({
      people: [
        person({
          line: 1,
          name: 'Joan Clarke',
          emails: [
            { value: 'joan@gccs.example', label: 'bletchley', primary: true },
            { value: 'joan.clarke@home.example', label: 'other', primary: false },
          ],
          phones: [
            { value: '+447700900123', e164: '+447700900123', label: 'mobile', primary: true },
            { value: '+441908640404', e164: '+441908640404', label: 'work', primary: false },
          ],
          urls: [
            // The LinkedIn X-SOCIALPROFILE is the same address as item4.URL: one value.
            {
              value: 'https://www.linkedin.com/in/joan-clarke',
              linkedinSlug: 'joan-clarke',
              label: 'linkedin',
              primary: false,
            },
            { value: 'https://joan.example/', linkedinSlug: null, label: 'homepage', primary: true },
          ],
          linkedinSlug: 'joan-clarke',
          organization: 'Government Code and Cypher School',
          title: 'Cryptanalyst',
        }),
      ],
      errors: [],
      warnings: [],
    });
  });

  it('reports a broken card, an empty card and an unfinished card by line, and reads the others', () => {
    const result = parseVcard(fixture('vcard-broken.vcf'));
    expect(result.people).toEqual([
      person({ line: 1, name: 'Annie Easley', emails: [{ value: 'annie@nasa.example', label: null, primary: true }] }),
      person({
        line: 16,
        name: 'Mary Jackson',
        phones: [{ value: '+17575550111', e164: '+17575550111', label: null, primary: true }],
      }),
    ]);
    expect(result.errors).toEqual([
      {
        line: 6,
        message:
          'This card could not be read (invalid line (no token ";" or ":") "this line has no colon"), so it was skipped.',
      },
      { line: 11, message: 'This card has no name, email address or phone number, so it was skipped.' },
      { line: 22, message: 'This card has no END:VCARD line, so it was skipped.' },
    ]);
    expect(result.warnings).toEqual([
      { line: 16, message: 'The email "not-an-email" is not an email address; it was left out.' },
    ]);
  });

  it('reads a file with no cards as no people', () => {
    expect(parseVcard('\n\n')).toEqual({ people: [], errors: [], warnings: [] });
  });
});
