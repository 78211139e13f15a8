import { TextDecoder } from 'node:util';
import { assertImportSize } from './import-limits.js';

/** What every parser accepts: the raw upload, or text already decoded. */
export type ImportInput = string | Uint8Array;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/**
 * Windows-1252's 0x80–0x9F (€, curly quotes, dashes…). Node 20's TextDecoder decodes the
 * `windows-1252` label as plain Latin-1 there (U+0080–U+009F control characters), so they are mapped here.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Turns an upload into text, checking the size cap first. A byte-order mark picks UTF-8 or UTF-16
 * (Outlook-era exports); otherwise UTF-8, falling back to Windows-1252 when the bytes are not valid
 * UTF-8 (old Excel re-saves). The BOM is dropped and line ends become `\n` (CRLF and lone CR alike),
 * which keeps line numbers true and notes consistent.
 */
export function decodeImportText(input: ImportInput): string {
  let text: string;
  if (typeof input === 'string') {
    assertImportSize(Buffer.byteLength(input, 'utf8'));
    text = input;
  } else {
    assertImportSize(input.byteLength);
    text = decodeBytes(input);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text.replace(/\r\n?/g, '\n');
}

function decodeBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return utf8.decode(bytes);
  } catch {
    return latin1.decode(bytes).replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80]);
  }
}
