/**
 * A contact's emails, phones and web addresses (docs/domain.md, "Contacts"): normalised on write
 * with the import module's rules (src/modules/imports/normalize.ts), one primary per kind, and the
 * identity keys they give (`contact_identity`). The single `email`, `phone` and `linkedinUrl` fields
 * are the primary values, kept for clients that send them.
 */
import { AppError } from '../../common/errors/app-error.js';
import type { FieldError } from '../../common/errors/error-codes.js';
import {
  LIMITS,
  linkedinSlug,
  normalizeEmail,
  normalizeLabel,
  normalizePhone,
  normalizeUrl,
} from '../imports/normalize.js';
import { IdentityKind } from './contact-identity.entity.js';
import type { StoredValue } from './contact.entity.js';

export type ValueKind = 'emails' | 'phones' | 'urls';

/** A value as a client sends it. */
export interface ValueInput {
  value: string;
  label?: string | null;
  primary?: boolean;
}

/** The value fields a write may carry. */
export interface ValuesInput {
  email?: string | null;
  phone?: string | null;
  linkedinUrl?: string | null;
  emails?: ValueInput[];
  phones?: ValueInput[];
  urls?: ValueInput[];
}

/** The value columns of a contact. */
export interface ContactValues {
  email: string | null;
  phone: string | null;
  linkedinUrl: string | null;
  emails: StoredValue[];
  phones: StoredValue[];
  urls: StoredValue[];
}

export const EMPTY_VALUES: ContactValues = {
  email: null,
  phone: null,
  linkedinUrl: null,
  emails: [],
  phones: [],
  urls: [],
};

/** One normalised value of a kind, or why not. */
function normaliseOne(kind: ValueKind, text: string): { ok: true; value: string } | { ok: false; reason: string } {
  if (kind === 'emails') return normalizeEmail(text);
  if (kind === 'phones') {
    const phone = normalizePhone(text);
    return phone.ok ? { ok: true, value: phone.value.value } : phone;
  }
  const url = normalizeUrl(text);
  return url.ok ? { ok: true, value: url.value.value } : url;
}

const NOUN: Record<ValueKind, string> = { emails: 'email address', phones: 'phone number', urls: 'web address' };

/**
 * A list as a client sent it, normalised: values normalised (an invalid one is a 400 naming
 * `emails[2].value`), labels lower-cased, duplicates folded (the first kept), exactly one primary
 * (the one marked, else the first). Two marked primary is a 400.
 */
export function normaliseList(kind: ValueKind, input: ValueInput[]): StoredValue[] {
  const errors: FieldError[] = [];
  const out: StoredValue[] = [];
  const seen = new Set<string>();
  let primaries = 0;
  input.forEach((item, index) => {
    const result = normaliseOne(kind, item.value);
    if (!result.ok) {
      errors.push({ field: `${kind}[${index}].value`, message: `${kind}[${index}].value ${result.reason}` });
      return;
    }
    if (item.primary) primaries++;
    if (seen.has(result.value)) {
      if (item.primary) out.forEach((value) => (value.primary = value.value === result.value));
      return;
    }
    seen.add(result.value);
    out.push({ value: result.value, label: normalizeLabel(item.label ?? null), primary: item.primary === true });
  });
  if (primaries > 1) {
    errors.push({ field: kind, message: `only one ${NOUN[kind]} in ${kind} can be primary` });
  }
  if (errors.length > 0) throw AppError.validation(errors);
  return withOnePrimary(out);
}

/** Exactly one primary when there are values: the first marked, else the first. */
export function withOnePrimary(values: StoredValue[]): StoredValue[] {
  const index = Math.max(
    0,
    values.findIndex((value) => value.primary),
  );
  return values.map((value, i) => ({ ...value, primary: i === index }));
}

const primaryOf = (values: StoredValue[]) => values.find((value) => value.primary) ?? null;

/** The LinkedIn profile among the URLs the `linkedinUrl` field stands for: the primary if it is one, else the first. */
function linkedinEntry(urls: StoredValue[]): StoredValue | null {
  const profiles = urls.filter((url) => linkedinSlug(url.value) !== null);
  return profiles.find((url) => url.primary) ?? profiles[0] ?? null;
}

/** Sets (or, with null, removes) the primary value through a single field: an existing value becomes primary, else the primary's value is replaced. */
function setPrimary(values: StoredValue[], value: string | null): StoredValue[] {
  const current = primaryOf(values);
  if (value === null) return withOnePrimary(values.filter((item) => item !== current));
  if (values.some((item) => item.value === value)) {
    return values.map((item) => ({ ...item, primary: item.value === value }));
  }
  if (!current) return [...values.map((item) => ({ ...item, primary: false })), { value, label: null, primary: true }];
  return values.map((item) => (item === current ? { ...item, value } : item));
}

