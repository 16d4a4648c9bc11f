import { describe, expect, it } from 'vitest';
import { dateMarkers, firstOnOrAfter } from './date-markers';

describe('date markers', () => {
  const bars = ['2026-06-05', '2026-06-08', '2026-06-09'];

  it('finds the first bar on or after a date', () => {
    expect(firstOnOrAfter(bars, '2026-06-06')).toBe(1);
    expect(firstOnOrAfter(bars, '2026-06-05')).toBe(0);
    expect(firstOnOrAfter(bars, '2026-07-01')).toBe(3);
  });

  it('puts a weekend mark on Monday, joins marks on one bar and drops marks outside the data', () => {
    const markers = dateMarkers([
      { date: '2026-06-09', label: 'CPI', color: 'orange' },
      { date: '2026-06-06', label: 'custom', color: 'grey' },
      { date: '2026-06-08', label: 'FOMC', color: 'red' },
      { date: '2026-06-20', label: 'PPI', color: 'gold' },
      { date: '2026-05-01', label: 'NFP', color: 'violet' },
    ], bars);
    expect(markers.map((m) => [m.time, m.text, m.color])).toEqual([['2026-06-08', 'custom · FOMC', 'grey'], ['2026-06-09', 'CPI', 'orange']]);
  });
});
