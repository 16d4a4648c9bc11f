/**
 * WOFF 1.0 → plain TrueType/OpenType (sfnt), so the PDF's wide font loads fast: fontkit reads a
 * WOFF by inflating a table on every access (seconds for a 65,000-glyph font), an sfnt directly.
 * WOFF is the sfnt's tables, each zlib-deflated, behind a 44-byte header and a 20-byte directory
 * entry per table (https://www.w3.org/TR/WOFF/#OverallStructure); undoing it is exact.
 */
import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

interface Table { tag: number; checksum: number; data: Buffer }

const padded = (length: number) => (length + 3) & ~3;

export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.length < WOFF_HEADER || woff.readUInt32BE(0) !== WOFF_SIGNATURE) throw new Error('not a WOFF 1.0 font (no wOFF signature)');
  const flavor = woff.readUInt32BE(4);
  const count = woff.readUInt16BE(12);
  const tables: Table[] = [];
  for (let i = 0; i < count; i += 1) {
    const at = WOFF_HEADER + i * WOFF_ENTRY;
    const offset = woff.readUInt32BE(at + 4);
    const compressed = woff.readUInt32BE(at + 8);
    const original = woff.readUInt32BE(at + 12);
    const stored = woff.subarray(offset, offset + compressed);
    // A table is stored as is when deflating would not have made it smaller.
    const data = compressed < original ? inflateSync(stored) : stored;
    if (data.length !== original) throw new Error(`WOFF table ${i}: ${data.length} bytes after inflating, ${original} expected`);
    tables.push({ tag: woff.readUInt32BE(at), checksum: woff.readUInt32BE(at + 16), data });
  }
  const entrySelector = Math.floor(Math.log2(Math.max(1, count)));
  const searchRange = 2 ** entrySelector * SFNT_ENTRY;
  const out = Buffer.alloc(SFNT_HEADER + count * SFNT_ENTRY + tables.reduce((sum, t) => sum + padded(t.data.length), 0));
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(count, 4);
  out.writeUInt16BE(searchRange, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(count * SFNT_ENTRY - searchRange, 10);
  let offset = SFNT_HEADER + count * SFNT_ENTRY;
  tables.forEach((table, i) => {
    const at = SFNT_HEADER + i * SFNT_ENTRY;
    out.writeUInt32BE(table.tag, at);
    out.writeUInt32BE(table.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(table.data.length, at + 12);
    table.data.copy(out, offset);
    offset += padded(table.data.length);
  });
  return out;
}
