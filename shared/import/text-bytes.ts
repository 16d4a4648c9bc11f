/**
 * Turns an imported file's bytes into text, the same way in the CLI and in the renderer.
 *
 * Policy (docs/import.md):
 * - a byte-order mark decides: UTF-8 (EF BB BF), UTF-16LE (FF FE), UTF-16BE (FE FF);
 * - without one, a file whose first two bytes are an ASCII character and a zero (or the
 *   reverse) is UTF-16LE (BE) — what Excel's "Unicode text" writes when the BOM was lost;
 * - everything else must be valid UTF-8. Invalid UTF-8 (typically a Latin-1 / Windows-1252
 *   export) is refused with the line and byte, not guessed: a wrong guess would silently
 *   change the text of notes, and market files are plain ASCII anyway.
 * - UTF-32 and text containing NUL characters are refused.
 *
 * The platform's decoder is injected (`TextDecoder` in Node and in browsers) so this module
 * stays free of platform types; it must throw on malformed input (`{ fatal: true }`).
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface StrictDecoder {
  decode(bytes: Uint8Array): string;
}

/** Returns a decoder for `encoding` that throws on malformed input. */
export type StrictDecoderFactory = (encoding: TextEncodingName) => StrictDecoder;

export type DecodedText = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; message: string };

interface Detected {
  encoding: TextEncodingName;
  bomLength: number;
}

/** The encoding the bytes announce (BOM) or plainly show (ASCII + zero pairs); UTF-8 otherwise. */
export function detectEncoding(bytes: Uint8Array): Detected | { unsupported: string } {
  const [b0, b1, b2, b3] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (b0 === 0xff && b1 === 0xfe) return b2 === 0 && b3 === 0 ? { unsupported: 'UTF-32' } : { encoding: 'utf-16le', bomLength: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return { unsupported: 'UTF-32' };
  if (bytes.length >= 2 && b0 !== undefined && b1 !== undefined) {
    if (b0 !== 0 && b0 < 0x80 && b1 === 0) return { encoding: 'utf-16le', bomLength: 0 };
    if (b0 === 0 && b1 !== 0 && b1 < 0x80) return { encoding: 'utf-16be', bomLength: 0 };
  }
  return { encoding: 'utf-8', bomLength: 0 };
}

/** Decodes an imported file; `name` appears in the messages. */
export function decodeTextBytes(bytes: Uint8Array, name: string, makeDecoder: StrictDecoderFactory): DecodedText {
  const detected = detectEncoding(bytes);
  if ('unsupported' in detected) return { ok: false, message: `${name} is ${detected.unsupported} text, which is not supported; save it as UTF-8 (or UTF-16) and import it again` };
  const body = bytes.subarray(detected.bomLength);
  let text: string;
  try {
    text = makeDecoder(detected.encoding).decode(body);
  } catch {
    return { ok: false, message: describeBadBytes(body, name, detected.encoding) };
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return { ok: false, message: `${name} contains a NUL character on line ${lineOf(text, nul)}: it is not a text file (or is UTF-16 without a byte-order mark)` };
  return { ok: true, text, encoding: detected.encoding };
}

function describeBadBytes(body: Uint8Array, name: string, encoding: TextEncodingName): string {
  if (encoding !== 'utf-8') {
    const cut = body.length % 2 === 1 ? ' it ends in the middle of a character (is the file cut short?)' : ' it holds an unpaired surrogate';
    return `${name} is ${encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE'} text but${cut}`;
  }
  const offset = firstInvalidUtf8(body);
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (body[i] === 0x0a) line += 1;
  const byte = (body[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  if (cutInsideCharacter(body, offset)) return `${name} is not complete UTF-8 text: it ends in the middle of a character on line ${line} (byte ${offset + 1}); the file may be cut short — export or copy it again`;
  return `${name} is not UTF-8 text: byte 0x${byte} on line ${line} (byte ${offset + 1}) is not valid UTF-8. It looks like a Latin-1/Windows-1252 export: save it as UTF-8 (or UTF-16) and import it again`;
}

/**
 * The bad bytes are the start of a UTF-8 character the file stops inside: a lead byte with
 * at least one of its continuation bytes (one lone accented Latin-1 letter at the very end,
 * `Café`, is not evidence of a cut).
 */
function cutInsideCharacter(body: Uint8Array, offset: number): boolean {
  const rest = body.subarray(offset);
  return rest.length >= 2 && rest.length <= 3 && isLeadByte(rest[0] ?? 0) && rest.subarray(1).every((b) => b >= 0x80 && b <= 0xbf);
}

function isLeadByte(byte: number): boolean {
  return byte >= 0xc2 && byte <= 0xf4;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence (RFC 3629). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let min: number;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b === 0xe0) [need, min] = [2, 0xa0];
    else if (b === 0xed) [need, min, max] = [2, 0x80, 0x9f];
    else if (b >= 0xe1 && b <= 0xef) [need, min] = [2, 0x80];
    else if (b === 0xf0) [need, min] = [3, 0x90];
    else if (b === 0xf4) [need, min, max] = [3, 0x80, 0x8f];
    else if (b >= 0xf1 && b <= 0xf3) [need, min] = [3, 0x80];
    else return i;
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      const [lo, hi] = k === 1 ? [min, max] : [0x80, 0xbf];
      if (c === undefined || c < lo || c > hi) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line += 1;
  }
  return line;
}

/**
 * True when text holds U+FFFD (what a lenient decoder puts for bytes it could not read) or NUL:
 * the importers refuse such lines, whoever decoded the file.
 */
export function hasUndecoded(text: string): boolean {
  return text.includes('\uFFFD') || text.includes('\u0000');
}
