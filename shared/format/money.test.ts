import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCents, parseHundredths } from '../money';
import {
  MINUS, decimalText, formatCents, formatCentsCompact, formatCompactDollars, formatDollars, formatHundredths, formatNetPriceWords, formatSignedCents,
  formatStrike,
  formatWholeDollars,
} from './money';

describe('money text', () => {
  it('shows every negative figure with the one minus sign, U+2212', () => {
    expect(MINUS).toBe('\u2212');
    expect(formatCents(-1234)).toBe('−$12.34');
    expect(formatSignedCents(-30200)).toBe('−$302.00');
    expect(formatCentsCompact(-8000)).toBe('−$80');
    expect(formatDollars(-80)).toBe('−$80.00');
    expect(formatWholeDollars(-79.6)).toBe('−$80');
    expect(formatCompactDollars(-1_250_000)).toBe('−$1.25M');
    expect(formatHundredths(-320)).toBe('−3.20');
  });

  it('groups thousands and keeps the cents exact', () => {
    expect(formatCents(125_000)).toBe('$1,250.00');
    expect(formatCents(0)).toBe('$0.00');
    expect(formatSignedCents(199_600)).toBe('+$1,996.00');
    expect(formatSignedCents(0)).toBe('$0.00');
    expect(formatCentsCompact(125_050)).toBe('$1,250.50');
    expect(formatDollars(1234.565)).toBe('$1,234.57');
    expect(formatWholeDollars(1234.5)).toBe('$1,235');
    expect(formatCompactDollars(980_000)).toBe('$980k');
    expect(formatCompactDollars(12_345)).toBe('$12k');
    expect(formatCompactDollars(9_876)).toBe('$9876');
    expect(formatHundredths(560_250)).toBe('5602.50');
    expect(formatStrike(560_000)).toBe('5600');
    expect(formatStrike(560_250)).toBe('5602.50');
    expect(formatNetPriceWords(600)).toBe('6.00 credit');
    expect(formatNetPriceWords(-440)).toBe('4.40 debit');
  });

  it('writes machine text with an ASCII minus that the parsers read back exactly', () => {
    expect(decimalText(-123_456)).toBe('-1234.56');
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
      expect(parseCents(decimalText(n))).toBe(n === 0 ? 0 : n);
      expect(parseHundredths(decimalText(n))).toBe(n === 0 ? 0 : n);
    }));
  });
});
