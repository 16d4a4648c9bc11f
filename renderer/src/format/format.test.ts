import { describe, expect, it } from 'vitest';
import { dollarsText, formatCentsCompact } from './money';
import { formatNetPrice, formatStrike, splitNetPrice } from './points';
import { formatCondorStrikes } from './strikes';
import { parseTags } from './tags';

describe('renderer formats', () => {
  it('shows strikes without needless decimals', () => {
    expect(formatStrike(560000)).toBe('5600');
    expect(formatStrike(560250)).toBe('5602.50');
    expect(formatCondorStrikes({ putLong: 550000, putShort: 555000, callShort: 590000, callLong: 595000 })).toBe('5500/5550 · 5900/5950');
  });

  it('labels net prices as credit or debit', () => {
    expect(formatNetPrice(1250)).toBe('12.50 cr');
    expect(formatNetPrice(-320)).toBe('3.20 db');
    expect(splitNetPrice(-320)).toEqual({ text: '3.20', direction: 'debit' });
  });

  it('formats money for hints and inputs', () => {
    expect(formatCentsCompact(125_000)).toBe('$1,250');
    expect(formatCentsCompact(125_050)).toBe('$1,250.50');
    expect(dollarsText(150)).toBe('1.50');
    expect(dollarsText(123_456)).toBe('1234.56');
  });

  it('splits, trims and dedupes tags', () => {
    expect(parseTags(' vix, hedge ,, vix ')).toEqual(['vix', 'hedge']);
  });
});
