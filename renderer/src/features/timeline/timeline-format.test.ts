import { describe, expect, it } from 'vitest';
import { amountParts, dayHeading, groupByDay } from './timeline-format';

describe('timeline display', () => {
  it('shows ticket amounts with their units', () => {
    expect(amountParts({ netPriceHundredths: -300, quantity: 1, cashCents: -30_200, feesCents: 200 }).map((p) => p.text)).toEqual(['1 × 3.00 pts db', '−$302.00', '$2.00']);
    expect(amountParts({ netPriceHundredths: 1000, quantity: 2, cashCents: 199_600, feesCents: 0 }).map((p) => p.text)).toEqual(['2 × 10.00 pts cr', '+$1,996.00']);
    expect(amountParts({})).toEqual([]);
  });

  it('groups consecutive items by day and names the weekday', () => {
    expect(groupByDay([{ date: 'b', n: 1 }, { date: 'b', n: 2 }, { date: 'a', n: 3 }]).map((g) => [g.date, g.items.length])).toEqual([['b', 2], ['a', 1]]);
    expect(dayHeading('2026-04-15')).toBe('2026-04-15 · Wednesday');
  });
});
