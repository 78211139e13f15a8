import ical from 'ical-generator';
import { type AgendaItemDto, AgendaItemType } from './dto/agenda.dto.js';

export const CALENDAR_NAME = 'Snowball agenda';
/** How often subscribed calendar apps should fetch the feed again (X-PUBLISHED-TTL, REFRESH-INTERVAL). */
export const CALENDAR_REFRESH_SECONDS = 60 * 60;
/** Timed items are shown as events of this length, starting at `dueAt`. */
const EVENT_MINUTES = 30;

const LABELS: Record<AgendaItemType, string> = {
  [AgendaItemType.AskAwaitingAnswer]: 'Ask awaiting an answer',
  [AgendaItemType.ThankYouOwed]: 'Thank-you owed',
  [AgendaItemType.CommitmentDue]: 'Commitment due',
  [AgendaItemType.KeepInTouch]: 'Keep in touch',
  [AgendaItemType.ReflectionDue]: 'Reflection due',
};

/** A due date given as a plain date is stored at midnight UTC: such items become all-day events. */
const isMidnightUtc = (at: Date) => at.getTime() % 86_400_000 === 0;

const DAY_MS = 86_400_000;
/** Midnight UTC of the day `at` falls on. */
const startOfDayUtc = (at: Date) => new Date(Math.floor(at.getTime() / DAY_MS) * DAY_MS);

/** The stable UID of an item's event: the same item keeps its event across refreshes. */
export const agendaEventUid = (item: Pick<AgendaItemDto, 'type' | 'id'>) => `${item.type}-${item.id}@snowball`;

/**
 * The agenda as an iCalendar (RFC 5545) document: one VEVENT per item, at its `dueAt` (all day when
 * it is a plain date), titled with the item's sentence; ical-generator escapes and folds the text.
 * An item due before today (UTC) is overdue: it is an all-day event on today, titled "Overdue since
 * <date>: …", so it shows where people look rather than on a past day; each refresh moves it on.
 */
export function agendaCalendar(items: AgendaItemDto[], now: Date): string {
  const calendar = ical({
    name: CALENDAR_NAME,
    prodId: { company: 'Snowball', product: 'Agenda', language: 'EN' },
    ttl: CALENDAR_REFRESH_SECONDS,
  });
  const today = startOfDayUtc(now);
  for (const item of items) {
    const overdue = item.dueAt.getTime() < today.getTime();
    const allDay = overdue || isMidnightUtc(item.dueAt);
    const since = item.dueAt.toISOString().slice(0, 10);
    const description = [
      overdue ? `${LABELS[item.type]} (overdue since ${since})` : LABELS[item.type],
      item.contactName !== null ? `Contact: ${item.contactName}` : null,
      item.inquiryTitle !== null ? `Inquiry: ${item.inquiryTitle}` : null,
      `Due: ${isMidnightUtc(item.dueAt) ? since : `${item.dueAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`}`,
    ].filter((line): line is string => line !== null);
    calendar.createEvent({
      id: agendaEventUid(item),
      stamp: now,
      start: overdue ? today : item.dueAt,
      ...(allDay ? { allDay: true } : { end: new Date(item.dueAt.getTime() + EVENT_MINUTES * 60_000) }),
      summary: overdue ? `Overdue since ${since}: ${item.title}` : item.title,
      description: description.join('\n'),
      categories: [{ name: item.type }],
    });
  }
  return calendar.toString();
}