/**
 * The value columns after a write. A list, when sent, replaces that kind (and the single field is
 * derived from it: the primary, or for `linkedinUrl` the primary LinkedIn profile). A single field
 * sent alone sets the primary value (null removes it; the next value becomes primary) and keeps its
 * text as the client wrote it, as before lists existed. Fields not sent keep their values.
 */
export function applyValues(current: ContactValues, input: ValuesInput): ContactValues {
  // Every list's invalid values are reported together.
  const errors: FieldError[] = [];
  for (const kind of ['emails', 'phones', 'urls'] as const) {
    const list = input[kind];
    if (list === undefined) continue;
    try {
      normaliseList(kind, list);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      errors.push(...(error.extras.errors ?? []));
    }
  }
  if (errors.length > 0) throw AppError.validation(errors);
  const next: ContactValues = { ...current };

  if (input.emails !== undefined) {
    next.emails = normaliseList('emails', input.emails);
    next.email = primaryOf(next.emails)?.value ?? null;
  } else if (input.email !== undefined) {
    const email = input.email === null ? null : input.email.trim().toLowerCase();
    next.emails = setPrimary(current.emails, email);
    next.email = email ?? primaryOf(next.emails)?.value ?? null;
  }

  if (input.phones !== undefined) {
    next.phones = normaliseList('phones', input.phones);
    next.phone = primaryOf(next.phones)?.value ?? null;
  } else if (input.phone !== undefined) {
    let value: string | null = null;
    if (input.phone !== null) {
      const phone = normalizePhone(input.phone);
      if (!phone.ok) throw AppError.validation([{ field: 'phone', message: `phone ${phone.reason}` }]);
      value = phone.value.value;
    }
    next.phones = setPrimary(current.phones, value);
    next.phone = input.phone === null ? (primaryOf(next.phones)?.value ?? null) : input.phone.trim();
  }

  if (input.urls !== undefined) {
    next.urls = normaliseList('urls', input.urls);
    next.linkedinUrl = linkedinEntry(next.urls)?.value ?? null;
  } else if (input.linkedinUrl !== undefined) {
    const previous = linkedinEntry(current.urls);
    let urls = current.urls.filter((url) => url !== previous);
    if (input.linkedinUrl !== null) {
      const url = normalizeUrl(input.linkedinUrl);
      if (!url.ok) throw AppError.validation([{ field: 'linkedinUrl', message: `linkedinUrl ${url.reason}` }]);
      urls = urls.filter((item) => item.value !== url.value.value);
      urls.push({
        value: url.value.value,
        label: previous?.label ?? 'linkedin',
        primary: previous?.primary ?? urls.length === 0,
      });
    }
    next.urls = withOnePrimary(urls);
    next.linkedinUrl = input.linkedinUrl ?? linkedinEntry(next.urls)?.value ?? null;
  }
  return next;
}

/** Whether a write touches the value fields at all. */
export function touchesValues(input: ValuesInput): boolean {
  return (['email', 'phone', 'linkedinUrl', 'emails', 'phones', 'urls'] as const).some(
    (field) => input[field] !== undefined,
  );
}

export interface IdentityKey {
  kind: IdentityKind;
  value: string;
}

/** The key of one value, or null (a web address that is not a LinkedIn profile, a phone that couldn't be read). */
export function keyOf(kind: ValueKind, value: string): IdentityKey | null {
  if (kind === 'emails') return value.length <= LIMITS.email ? { kind: IdentityKind.Email, value } : null;
  if (kind === 'phones') {
    const phone = normalizePhone(value);
    return phone.ok && phone.value.e164 ? { kind: IdentityKind.Phone, value: phone.value.e164 } : null;
  }
  const slug = linkedinSlug(value);
  return slug ? { kind: IdentityKind.Linkedin, value: slug } : null;
}

/** Every identity key of a contact's values, without duplicates. */
export function identityKeys(values: Pick<ContactValues, ValueKind>): IdentityKey[] {
  const keys = new Map<string, IdentityKey>();
  for (const kind of ['emails', 'phones', 'urls'] as const) {
    for (const item of values[kind]) {
      const key = keyOf(kind, item.value);
      if (key) keys.set(`${key.kind}:${key.value}`, key);
    }
  }
  return [...keys.values()];
}

/** How a key is named to a person. */
export function describeKey(key: IdentityKey): string {
  if (key.kind === IdentityKind.Email) return `the email address ${key.value}`;
  if (key.kind === IdentityKind.Linkedin) return `the LinkedIn profile ${key.value}`;
  return `the phone number ${key.value}`;
}
