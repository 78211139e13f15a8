import type { RowIssue } from './person.js';

/** One card's text, ready for ical.js, with the line of its `BEGIN:VCARD`. */
export interface RawCard {
  line: number;
  text: string;
}

/** Binary properties Snowball doesn't keep; dropped before parsing (large, and 2.1 base64 isn't folded). */
const BINARY_PROPERTIES = new Set(['photo', 'logo', 'sound', 'key']);
const ENCODINGS = new Set(['quoted-printable', 'base64', 'b', '8bit', '7bit']);

/** True when the params say the value is quoted-printable. */
export function quotedPrintable(params: Record<string, unknown>): boolean {
  const encoding = params.encoding;
  return typeof encoding === 'string' && encoding.toLowerCase() === 'quoted-printable';
}

/** The part of a content line before its value (`item1.TEL;TYPE=CELL`), or null without a `:`. */
function namePart(line: string): string | null {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === ':' && !quoted) return line.slice(0, i);
  }
  return null;
}

/**
 * vCard 2.1 writes parameters without names (`TEL;CELL;PREF:`, `NOTE;QUOTED-PRINTABLE:`), which
 * ical.js refuses: name them (`TYPE=CELL`, `ENCODING=QUOTED-PRINTABLE`).
 */
function nameBareParameters(line: string): string {
  const head = namePart(line);
  if (head === null || !head.includes(';') || head.includes('"')) return line;
  const [property, ...params] = head.split(';');
  const named = params.map((param) => {
    if (param.includes('=') || param.trim() === '') return param;
    return ENCODINGS.has(param.trim().toLowerCase()) ? `ENCODING=${param.trim()}` : `TYPE=${param.trim()}`;
  });
  return [property, ...named].join(';') + line.slice(head.length);
}

function isQuotedPrintableLine(line: string): boolean {
  const head = namePart(line);
  return head !== null && /;\s*(encoding\s*=\s*)?quoted-printable\s*(;|$)/i.test(head);
}

function propertyName(line: string): string {
  const head = namePart(line) ?? line;
  return head.split(';')[0].split('.').pop()!.trim().toLowerCase();
}

/**
 * Splits a file (decoded, `\n` line ends) into cards by their BEGIN/END lines, unfolding folded lines
 * (a line starting with a space or tab continues the previous one) and joining quoted-printable soft
 * line breaks (a QP line ending in `=` continues on the next line, unindented in 2.1 exports). A card
 * without END:VCARD is reported and skipped; text between cards is ignored.
 */
export function splitVcards(text: string): { cards: RawCard[]; errors: RowIssue[] } {
  const cards: RawCard[] = [];
  const errors: RowIssue[] = [];
  let current: { line: number; lines: string[] } | null = null;
  const unfinished = (card: { line: number }) =>
    errors.push({ line: card.line, message: 'This card has no END:VCARD line, so it was skipped.' });

  const physical = text.split('\n');
  for (let i = 0; i < physical.length; i++) {
    const raw = physical[i];
    const lines = current?.lines;
    const last = lines && lines.length > 0 ? lines[lines.length - 1] : undefined;
    if (lines && last !== undefined && /^[ \t]/.test(raw)) {
      lines[lines.length - 1] = last + raw.slice(1);
      continue;
    }
    if (lines && last !== undefined && last.endsWith('=') && isQuotedPrintableLine(last)) {
      lines[lines.length - 1] = last.slice(0, -1) + raw;
      continue;
    }
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    if (/^begin:vcard$/i.test(trimmed)) {
      if (current) unfinished(current);
      current = { line: i + 1, lines: [] };
    } else if (/^end:vcard$/i.test(trimmed)) {
      if (current) {
        const body = current.lines.filter((line) => !BINARY_PROPERTIES.has(propertyName(line))).map(nameBareParameters);
        cards.push({ line: current.line, text: ['BEGIN:VCARD', ...body, 'END:VCARD', ''].join('\r\n') });
      }
      current = null;
    } else if (current) {
      current.lines.push(raw);
    }
  }
  if (current) unfinished(current);
  return { cards, errors };
}
