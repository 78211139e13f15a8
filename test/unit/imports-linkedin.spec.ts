import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ImportFileError } from '../../src/modules/imports/import-limits.js';
import { parseLinkedinCsv } from '../../src/modules/imports/linkedin-csv.js';
import type { ParsedPerson } from '../../src/modules/imports/person.js';

const fixture = (name: string) => readFileSync(resolve('test/fixtures/imports', name));

const linkedin = (slug: string, value = `https://www.linkedin.com/in/${slug}`) => [
  { value, label: 'linkedin', primary: true, linkedinSlug: slug },
];
const email = (value: string) => [{ value, label: null, primary: true }];

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

describe('LinkedIn Connections.csv', () => {
  it('reads an export with a BOM, CRLF line ends and the Notes: preamble, line numbers as in the file', () => {
    const result = parseLinkedinCsv(fixture('linkedin-connections.csv'));
    expect(result.people).toEqual([
      person({
        line: 5,
        name: 'Grace Hopper',
        emails: email('grace.hopper@example.com'),
        urls: linkedin('grace-hopper'),
        linkedinSlug: 'grace-hopper',
        organization: 'US Navy',
        title: 'Rear Admiral',
        connectedOn: '2024-03-01',
      }),
      person({
        line: 6,
        name: 'Martin Luther King, Jr.',
        urls: linkedin('mlk-jr'),
        linkedinSlug: 'mlk-jr',
        organization: 'Southern Christian Leadership Conference',
        title: 'President',
        connectedOn: '2023-01-15',
      }),
      person({
        line: 7,
        name: 'Jane Doe "JD"',
        urls: linkedin('jane-doe-42'),
        linkedinSlug: 'jane-doe-42',
        organization: 'Acme Ltd',
        title: 'Head of Data, EMEA',
        connectedOn: '2022-02-28',
      }),
      person({
        line: 8,
        name: 'Jürgen Müller',
        urls: linkedin('jürgen-müller-1a2b3c', 'https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller-1a2b3c'),
        linkedinSlug: 'jürgen-müller-1a2b3c',
        organization: 'Siemens AG',
        title: 'Ingenieur',
        connectedOn: '2021-11-07',
      }),
      person({
        line: 9,
        name: '小龙 李',
        emails: email('xiaolong@example.cn'),
        urls: linkedin('xiaolong-li'),
        linkedinSlug: 'xiaolong-li',
        connectedOn: '2020-06-03',
      }),
      // The position spans two lines (a quoted line break): the row starts on line 10.
      person({
        line: 10,
        name: 'Zoë Ångström',
        urls: linkedin('zoe-angstrom'),
        linkedinSlug: 'zoe-angstrom',
        organization: 'Nordic AB',
        title: 'Chief Executive Officer',
      }),
      person({
        line: 13,
        name: 'Ada Lovelace',
        emails: email('ada@example.org'),
        urls: linkedin('ada-lovelace'),
        linkedinSlug: 'ada-lovelace',
        organization: 'Analytical Engines',
        title: 'Mathematician',
        connectedOn: '2018-12-10',
      }),
    ]);
    expect(result.errors).toEqual([
      { line: 12, message: 'This row has no name, email address or phone number, so it was skipped.' },
    ]);
    expect(result.warnings).toEqual([
      { line: 10, message: 'The email "zoe@example" is not an email address; it was left out.' },
      { line: 10, message: 'The connection date "31 Feb 2024" is not a date that exists; it was left out.' },
    ]);
  });

  it('reads an export whose preamble and cells are all quoted', () => {
    const result = parseLinkedinCsv(fixture('linkedin-quoted-notes.csv'));
    expect(result).toEqual({
      people: [
        person({
          line: 5,
          name: 'Katherine Johnson',
          urls: linkedin('katherine-johnson'),
          linkedinSlug: 'katherine-johnson',
          organization: 'NASA',
          title: 'Mathematician',
          connectedOn: '2021-08-26',
        }),
        person({
          line: 6,
          name: 'Dorothy Vaughan',
          emails: email('dorothy@nasa.example'),
          urls: linkedin('dorothy-vaughan'),
          linkedinSlug: 'dorothy-vaughan',
          organization: 'NASA',
          title: 'Supervisor',
          connectedOn: '2021-09-02',
        }),
      ],
      errors: [],
      warnings: [],
    });
  });

  it('reads the older header without URL', () => {
    const result = parseLinkedinCsv(fixture('linkedin-old-header.csv'));
    expect(result).toEqual({
      people: [
        person({
          line: 2,
          name: 'Alan Turing',
          emails: email('alan@example.co.uk'),
          organization: 'University of Manchester',
          title: 'Reader',
          connectedOn: '2015-06-23',
        }),
        person({
          line: 3,
          name: 'Edsger Dijkstra',
          organization: 'Eindhoven University of Technology',
          title: 'Professor',
          connectedOn: '2016-05-11',
        }),
      ],
      errors: [],
      warnings: [],
    });
  });

  it('finds the header wherever the preamble ends, and tolerates short and long rows', () => {
    const text = [
      'Notes:',
      '"A longer preamble, with commas"',
      'and a second line',
      '',
      '',
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      'Only,Two',
      'Many,Cells,,,Acme,CTO,01 Jan 2024,extra,cells',
    ].join('\n');
    const result = parseLinkedinCsv(text);
    expect(result.people.map(({ line, name, organization }) => ({ line, name, organization }))).toEqual([
      { line: 7, name: 'Only Two', organization: null },
      { line: 8, name: 'Many Cells', organization: 'Acme' },
    ]);
  });

  it('reports a quote that is never closed, keeping the rows before it', () => {
    const text =
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,Lovelace,,,,,\n"Broken,Row,,,,,\nNever,Read,,,,,\n';
    const result = parseLinkedinCsv(text);
    expect(result.people.map((p) => p.name)).toEqual(['Ada Lovelace']);
    expect(result.errors).toEqual([
      {
        line: 3,
        message: 'A quoted value that starts on this line is never closed, so the rest of the file could not be read.',
      },
    ]);
  });

  it('refuses a file without the LinkedIn header', () => {
    expect(() => parseLinkedinCsv('Name,Email\nAda,ada@example.org\n')).toThrow(ImportFileError);
    expect(() => parseLinkedinCsv('Name,Email\nAda,ada@example.org\n')).toThrow(/not a LinkedIn connections export/);
  });
});
