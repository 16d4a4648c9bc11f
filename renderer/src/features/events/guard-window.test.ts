import { describe, expect, it } from 'vitest';
import type { EconomicEvent } from '../../../../shared/domain/types';
import { guardWindow } from './guard-window';

const event = (id: number, date: string, kind: EconomicEvent['kind']): EconomicEvent => ({ id, date, kind, note: '' });
const settings = { eventGuardTradingDays: 2, guardedEventKinds: ['FOMC', 'CPI', 'PPI'] as ('FOMC' | 'CPI' | 'PPI')[] };

describe('guardWindow', () => {
  it('guards through the 2nd trading day after today, as the event-guard rule does', () => {
    // Thursday 2026-06-04: Monday the 8th is 2 trading days away (guarded), Tuesday the 9th is 3.
    const window = guardWindow('2026-06-04', [event(1, '2026-06-08', 'CPI'), event(2, '2026-06-09', 'FOMC')], settings);
    expect(window.end).toBe('2026-06-08');
    expect(window.guarded.map((g) => [g.event.id, g.tradingDaysAway])).toEqual([[1, 2]]);
    expect(window.holdUntil).toBe('2026-06-09');
    expect(window.days.map((d) => [d.date, d.inWindow])).toEqual([
      ['2026-06-04', true], ['2026-06-05', true], ['2026-06-08', true], ['2026-06-09', false], ['2026-06-10', false], ['2026-06-11', false],
    ]);
  });

  it('ignores kinds that are not guarded and past events, and files a weekend event under Monday', () => {
    const window = guardWindow('2026-06-04', [event(1, '2026-06-05', 'NFP'), event(2, '2026-06-03', 'CPI'), event(3, '2026-06-06', 'custom')], settings);
    expect(window.guarded).toEqual([]);
    expect(window.holdUntil).toBeNull();
    expect(window.days.find((d) => d.date === '2026-06-08')?.events.map((e) => e.id)).toEqual([3]);
  });

  it('counts across Good Friday', () => {
    // Wednesday 2026-04-01: Good Friday 04-03 is closed, so the window ends Monday 04-06.
    expect(guardWindow('2026-04-01', [], settings).end).toBe('2026-04-06');
  });
});
