import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { detectImportFormat } from '../../src/modules/imports/detect.js';
import { exportContactsCsv, exportContactsVcard } from '../../src/modules/imports/export.js';
import { parseGoogleCsv } from '../../src/modules/imports/google-csv.js';
import { ImportCapError, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '../../src/modules/imports/import-limits.js';
import { decodeImportText } from '../../src/modules/imports/import-text.js';
import { parseLinkedinCsv } from '../../src/modules/imports/linkedin-csv.js';
import { parseImport } from '../../src/modules/imports/parse-import.js';
import { parseVcard } from '../../src/modules/imports/vcard.js';

const fixture = (name: string) => readFileSync(resolve('test/fixtures/imports', name));
const text = (name: string) => decodeImportText(fixture(name));

describe('format detection', () => {
  it.each([
    ['linkedin-connections.csv', 'linkedin-csv'],
    ['linkedin-quoted-notes.csv', 'linkedin-csv'],
    ['linkedin-old-header.csv', 'linkedin-csv'],
    ['google-contacts-current.csv', 'google-csv'],
    ['google-contacts-legacy.csv', 'google-csv'],
    ['vcard-3.0.vcf', 'vcard'],
    ['vcard-2.1-android.vcf', 'vcard'],
    ['vcard-4.0.vcf', 'vcard'],
    ['vcard-apple.vcf', 'vcard'],
    ['vcard-broken.vcf', 'vcard'],
  ])('%s is %s, whatever generic type it was sent with', (name, format) => {
    for (const type of [undefined, null, '', 'application/octet-stream', 'text/plain; charset=utf-8']) {
      expect(detectImportFormat(text(name), type)).toEqual({ ok: true, format });
    }
  });

  it('sniffs the content even when the declared type is the other text format', () => {
    expect(detectImportFormat(text('linkedin-connections.csv'), 'text/csv')).toEqual({
      ok: true,
      format: 'linkedin-csv',
    });
    expect(detectImportFormat(text('vcard-4.0.vcf'), 'text/x-vcard')).toEqual({ ok: true, format: 'vcard' });
    expect(detectImportFormat(text('vcard-4.0.vcf'), 'text/csv')).toEqual({ ok: true, format: 'vcard' });
  });

  it("recognises Snowball's own exports", () => {
    const contact = {
      name: 'Ada Lovelace',
      emails: [],
      phones: [],
      urls: [],
      organization: null,
      title: null,
      notes: null,
      tags: [],
    };
    expect(detectImportFormat(exportContactsCsv([contact]), 'text/csv')).toEqual({ ok: true, format: 'google-csv' });
    expect(detectImportFormat(exportContactsVcard([contact]), 'text/vcard')).toEqual({ ok: true, format: 'vcard' });
  });

  it('refuses types that are neither CSV nor vCard, naming the type', () => {
    expect(detectImportFormat(text('vcard-4.0.vcf'), 'application/pdf')).toEqual({
      ok: false,
      message:
        "Files of type application/pdf can't be imported: send a LinkedIn or Google Contacts CSV export (text/csv) or a vCard file (text/vcard).",
    });
  });

  it('refuses a vCard without cards and CSV that is neither export', () => {
    expect(detectImportFormat('First Name,Last Name\n', 'text/vcard')).toEqual({
      ok: false,
      message: 'This vCard file has no BEGIN:VCARD line: it holds no cards.',
    });
    const unknown = detectImportFormat('Name,Phone\nAda,+44 20 7946 0958\n', 'text/csv');
    expect(unknown).toEqual({
      ok: false,
      message: expect.stringContaining('expected a LinkedIn "Connections.csv" export'),
    });
    expect(detectImportFormat('', undefined).ok).toBe(false);
    expect(detectImportFormat('"unclosed, quote\n', undefined).ok).toBe(false);
  });

  it('hands each format to its parser', () => {
    expect(parseImport('linkedin-csv', fixture('linkedin-old-header.csv')).people).toHaveLength(2);
    expect(parseImport('google-csv', fixture('google-contacts-legacy.csv')).people).toHaveLength(3);
    expect(parseImport('vcard', fixture('vcard-4.0.vcf')).people).toHaveLength(3);
  });
});

describe('text decoding', () => {
  it('reads UTF-16 with a byte-order mark (Outlook-era exports)', () => {
    const csv = 'First Name,Last Name,E-mail 1 - Value\r\nZoë,Ångström,zoe@example.se\r\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    for (const bytes of [le, be]) {
      const [person] = parseGoogleCsv(bytes).people;
      expect([person.name, person.emails[0]?.value]).toEqual(['Zoë Ångström', 'zoe@example.se']);
    }
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8', () => {
    const bytes = Buffer.from(
      'First Name,Last Name,Email Address,Company,Position,Connected On\nRen\xe9e,Fran\xe7ois,,Caf\xe9 \x80,,\n',
      'latin1',
    );
    const [person] = parseLinkedinCsv(bytes).people;
    expect([person.name, person.organization]).toEqual(['Renée François', 'Café €']);
  });
});

describe('caps', () => {
  it('are 10 MiB and 50,000 rows', () => {
    expect(MAX_IMPORT_BYTES).toBe(10_485_760);
    expect(MAX_IMPORT_ROWS).toBe(50_000);
  });

  it('refuses a file over 10 MiB, as bytes or as text, saying it is the size', () => {
    const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n';
    const big = header + 'x'.repeat(MAX_IMPORT_BYTES - header.length + 1);
    for (const input of [big, Buffer.from(big)]) {
      let caught: unknown;
      try {
        parseLinkedinCsv(input);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ImportCapError);
      expect(caught).toMatchObject({
        cap: 'size',
        limit: MAX_IMPORT_BYTES,
        message: expect.stringContaining('10 MiB'),
      });
    }
    // Multi-byte characters count as the bytes they take.
    expect(() => decodeImportText('é'.repeat(MAX_IMPORT_BYTES / 2 + 1))).toThrow(ImportCapError);
    expect(() => decodeImportText('é'.repeat(MAX_IMPORT_BYTES / 2))).not.toThrow();
  });

  it('accepts 50,000 rows and refuses 50,001, saying it is the rows', () => {
    const rows = (count: number) =>
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n' + 'Ada,Lovelace,,,,,\n'.repeat(count);
    expect(parseLinkedinCsv(rows(MAX_IMPORT_ROWS)).people).toHaveLength(MAX_IMPORT_ROWS);
    expect(() => parseLinkedinCsv(rows(MAX_IMPORT_ROWS + 1))).toThrow(
      expect.objectContaining({
        cap: 'rows',
        limit: MAX_IMPORT_ROWS,
        message: expect.stringContaining('50,000 people'),
      }),
    );
    const google = 'First Name,Last Name,E-mail 1 - Value\n' + 'Ada,Lovelace,\n'.repeat(MAX_IMPORT_ROWS + 1);
    expect(() => parseGoogleCsv(google)).toThrow(expect.objectContaining({ cap: 'rows' }));
    const cards = 'BEGIN:VCARD\nVERSION:4.0\nFN:Ada\nEND:VCARD\n'.repeat(MAX_IMPORT_ROWS + 1);
    expect(() => parseVcard(cards)).toThrow(expect.objectContaining({ cap: 'rows' }));
  });
});
