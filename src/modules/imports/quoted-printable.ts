import { TextDecoder } from 'node:util';

/**
 * Decodes a quoted-printable value (vCard 2.1/3.0 `ENCODING=QUOTED-PRINTABLE`, RFC 2045 §6.7):
 * `=XX` is a byte, a trailing `=` is a soft line break, and the bytes are read in `charset`
 * (UTF-8 when missing or unknown to the runtime). ical.js leaves such values encoded. A malformed
 * escape (`=G1`) is kept as written rather than failing the card.
 */
export function decodeQuotedPrintable(text: string, charset?: string | null): string {
  const bytes: number[] = [];
  const literal = (char: string) => {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else bytes.push(...Buffer.from(char, 'utf8'));
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char !== '=') {
      literal(char);
      continue;
    }
    const hex = text.slice(i + 1, i + 3);
    if (/^[0-9a-f]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else if (i === text.length - 1 || /^\r?\n/.test(text.slice(i + 1))) {
      // Soft line break: drop it (and the line end, when still there).
      if (text[i + 1] === '\r') i++;
      if (text[i + 1] === '\n') i++;
    } else {
      literal(char);
    }
  }
  return decoderFor(charset).decode(Uint8Array.from(bytes));
}

function decoderFor(charset: string | null | undefined): TextDecoder {
  try {
    return new TextDecoder(charset?.trim() || 'utf-8');
  } catch {
    return new TextDecoder('utf-8');
  }
}
