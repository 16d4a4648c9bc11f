import { describe, expect, it } from 'vitest';
import { dailySteps } from './daily-steps';

describe('dailySteps (a time axis for an index-spaced chart)', () => {
  it('carries each value over the weekdays until the next point, skipping weekends', () => {
    // 2026-06-05 is a Friday; the next point is Wednesday 06-10.
    const steps = dailySteps([{ date: '2026-06-05', value: 100 }, { date: '2026-06-10', value: 250 }]);
    expect(steps).toEqual([
      { time: '2026-06-05', value: 100 }, { time: '2026-06-08', value: 100 }, { time: '2026-06-09', value: 100 }, { time: '2026-06-10', value: 250 },
    ]);
  });

  it('makes a two-month gap (05-04 → 07-01, 42 weekdays) 42 slots wide and a Friday→Monday gap one slot wide', () => {
    const steps = dailySteps([{ date: '2026-05-01', value: 1 }, { date: '2026-05-04', value: 2 }, { date: '2026-07-01', value: 3 }]);
    const at = (d: string) => steps.findIndex((s) => s.time === d);
    expect(at('2026-05-04') - at('2026-05-01')).toBe(1);
    expect(at('2026-07-01') - at('2026-05-04')).toBe(42);
  });
});
