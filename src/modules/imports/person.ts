/** One email, phone or web address of a person, with its label (`work`, `home`, `mobile`…) and whether it is the primary one. */
export interface ContactValue {
  value: string;
  label: string | null;
  primary: boolean;
}

/**
 * `value` is E.164 (`+14155550132`, with `;ext=12` when the number has an extension) when the number
 * could be read, otherwise the text as written; `e164` is the dedupe key, null when it couldn't be read.
 */
export interface PhoneValue extends ContactValue {
  e164: string | null;
}

/** `linkedinSlug` is set for a LinkedIn profile (`value` is then `https://www.linkedin.com/in/<slug>`). */
export interface UrlValue extends ContactValue {
  linkedinSlug: string | null;
}

/** Snowball's own contact fields, read back from Snowball's exports (absent in other sources). */
export interface SnowballFields {
  seniority?: 'junior' | 'peer' | 'senior' | 'executive' | null;
  sameOrganization?: boolean | null;
  responsibilities?: string | null;
  interests?: string | null;
  canOffer?: string | null;
  keepInTouchDays?: number | null;
}

/** A person as every parser returns it: normalised, ready for dedupe and writing. */
export interface ParsedPerson {
  /** The 1-based line of the file where the row or card starts (the preamble counts). */
  line: number;
  /** Never empty. */
  name: string;
  /** Lower-cased, valid, without duplicates; exactly one primary when there are any. */
  emails: ContactValue[];
  phones: PhoneValue[];
  urls: UrlValue[];
  organization: string | null;
  title: string | null;
  notes: string | null;
  /** LinkedIn's `Connected On`, as an ISO date (`2024-03-01`). */
  connectedOn: string | null;
  /** Trimmed, lower-cased, without duplicates. */
  tags: string[];
  /** The slug of the primary LinkedIn profile among `urls`, the dedupe key. */
  linkedinSlug: string | null;
  extra: SnowballFields;
}

/** Something wrong with one row or card. */
export interface RowIssue {
  line: number;
  message: string;
}

/**
 * What a parser answers. `errors` are rows or cards that were skipped (nothing usable in them, or
 * unreadable); `warnings` are values dropped from people who were kept (an invalid email, a date that
 * isn't one). A bad row never fails the rest.
 */
export interface ParseResult {
  people: ParsedPerson[];
  errors: RowIssue[];
  warnings: RowIssue[];
}

/** Options every parser takes. */
export interface ParseOptions {
  /**
   * ISO 3166 region used to read phone numbers written without `+<country code>` (`(415) 555-0132`
   * with `US`). Without one, such numbers are kept as written (no E.164 key).
   */
  defaultRegion?: string;
}
