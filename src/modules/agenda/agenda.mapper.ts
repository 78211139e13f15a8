import type { AgendaRow } from './agenda.repository.js';
import { AgendaItemType, type AgendaItemDto } from './dto/agenda.dto.js';

/** A day as people read it in a sentence: `2025-03-01` (UTC). */
const day = (at: Date | null) => (at ? at.toISOString().slice(0, 10) : 'an unknown day');

/** Descriptions are free text of any length; a title keeps the first line's first 120 characters. */
function shorten(text: string | null): string {
  const firstLine = (text ?? '').split(/\r?\n/, 1)[0]?.trim() ?? '';
  return firstLine.length > 120 ? `${firstLine.slice(0, 119)}…` : firstLine;
}

const about = (inquiryTitle: string | null) => (inquiryTitle ? ` about “${inquiryTitle}”` : '');

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The human sentence of an item: what to do, with whom, since when. */
export function agendaTitle(row: AgendaRow): string {
  const name = row.contact_name ?? 'someone';
  switch (row.type) {
    case AgendaItemType.AskAwaitingAnswer:
      return `Follow up with ${name}: no answer to your ask of ${day(row.happened_at)}${about(row.inquiry_title)}`;
    case AgendaItemType.ThankYouOwed:
      return `Thank ${name} for the ${row.kind === 'call' ? 'call' : 'meeting'} on ${day(row.happened_at)}`;
    case AgendaItemType.CommitmentDue: {
      const promise = shorten(row.text);
      return row.kind === 'them'
        ? `${name} promised you: ${promise} (due ${day(row.due_at)})`
        : `You promised ${name}: ${promise} (due ${day(row.due_at)})`;
    }
    case AgendaItemType.KeepInTouch: {
      const every = `you wanted to be in touch every ${plural(row.amount ?? 0, 'day', 'days')}`;
      return row.happened_at
        ? `Get back in touch with ${name}: last contact ${day(row.happened_at)}, ${every}`
        : `Get in touch with ${name}: no contact since you added them, ${every}`;
    }
    case AgendaItemType.ReflectionDue:
      return `Reflect on “${row.inquiry_title ?? ''}”: ${plural(row.amount ?? 0, 'conversation', 'conversations')} since ${
        row.ref_id ? `your last reflection on ${day(row.happened_at)}` : 'you started it'
      }`;
  }
}

export function toAgendaItemDto(row: AgendaRow): AgendaItemDto {
  return {
    type: row.type,
    id: row.id,
    dueAt: row.due_at,
    title: agendaTitle(row),
    contactId: row.contact_id,
    contactName: row.contact_name,
    inquiryId: row.inquiry_id,
    inquiryTitle: row.inquiry_title,
    refId: row.ref_id,
  };
}
