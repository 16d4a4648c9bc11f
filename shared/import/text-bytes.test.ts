/** The import decoding policy: BOMs and UTF-16 decoded, invalid UTF-8 refused with its line. */
import { describe, expect, it } from 'vitest';
import { decodeTextBytes, detectEncoding, firstInvalidUtf8, type TextEncodingName } from './text-bytes';

const strict = (encoding: TextEncodingName) => new TextDecoder(encoding, { fatal: true });
const decode = (bytes: Uint8Array) => decodeTextBytes(bytes, 'f.csv', strict);
const TEXT = 'date,close,memo\r\n2026-01-02,10,Zürich €\r\n';

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const bytes: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    bytes.push(...(bigEndian ? [unit >> 8, unit & 0xff] : [unit & 0xff, unit >> 8]));
  }
  return Uint8Array.from(bytes);
}

describe('decodeTextBytes', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decode(new TextEncoder().encode(TEXT))).toEqual({ ok: true, text: TEXT, encoding: 'utf-8' });
    expect(decode(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]))).toEqual({ ok: true, text: TEXT, encoding: 'utf-8' });
  });

  it.each([
    ['UTF-16LE with BOM', false, true, 'utf-16le'],
    ['UTF-16BE with BOM', true, true, 'utf-16be'],
    ['UTF-16LE without BOM', false, false, 'utf-16le'],
    ['UTF-16BE without BOM', true, false, 'utf-16be'],
  ] as const)('reads %s', (_, bigEndian, bom, encoding) => {
    expect(decode(utf16(TEXT, bigEndian, bom))).toEqual({ ok: true, text: TEXT, encoding });
  });

  it('refuses Latin-1 bytes with the line and byte, and says what to do', () => {
    const latin1 = Uint8Array.from([...'date,close,memo\n2026-01-02,10,Z'].map((c) => c.charCodeAt(0)).concat([0xfc], [...'rich\n'].map((c) => c.charCodeAt(0))));
    const r = decode(latin1);
    expect(r).toEqual({ ok: false, message: expect.stringContaining('f.csv is not UTF-8 text: byte 0xFC on line 2 (byte 32)') });
    expect(r.ok ? '' : r.message).toContain('save it as UTF-8');
  });

  it('says a UTF-8 file cut inside a multi-byte character may be cut short', () => {
    const bytes = new TextEncoder().encode('date,close,memo\n2026-01-02,10,€');
    expect(decode(bytes.subarray(0, bytes.length - 1))).toEqual({ ok: false, message: expect.stringContaining('the file may be cut short') });
  });

  it('a Latin-1 file whose last byte is an accented letter is called Latin-1, not "cut short"', () => {
    const latin1 = Uint8Array.from([...new TextEncoder().encode('date,kind,note\n2026-01-28,custom,Caf'), 0xe9]);
    const r = decode(latin1);
    expect(r.ok ? '' : r.message).toMatch(/Latin-1/);
    expect(r.ok ? '' : r.message).not.toMatch(/cut short/);
    // A UTF-8 character cut after its first bytes is a cut file, and is not called Latin-1.
    const bytes = new TextEncoder().encode('date,close,memo\n2026-01-02,10,€');
    const cut = decode(bytes.subarray(0, bytes.length - 1));
    expect(cut.ok ? '' : cut.message).not.toMatch(/Latin-1/);
  });

  it('refuses UTF-16 cut in the middle of a code unit, UTF-32, and NUL bytes', () => {
    const cut = utf16(TEXT, false, true);
    expect(decode(cut.subarray(0, cut.length - 1))).toEqual({ ok: false, message: 'f.csv is UTF-16LE text but it ends in the middle of a character (is the file cut short?)' });
    expect(decode(Uint8Array.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]))).toEqual({ ok: false, message: expect.stringContaining('UTF-32') });
    expect(decode(Uint8Array.from([0x61, 0x62, 0x0a, 0x63, 0x00, 0x64]))).toEqual({ ok: false, message: expect.stringContaining('NUL character on line 2') });
  });

  it('reads an empty file as empty text', () => {
    expect(decode(new Uint8Array(0))).toEqual({ ok: true, text: '', encoding: 'utf-8' });
  });

  it('detects encodings and finds the first invalid UTF-8 byte exactly', () => {
    expect(detectEncoding(Uint8Array.from([0x44, 0x41]))).toEqual({ encoding: 'utf-8', bomLength: 0 });
    // Overlong encodings, surrogates and code points past U+10FFFF are invalid (RFC 3629).
    for (const bad of [[0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xff]]) {
      expect(firstInvalidUtf8(Uint8Array.from([0x41, ...bad]))).toBe(1);
    }
    expect(firstInvalidUtf8(new TextEncoder().encode('añ€😀'))).toBe(10);
  });
});
