import { DossierError } from '../core/errors.js';

/**
 * Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, or, when the bytes are not valid
 * UTF-8, Windows-1252 (old news archives are Latin-1: a lone 0xA3 is "£"). CRLF and lone CR become LF.
 * Binary input (NUL bytes, or many control characters) is refused, naming the input.
 */
export function decodeText(bytes: Uint8Array, origin: string): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    if (looksBinary(bytes)) throw new DossierError('BINARY_INPUT', `${origin}: binary data, not text, HTML or JSON`);
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); // drops a UTF-8 BOM
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
    }
  }
  return normalizeNewlines(text);
}

export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Binary files hold NUL bytes or many control characters early on; text in any 8-bit encoding does not. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return n > 0 && control / n > 0.05;
}

export function requireNonEmpty(text: string, origin: string): string {
  if (text.trim().length === 0) throw new DossierError('EMPTY_INPUT', `${origin}: input is empty or only whitespace`);
  return text;
}
