import { normaliseTags } from '../../common/tags.js';
import {
  LIMITS,
  normalizeConnectedOn,
  normalizeEmail,
  normalizeLabel,
  normalizeLine,
  normalizeName,
  normalizeNotes,
  normalizePhone,
  normalizeUrl,
} from './normalize.js';
import type {
  ContactValue,
  ParseOptions,
  ParsedPerson,
  PhoneValue,
  RowIssue,
  SnowballFields,
  UrlValue,
} from './person.js';

/** One value as a file holds it. `rank`: lower is more preferred (vCard `PREF=1`, `TYPE=pref`, Google `* `). */
export interface RawValue {
  value: string | null | undefined;
  label?: string | null;
  rank?: number;
}

/** A row or card as a parser read it, before normalisation. */
export interface PersonDraft {
  line: number;
  name?: string | null;
  emails?: RawValue[];
  phones?: RawValue[];
  urls?: RawValue[];
  organization?: string | null;
  title?: string | null;
  notes?: string | null;
  connectedOn?: string | null;
  tags?: string[];
  extra?: SnowballFields;
}

export type BuildOutcome = { person: ParsedPerson; warnings: RowIssue[] } | { error: RowIssue };

/**
 * Normalises a draft into a person, shared by every parser so the rules are the same everywhere:
 * invalid values are dropped with a warning, duplicates folded, exactly one primary per kind (the
 * best-ranked, else the first), over-long text clipped with a warning. With no name, the
 * organisation, then the first email, then the first phone stands in (as phone address books show
 * them); a row with none of these is an error.
 */
export function buildPerson(draft: PersonDraft, options: ParseOptions = {}): BuildOutcome {
  const { line } = draft;
  const warnings: RowIssue[] = [];
  const warn = (message: string) => warnings.push({ line, message });

  const emails = collectValues(draft.emails, 'email', warn, (raw) => {
    const result = normalizeEmail(raw);
    return result.ok ? { ok: true, value: { value: result.value }, key: result.value } : result;
  });
  const phones = collectValues<Omit<PhoneValue, keyof ContactValue> & { value: string }>(
    draft.phones,
    'phone number',
    warn,
    (raw) => {
      const result = normalizePhone(raw, options.defaultRegion);
      return result.ok ? { ok: true, value: result.value, key: result.value.value } : result;
    },
  );
  const urls = collectValues<Omit<UrlValue, keyof ContactValue> & { value: string }>(
    draft.urls,
    'web address',
    warn,
    (raw) => {
      const result = normalizeUrl(raw);
      return result.ok ? { ok: true, value: result.value, key: result.value.value } : result;
    },
  );

  const clip = (value: string | null, limit: number, what: string): string | null => {
    if (value === null || value.length <= limit) return value;
    warn(`The ${what} was longer than ${limit} characters and was shortened.`);
    return value.slice(0, limit);
  };
  const organization = clip(normalizeLine(draft.organization), LIMITS.organization, 'organization');
  const title = clip(normalizeLine(draft.title), LIMITS.title, 'title');
  const notes = clip(normalizeNotes(draft.notes), LIMITS.notes, 'note');

  let connectedOn: string | null = null;
  if (normalizeLine(draft.connectedOn) !== null) {
    const result = normalizeConnectedOn(draft.connectedOn);
    if (result.ok) connectedOn = result.value;
    else warn(`The connection date "${normalizeLine(draft.connectedOn)}" ${result.reason}; it was left out.`);
  }

  let tags = normaliseTags((draft.tags ?? []).map((tag) => normalizeName(tag)));
  if (tags.some((tag) => tag.length > LIMITS.tag)) {
    warn(`Tags longer than ${LIMITS.tag} characters were left out.`);
    tags = tags.filter((tag) => tag.length <= LIMITS.tag);
  }
  if (tags.length > LIMITS.tags) {
    warn(`Only the first ${LIMITS.tags} tags were kept.`);
    tags = tags.slice(0, LIMITS.tags);
  }

  let name = normalizeName(draft.name);
  if (name === '') name = organization ?? emails[0]?.value ?? phones[0]?.value ?? '';
  if (name === '') {
    return { error: { line, message: 'This row has no name, email address or phone number, so it was skipped.' } };
  }
  name = clip(name, LIMITS.name, 'name') ?? name;

  const primaryLinkedin = urls.find((url) => url.primary && url.linkedinSlug) ?? urls.find((url) => url.linkedinSlug);
  return {
    person: {
      line,
      name,
      emails,
      phones,
      urls,
      organization,
      title,
      notes,
      connectedOn,
      tags,
      linkedinSlug: primaryLinkedin?.linkedinSlug ?? null,
      extra: draft.extra ?? {},
    },
    warnings,
  };
}

type Reader<T> = (raw: string) => { ok: true; value: T; key: string } | { ok: false; reason: string };

function collectValues<T extends { value: string }>(
  raws: RawValue[] | undefined,
  what: string,
  warn: (message: string) => void,
  read: Reader<T>,
): (T & ContactValue)[] {
  const out: (T & ContactValue & { rank: number; key: string })[] = [];
  for (const raw of raws ?? []) {
    const text = normalizeLine(raw.value);
    if (text === null) continue;
    const result = read(text);
    if (!result.ok) {
      warn(`The ${what} "${text.slice(0, 100)}" ${result.reason}; it was left out.`);
      continue;
    }
    const rank = raw.rank ?? Number.POSITIVE_INFINITY;
    const label = normalizeLabel(raw.label);
    const same = out.find((existing) => existing.key === result.key);
    if (same) {
      same.rank = Math.min(same.rank, rank);
      same.label ??= label;
      continue;
    }
    out.push({ ...result.value, label, primary: false, rank, key: result.key });
  }
  if (out.length > 0) {
    const best = out.reduce((chosen, candidate) => (candidate.rank < chosen.rank ? candidate : chosen), out[0]);
    best.primary = true;
  }
  return out.map(({ rank: _rank, key: _key, ...value }) => value as unknown as T & ContactValue);
}
