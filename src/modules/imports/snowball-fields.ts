import { LIMITS, normalizeLine, normalizeNotes } from './normalize.js';
import type { SnowballFields } from './person.js';

/** Contact seniorities, as `Seniority` in contact.entity.ts (a unit test keeps the two equal). */
export const SENIORITIES = ['junior', 'peer', 'senior', 'executive'] as const;

/** Snowball's own fields, in the order exports write them: CSV column title and vCard property. */
export const SNOWBALL_FIELDS = [
  { key: 'seniority', column: 'Seniority', property: 'x-snowball-seniority' },
  { key: 'sameOrganization', column: 'Same Organization', property: 'x-snowball-same-organization' },
  { key: 'responsibilities', column: 'Responsibilities', property: 'x-snowball-responsibilities' },
  { key: 'interests', column: 'Interests', property: 'x-snowball-interests' },
  { key: 'canOffer', column: 'Can Offer', property: 'x-snowball-can-offer' },
  { key: 'keepInTouchDays', column: 'Keep In Touch Days', property: 'x-snowball-keep-in-touch-days' },
] as const satisfies readonly { key: keyof SnowballFields; column: string; property: string }[];

/** The text an export writes for a Snowball field ('' when empty). */
export function formatSnowballField(fields: SnowballFields, key: keyof SnowballFields): string {
  const value = fields[key];
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

/**
 * Reads Snowball's fields back (`get` answers the text held for a field, or undefined when the file
 * has no such column/property). Values that don't fit are left out with a warning.
 */
export function readSnowballFields(
  get: (field: (typeof SNOWBALL_FIELDS)[number]) => string | undefined,
  warn: (message: string) => void,
): SnowballFields {
  const fields: SnowballFields = {};
  for (const field of SNOWBALL_FIELDS) {
    const raw = get(field);
    const text = normalizeLine(raw);
    if (text === null) continue;
    switch (field.key) {
      case 'seniority': {
        const value = text.toLowerCase();
        if ((SENIORITIES as readonly string[]).includes(value))
          fields.seniority = value as (typeof SENIORITIES)[number];
        else warn(`The seniority "${text.slice(0, 50)}" is not one of ${SENIORITIES.join(', ')}; it was left out.`);
        break;
      }
      case 'sameOrganization': {
        const value = text.toLowerCase();
        if (['yes', 'true'].includes(value)) fields.sameOrganization = true;
        else if (['no', 'false'].includes(value)) fields.sameOrganization = false;
        else warn(`"Same organization" should be yes or no, not "${text.slice(0, 50)}"; it was left out.`);
        break;
      }
      case 'keepInTouchDays': {
        const value = Number(text);
        if (/^\d+$/.test(text) && value >= 1 && value <= 3650) fields.keepInTouchDays = value;
        else
          warn(
            `"Keep in touch days" should be a whole number from 1 to 3650, not "${text.slice(0, 50)}"; it was left out.`,
          );
        break;
      }
      default: {
        const value = normalizeNotes(raw);
        if (value !== null) fields[field.key] = value.slice(0, LIMITS.notes);
      }
    }
  }
  return fields;
}
