import ICAL from 'ical.js';
import { assertImportRows } from './import-limits.js';
import { decodeImportText, type ImportInput } from './import-text.js';
import { normalizeLabel } from './normalize.js';
import type { ParseOptions, ParseResult, RowIssue } from './person.js';
import { buildPerson, type RawValue } from './person-builder.js';

import { decodeQuotedPrintable } from './quoted-printable.js';
import { readSnowballFields, SNOWBALL_FIELDS } from './snowball-fields.js';
import { quotedPrintable, splitVcards } from './vcard-lines.js';

type Params = Record<string, string | string[] | undefined>;

/** One property of a card, from ical.js's jCard, with quoted-printable already decoded. */
interface CardProperty {
  name: string;
  group: string | null;
  params: Params;
  /** Each value; structured values (N, ORG) as their components. */
  values: (string | string[])[];
}

/** TYPE values that say nothing a person would call a label. */
const NOT_LABELS = new Set(['pref', 'internet', 'x400', 'voice', 'uri', 'text']);

/**
 * vCard 2.1, 3.0 and 4.0, several cards per file, read with ical.js card by card so a broken card
 * is reported (with the line of its `BEGIN:VCARD`) and the others are still read. Handles folded
 * lines, quoted-printable values with their CHARSET (and QP soft line breaks), vCard 2.1's bare
 * parameters (`TEL;CELL;PREF:`), Apple's grouped properties (`item1.URL` + `item1.X-ABLabel` → the
 * label), TYPE → label, `PREF`/`TYPE=pref` → primary (the lowest PREF wins), FN (else N), ORG (first
 * component), TITLE, NOTE, CATEGORIES → tags, URL and Apple's X-SOCIALPROFILE, and Snowball's own
 * `X-SNOWBALL-*` properties.
 */
export function parseVcard(input: ImportInput, options: ParseOptions = {}): ParseResult {
  const { cards, errors } = splitVcards(decodeImportText(input));
  assertImportRows(cards.length);
  const result: ParseResult = { people: [], errors, warnings: [] };
  for (const card of cards) {
    let properties: CardProperty[];
    try {
      properties = readProperties(card.text);
    } catch (error) {
      result.errors.push({
        line: card.line,
        message: `This card could not be read (${describe(error)}), so it was skipped.`,
      });
      continue;
    }
    const warnings: RowIssue[] = [];
    const outcome = buildPerson(
      toDraft(card.line, properties, (message) => warnings.push({ line: card.line, message })),
      options,
    );
    if ('error' in outcome)
      result.errors.push({ line: card.line, message: outcome.error.message.replace('row', 'card') });
    else {
      result.people.push(outcome.person);
      result.warnings.push(...warnings, ...outcome.warnings);
    }
  }
  result.errors.sort((a, b) => a.line - b.line);
  return result;
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').slice(0, 200);
}

function readProperties(text: string): CardProperty[] {
  const parsed = ICAL.parse(text) as unknown;
  const jcard = (Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed[0] : parsed) as [string, unknown[][]];
  return jcard[1].map((raw) => {
    const [name, params, , ...values] = raw as [string, Params, string, ...(string | string[])[]];
    const group = typeof params.group === 'string' ? params.group.toLowerCase() : null;
    if (quotedPrintable(params)) {
      const charset = typeof params.charset === 'string' ? params.charset : null;
      const decode = (value: string) => decodeQuotedPrintable(value, charset);
      return {
        name,
        group,
        params,
        values: values.map((value) => (Array.isArray(value) ? value.map(decode) : decode(String(value)))),
      };
    }
    // ical.js leaves vCard 3.0's `\\;` escaped in plain text values (NOTE, TITLE); a semicolon is meant.
    const unescape = (value: unknown) => String(value).replace(/\\;/g, ';');
    return {
      name,
      group,
      params,
      values: values.map((value) => (Array.isArray(value) ? value.map(unescape) : unescape(value))),
    };
  });
}

function list(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).flatMap((item) => item.split(',')).map((item) => item.trim());
}

function firstText(value: string | string[] | undefined): string {
  if (value === undefined) return '';
  return Array.isArray(value) ? (value[0] ?? '') : value;
}

function toDraft(line: number, properties: CardProperty[], warn: (message: string) => void) {
  const groupLabels = new Map<string, string>();
  for (const property of properties) {
    if (property.name === 'x-ablabel' && property.group) groupLabels.set(property.group, firstText(property.values[0]));
  }
  const labelled = (property: CardProperty, value: string): RawValue => {
    const types = list(property.params.type);
    const prefParam = Number(firstText(property.params.pref));
    const rank =
      Number.isFinite(prefParam) && prefParam > 0
        ? prefParam
        : types.some((t) => t.toLowerCase() === 'pref')
          ? 1
          : undefined;
    const fromGroup = property.group ? groupLabels.get(property.group) : undefined;
    const fromTypes = types.filter((t) => t && !NOT_LABELS.has(t.toLowerCase())).join(',');
    return { value, label: normalizeLabel(fromGroup) ?? normalizeLabel(fromTypes), rank };
  };
  const all = (name: string) => properties.filter((property) => property.name === name);
  const first = (name: string) => all(name)[0];

  const fn = firstText(first('fn')?.values[0]);
  const n = first('n')?.values[0];
  const nParts = Array.isArray(n) ? n : typeof n === 'string' ? n.split(';') : [];
  // N is family;given;additional;prefix;suffix.
  const fromN = [nParts[3], nParts[1], nParts[2], nParts[0], nParts[4]].filter((part) => part?.trim()).join(' ');

  const urls = [
    ...all('url').map((property) => labelled(property, firstText(property.values[0]))),
    ...all('x-socialprofile')
      .map((property) => labelled(property, firstText(property.values[0])))
      .filter((url) => /^https?:\/\//i.test(url.value ?? '')),
  ];
  const snowball = new Map(SNOWBALL_FIELDS.map((field) => [field.property, first(field.property)]));
  return {
    line,
    name: fn.trim() ? fn : fromN,
    emails: all('email').map((property) => labelled(property, firstText(property.values[0]))),
    phones: all('tel').map((property) => labelled(property, firstText(property.values[0]))),
    urls,
    organization: firstText(first('org')?.values[0]),
    title: firstText(first('title')?.values[0]),
    notes: all('note')
      .map((property) => firstText(property.values[0]))
      .join('\n\n'),
    tags: all('categories').flatMap((property) =>
      property.values.flatMap((value) => (Array.isArray(value) ? value : [value])),
    ),
    extra: readSnowballFields((field) => {
      const property = snowball.get(field.property);
      return property ? firstText(property.values[0]) : undefined;
    }, warn),
  };
}
