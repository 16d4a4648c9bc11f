import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { woffToSfnt } from './woff-to-sfnt';

describe('woffToSfnt', () => {
  it('unpacks the shipped wide font into a TrueType file with the same tables', () => {
    const woff = readFileSync(createRequire(__filename).resolve('@fontsource/unifontex/files/unifontex-latin-400-normal.woff'));
    const sfnt = woffToSfnt(woff);
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4)); // the flavour: 0x00010000 for TrueType outlines
    const tables = sfnt.readUInt16BE(4);
    expect(tables).toBe(woff.readUInt16BE(12));
    expect(sfnt.length).toBe(woff.readUInt32BE(16)); // WOFF's totalSfntSize
    const tags = Array.from({ length: tables }, (_, i) => sfnt.toString('latin1', 12 + i * 16, 16 + i * 16));
    expect(tags).toEqual(expect.arrayContaining(['cmap', 'glyf', 'head', 'hmtx', 'loca']));
  });

  it('refuses a file that is not WOFF 1.0', () => {
    expect(() => woffToSfnt(Buffer.from('wOF2 and more bytes than the header needs to be long enough'))).toThrow(/not a WOFF 1.0 font/u);
  });
});
