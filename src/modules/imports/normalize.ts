import { isEmail } from 'class-validator';
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

/** A normalised value, or why the input can't be one (never an exception: imports meet odd input). */
export type Normalized<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Normalized<T> => ({ ok: true, value });
const fail = <T>(reason: string): Normalized<T> => ({ ok: false, reason });

/** Field lengths, as the contact columns hold them. */
export const LIMITS = {
  name: 200,
  email: 320,
  phone: 50,
  url: 500,
  organization: 200,
  title: 200,
  notes: 10_000,
  label: 50,
  tag: 50,
  tags: 50,
} as const;

const PLAIN_ASCII = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;
const ASCII = /^[\x20-\x7e]*$/;

/** Trims, collapses runs of whitespace (tabs, newlines, no-break spaces) to one space, and composes (NFC). */
export function collapseWhitespace(text: string | null | undefined): string {
  if (typeof text !== 'string') return '';
  // Most cells are printable ASCII with single spaces: already collapsed and composed (imports read millions).
  if (PLAIN_ASCII.test(text)) return text;
  return text
    .normalize('NFC')
    .replace(/[\s\u200b\ufeff]+/g, ' ')
    .trim();
}

/** A person's name: whitespace collapsed; '' when there is none. */
export function normalizeName(text: string | null | undefined): string {
  return collapseWhitespace(text);
}

/** Single-line text (organization, title): collapsed, null when empty. */
export function normalizeLine(text: string | null | undefined): string | null {
  const value = collapseWhitespace(text);
  return value === '' ? null : value;
}

/** Multi-line text (notes): line ends unified, outer blank space trimmed, null when empty. */
export function normalizeNotes(text: string | null | undefined): string | null {
  if (typeof text !== 'string') return null;
  const value = text.normalize('NFC').replace(/\r\n?/g, '\n').trim();
  return value === '' ? null : value;
}

/** A label (`Work`, `* Home`, Apple's `_$!<Mobile>!$_`): unwrapped, lower-cased, null when empty. */
export function normalizeLabel(text: string | null | undefined): string | null {
  let value = collapseWhitespace(text);
  const apple = /^_\$!<(.*)>!\$_$/.exec(value);
  if (apple) value = apple[1];
  value = value.replace(/^\*\s*/, '').toLowerCase();
  return value === '' ? null : value.slice(0, LIMITS.label);
}

/**
 * An email address: trimmed, `mailto:` and `<…>` removed, lower-cased as a whole (the dedupe key is
 * the address itself), then checked with class-validator's `isEmail`.
 */
export function normalizeEmail(text: string | null | undefined): Normalized<string> {
  let value = collapseWhitespace(text);
  if (value === '') return fail('is empty');
  value = value.replace(/^mailto:/i, '');
  const bracketed = /<([^<>]*)>\s*$/.exec(value);
  if (bracketed) value = bracketed[1].trim();
  value = value.toLowerCase();
  if (value.length > LIMITS.email) return fail(`is longer than ${LIMITS.email} characters`);
  if (!isEmail(value)) return fail('is not an email address');
  return ok(value);
}

/** A phone number read as E.164 when it can be (`e164`), else kept as written (`e164: null`). */
export interface NormalizedPhone {
  value: string;
  e164: string | null;
}

/** The region as libphonenumber-js knows it, or undefined for an unknown or missing one. */
export function phoneRegion(region: string | null | undefined): CountryCode | undefined {
  if (typeof region !== 'string') return undefined;
  const upper = region.trim().toUpperCase();
  return isSupportedCountry(upper) ? upper : undefined;
}

/**
 * A phone number to E.164 with libphonenumber-js. Numbers without `+<country code>` are read in
 * `defaultRegion`. A number is accepted when it has a possible length for its country
 * (`isPossible()`, the library author's advice: `isValid()` rejects fictional and freshly assigned
 * ranges). An extension is kept RFC 3966 style (`+16502530000;ext=12`). A number that can't be read
 * is kept as written (whitespace collapsed) with no E.164 key: a phone is never lost on import.
 */
