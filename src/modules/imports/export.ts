import { stringify } from 'csv-stringify/sync';
import ICAL from 'ical.js';
import { GOOGLE_MULTI_VALUE_SEPARATOR } from './google-csv.js';
import type { ContactValue, SnowballFields } from './person.js';
import { formatSnowballField, SNOWBALL_FIELDS } from './snowball-fields.js';

/** A contact as the exports take it (the response DTO's fields; the extras are optional). */
export interface ExportContact extends SnowballFields {
  /** Written as the vCard UID (`urn:uuid:<id>`) when given. */
  id?: string;
  name: string;
  emails: ContactValue[];
  phones: ContactValue[];
  urls: ContactValue[];
  organization: string | null;
  title: string | null;
  notes: string | null;
  tags: string[];
}

/** How many E-mail/Phone/Website column groups the CSV has (the most any contact needs, at least 1). */
export interface CsvShape {
  emails: number;
  phones: number;
  urls: number;
}

export function csvShape(contacts: readonly ExportContact[]): CsvShape {
  const most = (pick: (contact: ExportContact) => unknown[]) =>
    Math.max(1, ...contacts.map((contact) => pick(contact).length));
  return { emails: most((c) => c.emails), phones: most((c) => c.phones), urls: most((c) => c.urls) };
}

const groups = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => [`${prefix} ${i + 1} - Label`, `${prefix} ${i + 1} - Value`]).flat();

/**
 * The CSV header: Google Contacts' current columns (so Google, Outlook and Snowball itself can read
 * the file back), then Snowball's own fields.
 */
export function csvHeader(shape: CsvShape): string[] {
  return [
    'First Name',
    'Middle Name',
    'Last Name',
    'Organization Name',
    'Organization Title',
    'Notes',
    'Labels',
    ...groups('E-mail', shape.emails),
    ...groups('Phone', shape.phones),
    ...groups('Website', shape.urls),
    ...SNOWBALL_FIELDS.map((field) => field.column),
  ];
}

/**
 * A name split for First/Last columns: the first word, then the rest (readers join them back with a
 * space, which gives the stored name since names are whitespace-collapsed).
 */
export function splitName(name: string): { given: string; family: string } {
  const space = name.indexOf(' ');
  return space < 0 ? { given: name, family: '' } : { given: name.slice(0, space), family: name.slice(space + 1) };
}

const cells = (values: ContactValue[], count: number) =>
  Array.from({ length: count }, (_, i) => {
    const value = values[i];
    if (!value) return ['', ''];
    // Google marks the primary value with "* " before its label.
    return [value.primary ? `* ${value.label ?? ''}`.trim() : (value.label ?? ''), value.value];
  }).flat();

/** One contact as a CSV row matching `csvHeader(shape)`. */
export function csvRow(contact: ExportContact, shape: CsvShape): string[] {
  const { given, family } = splitName(contact.name);
  return [
    given,
    '',
    family,
    contact.organization ?? '',
    contact.title ?? '',
    contact.notes ?? '',
    contact.tags.join(GOOGLE_MULTI_VALUE_SEPARATOR),
    ...cells(contact.emails, shape.emails),
    ...cells(contact.phones, shape.phones),
    ...cells(contact.urls, shape.urls),
    ...SNOWBALL_FIELDS.map((field) => formatSnowballField(contact, field.key)),
  ];
}

/** Every contact as CSV with a header row (csv-stringify; CRLF line ends as RFC 4180 says). */
export function exportContactsCsv(contacts: readonly ExportContact[]): string {
  const shape = csvShape(contacts);
  return stringify([csvHeader(shape), ...contacts.map((contact) => csvRow(contact, shape))], {
    record_delimiter: 'windows',
  });
}

/** TYPE values vCard 4.0 defines (RFC 6350 §5.6, and TEL's own §6.4.1); other labels go to X-ABLabel. */
const STANDARD_TYPES = new Set(['work', 'home']);
const TEL_TYPES = new Set(['text', 'voice', 'fax', 'cell', 'video', 'pager', 'textphone']);

/**
 * One contact as a vCard 4.0 card, serialised by ical.js (escaping, and folding at 75 octets).
 * Labels that are vCard types become TYPE; others are written Apple's way (`item1.EMAIL` +
 * `item1.X-ABLabel`). The primary value gets PREF=1. E.164 phones are `tel:` URIs, others text.
 */
export function contactToVcard(contact: ExportContact): string {
  const card = new ICAL.Component('vcard');
  card.addPropertyWithValue('version', '4.0');
  if (contact.id) card.addPropertyWithValue('uid', `urn:uuid:${contact.id}`);
  card.addPropertyWithValue('fn', contact.name);
  const { given, family } = splitName(contact.name);
  const n = new ICAL.Property('n');
  n.setValue([family, given, '', '', '']);
  card.addProperty(n);
  if (contact.organization) {
    const org = new ICAL.Property('org');
    org.setValue([contact.organization]);
    card.addProperty(org);
  }
  if (contact.title) card.addPropertyWithValue('title', contact.title);

  let group = 0;
  const addValues = (name: string, values: ContactValue[], types: Set<string>) => {
    for (const value of values) {
      const isTel = name === 'tel';
      const uri = isTel && /^\+\d+(;ext=\d+)?$/.test(value.value);
      const property = card.addPropertyWithValue(name, uri ? `tel:${value.value}` : value.value);
      if (isTel) property.setParameter('value', uri ? 'uri' : 'text');
      const labels = value.label?.split(',') ?? [];
      if (value.label && labels.every((label) => types.has(label) || STANDARD_TYPES.has(label))) {
        property.setParameter('type', labels.length === 1 ? labels[0] : labels);
      } else if (value.label) {
        const item = `item${++group}`;
        property.setParameter('group', item);
        const label = card.addPropertyWithValue('x-ablabel', value.label);
        label.setParameter('group', item);
      }
      if (value.primary) property.setParameter('pref', '1');
    }
  };
  addValues('email', contact.emails, STANDARD_TYPES);
  addValues('tel', contact.phones, TEL_TYPES);
  addValues('url', contact.urls, STANDARD_TYPES);

  if (contact.notes) card.addPropertyWithValue('note', contact.notes);
  if (contact.tags.length > 0) {
    const categories = new ICAL.Property('categories');
    categories.setValues(contact.tags);
    card.addProperty(categories);
  }
  for (const field of SNOWBALL_FIELDS) {
    const text = formatSnowballField(contact, field.key);
    if (text === '') continue;
    // X- properties default to an "unknown" value type, which ical.js writes unescaped: say it's text.
    const property = new ICAL.Property(field.property);
    property.resetType('text');
    property.setValue(text);
    card.addProperty(property);
  }
  return `${serialiseFolded(card)}\r\n`;
}

/**
 * ical.js folds after 75 octets of content, so a continuation line with its leading space is 76:
 * fold at 74 for the call (synchronous, so no other caller sees the setting) to keep every line
 * within RFC 6350's 75 octets.
 */
function serialiseFolded(card: InstanceType<typeof ICAL.Component>): string {
  const previous = ICAL.foldLength;
  ICAL.foldLength = 74;
  try {
    return card.toString();
  } finally {
    ICAL.foldLength = previous;
  }
}

/** Every contact as one vCard 4.0 file (cards can also be streamed one by one with `contactToVcard`). */
export function exportContactsVcard(contacts: readonly ExportContact[]): string {
  return contacts.map(contactToVcard).join('');
}
