import { DossierError } from '../core/errors.js';

/**
 * Bytes to text: UTF-8 (with or without BOM) or UTF-16 with a BOM; CRLF and lone CR become LF.
 * Binary input (NUL bytes, or mostly control characters) is refused, naming the input.
 */
export function decodeText(bytes: Uint8Array, origin: string): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    if (looksBinary(bytes)) throw new DossierError('BINARY_INPUT', `${origin}: binary data, not text, HTML or JSON`);
    text = new TextDecoder('utf-8').decode(bytes); // drops a UTF-8 BOM; invalid bytes become U+FFFD
  }
  return normalizeNewlines(text);
}

export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  if (n > 0 && control / n > 0.05) return true;
  // Invalid UTF-8 throughout (an image, a zip) rather than one stray byte.
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n));
    return false;
  } catch {
    // A cut multi-byte character at the 8 KiB edge is not binary: retry a little shorter.
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, Math.max(0, n - 4)));
      return false;
    } catch {
      return bytes.length > 64;
    }
  }
}

export function requireNonEmpty(text: string, origin: string): string {
  if (text.trim().length === 0) throw new DossierError('EMPTY_INPUT', `${origin}: input is empty or only whitespace`);
  return text;
}