export function normalizePhone(text: string | null | undefined, defaultRegion?: string): Normalized<NormalizedPhone> {
  const raw = collapseWhitespace(text).replace(/^tel:/i, '');
  if (raw === '') return fail('is empty');
  if (!/\d/.test(raw)) return fail('has no digits');
  if (raw.length > LIMITS.phone) return fail(`is longer than ${LIMITS.phone} characters`);
  const phone = parsePhoneNumberFromString(raw, { defaultCountry: phoneRegion(defaultRegion) });
  if (phone?.isPossible()) {
    const e164 = phone.number;
    return ok({ value: phone.ext ? `${e164};ext=${phone.ext}` : e164, e164 });
  }
  return ok({ value: raw, e164: null });
}

/**
 * The slug of a LinkedIn profile URL (`https://uk.linkedin.com/in/Jane-Doe-123/?trk=x` →
 * `jane-doe-123`), or null when the URL is not a LinkedIn profile (company pages, posts, other sites).
 * Accepts any `*.linkedin.com` host, with or without scheme and `www.`; percent-decodes the slug.
 */
export function linkedinSlug(text: string | null | undefined): string | null {
  const url = parseWebUrl(text);
  if (!url) return null;
  const host = url.hostname.toLowerCase();
  if (host !== 'linkedin.com' && !host.endsWith('.linkedin.com')) return null;
  const match = /^\/in\/([^/]+)\/?/.exec(url.pathname);
  if (!match) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(match[1]);
  } catch {
    return null;
  }
  slug = slug.normalize('NFC').trim().toLowerCase();
  if (slug === '' || /[\s/?#]/.test(slug) || slug.length > 100) return null;
  return slug;
}

/** The one URL Snowball stores for a LinkedIn profile. */
export function linkedinProfileUrl(slug: string): string {
  return `https://www.linkedin.com/in/${encodeURIComponent(slug)}`;
}

/** A web address, with `https://` assumed when no scheme is given; LinkedIn profiles canonicalised. */
export function normalizeUrl(
  text: string | null | undefined,
): Normalized<{ value: string; linkedinSlug: string | null }> {
  const raw = collapseWhitespace(text);
  if (raw === '') return fail('is empty');
  const url = parseWebUrl(raw);
  if (!url) return fail('is not a web address');
  const slug = linkedinSlug(raw);
  if (slug) return ok({ value: linkedinProfileUrl(slug), linkedinSlug: slug });
  const value = url.href;
  if (value.length > LIMITS.url) return fail(`is longer than ${LIMITS.url} characters`);
  return ok({ value, linkedinSlug: null });
}

function parseWebUrl(text: string | null | undefined): URL | null {
  const raw = collapseWhitespace(text);
  if (raw === '' || /\s/.test(raw)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (!url.hostname.includes('.')) return null;
  return url;
}

const UNDECOMPOSABLE: Record<string, string> = {
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
};

/** Lower-case, without diacritics (NFKD then marks stripped), punctuation as spaces, collapsed. */
export function foldForMatching(text: string | null | undefined): string {
  // Printable ASCII has no marks and no other letters: the same result, without Unicode normalisation.
  if (typeof text === 'string' && ASCII.test(text)) {
    return text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  }
  return collapseWhitespace(text)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßøłđðþæœı]/g, (letter) => UNDECOMPOSABLE[letter] ?? letter)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The key for "likely the same person": the name's words folded (case, diacritics, punctuation) and
 * sorted (so `Doe, Jane` matches `Jane Doe`), then the organisation folded. Null without a name.
 * Equal keys are reported as possible duplicates, never merged.
 */
export function nameKey(name: string | null | undefined, organization: string | null | undefined): string | null {
  const words = foldForMatching(name).split(' ').filter(Boolean).sort();
  if (words.length === 0) return null;
  return `${words.join(' ')}|${foldForMatching(organization)}`;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** LinkedIn's `Connected On` (`01 Mar 2024`, or ISO `2024-03-01`) to an ISO date. */
export function normalizeConnectedOn(text: string | null | undefined): Normalized<string> {
  const raw = collapseWhitespace(text);
  if (raw === '') return fail('is empty');
  let year: number, month: number, day: number;
  const written = /^(\d{1,2}) ([a-z]{3})[a-z]* (\d{4})$/i.exec(raw);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (written) {
    [day, month, year] = [Number(written[1]), MONTHS.indexOf(written[2].toLowerCase()) + 1, Number(written[3])];
  } else if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else {
    return fail('is not a date like "01 Mar 2024"');
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return fail('is not a date that exists');
  }
  return ok(date.toISOString().slice(0, 10));
}
