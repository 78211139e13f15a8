import type { FieldError } from '../errors/error-codes.js';

/**
 * Names no request field may have: those of `Object.prototype`. class-validator's unknown-property
 * check looks fields up in a plain object, so `toString`, `hasOwnProperty` or `valueOf` find the
 * prototype's function there and pass as if they were declared.
 */
const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

/** A high surrogate not followed by a low one, or a low one not preceded by a high one (UTF-16 code units). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNPRINTABLE = new RegExp(`\\u0000|${LONE_SURROGATE.source}`, 'g');

/**
 * A name fit to show and to store: NUL and lone surrogates written as `\u0000` / `\ud800` text, so
 * the error naming them can itself go into a jsonb column (an idempotent replay) and a log line.
 */
function printable(name: string): string {
  return name.replace(UNPRINTABLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** What is wrong with this text, if anything PostgreSQL can't store or a validator can't read. */
function textProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return 'must not contain a NUL character (U+0000)';
  if (LONE_SURROGATE.test(text)) return 'must be valid Unicode text';
  return undefined;
}

/**
 * Checks every string and every property name in a parsed body or query, at any depth, before
 * anything else reads them: NUL characters (PostgreSQL text and jsonb cannot hold them), lone
 * surrogates (not Unicode: validators throw on them, jsonb refuses them) and property names of
 * `Object.prototype`. One error per field, named by its path (`referred.name`, `tags.1`).
 */
export function screenInput(value: unknown, prefix = ''): FieldError[] {
  const errors: FieldError[] = [];
  const visit = (node: unknown, path: string) => {
    if (typeof node === 'string') {
      const problem = textProblem(node);
      if (problem) errors.push({ field: path || 'body', message: `${path || 'the body'} ${problem}` });
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const entries = Array.isArray(node)
      ? node.map((item, index) => [String(index), item] as const)
      : Object.entries(node);
    for (const [key, child] of entries) {
      const field = path ? `${path}.${printable(key)}` : printable(key);
      if (!Array.isArray(node) && (PROTOTYPE_NAMES.has(key) || textProblem(key))) {
        errors.push({ field, message: `${field} is not a field of this request` });
        continue;
      }
      visit(child, field);
    }
  };
  visit(value, prefix);
  return errors;
}
