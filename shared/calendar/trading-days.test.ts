import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, dayNumber } from '../dates';
import { addTradingDays, closureReason, isTradingDay, nextTradingDay, previousTradingDay, rollToTradingDay, tradingDaysBetween } from './trading-days';

const anyDate = fc.integer({ min: dayNumber('1990-01-01'), max: dayNumber('2040-12-31') }).map(fromDayNumber);

describe('isTradingDay', () => {
  it('knows weekends, holidays and ordinary days', () => {
    expect(isTradingDay('2026-04-03')).toBe(false); // Good Friday
    expect(isTradingDay('2026-06-19')).toBe(false); // Juneteenth, a Friday
    expect(isTradingDay('2027-12-24')).toBe(false); // Christmas (Sat) observed
    expect(isTradingDay('2021-12-31')).toBe(true); // New Year 2022 (Sat) not observed
    expect(isTradingDay('2026-06-06')).toBe(false); // Saturday
    expect(isTradingDay('2026-06-05')).toBe(true);
    expect(isTradingDay('2025-01-09')).toBe(false); // Carter
  });

  it('explains closures', () => {
    expect(closureReason('2026-04-03')).toBe('Good Friday');
    expect(closureReason('2026-06-07')).toBe('Sunday');
    expect(closureReason('2026-06-08')).toBeNull();
  });
});

describe('stepping', () => {
  it('skips weekends and holidays', () => {
    expect(nextTradingDay('2026-04-02')).toBe('2026-04-06'); // over Good Friday + weekend
    expect(previousTradingDay('2026-04-06')).toBe('2026-04-02');
    expect(nextTradingDay('2026-06-18')).toBe('2026-06-22');
    expect(rollToTradingDay('2026-07-04', 'back')).toBe('2026-07-02');
    expect(rollToTradingDay('2026-07-04', 'forward')).toBe('2026-07-06');
    expect(rollToTradingDay('2026-07-06', 'back')).toBe('2026-07-06');
  });

  it('adds trading days in both directions', () => {
    expect(addTradingDays('2026-06-04', 2)).toBe('2026-06-08'); // Thu → Fri, Mon
    expect(addTradingDays('2026-06-06', 1)).toBe('2026-06-08'); // from a Saturday
    expect(addTradingDays('2026-04-02', 1)).toBe('2026-04-06');
    expect(addTradingDays('2026-04-06', -1)).toBe('2026-04-02');
    expect(addTradingDays('2026-06-06', 0)).toBe('2026-06-06');
    expect(() => addTradingDays('2026-06-06', 1.5)).toThrow(RangeError);
  });

  it('counts trading days in (a, b]', () => {
    expect(tradingDaysBetween('2026-06-05', '2026-06-08')).toBe(1);
    expect(tradingDaysBetween('2026-06-08', '2026-06-05')).toBe(-1);
    expect(tradingDaysBetween('2026-04-02', '2026-04-06')).toBe(1);
    expect(tradingDaysBetween('2025-12-31', '2026-12-31')).toBe(251); // 261 weekdays − 10 holidays
    expect(tradingDaysBetween('2026-06-05', '2026-06-05')).toBe(0);
  });
});

describe('properties', () => {
  it('addTradingDays and tradingDaysBetween are inverse', () => {
    fc.assert(fc.property(anyDate, fc.integer({ min: -40, max: 40 }), (date, n) => {
      const target = addTradingDays(date, n);
      if (n >= 0 || isTradingDay(date)) expect(tradingDaysBetween(date, target)).toBe(n);
      expect(tradingDaysBetween(target, date)).toBe(-tradingDaysBetween(date, target) || 0);
      if (n !== 0) expect(isTradingDay(target)).toBe(true);
    }));
  });

  it('nextTradingDay is the smallest later trading day', () => {
    fc.assert(fc.property(anyDate, (date) => {
      const next = nextTradingDay(date);
      expect(next > date).toBe(true);
      for (let d = addDays(date, 1); d < next; d = addDays(d, 1)) expect(isTradingDay(d)).toBe(false);
    }));
  });

  it('rolling lands on a trading day no further than the next/previous one', () => {
    fc.assert(fc.property(anyDate, (date) => {
      const back = rollToTradingDay(date, 'back');
      const forward = rollToTradingDay(date, 'forward');
      expect(isTradingDay(back) && isTradingDay(forward)).toBe(true);
      expect(back <= date && forward >= date).toBe(true);
      expect(tradingDaysBetween(back, forward)).toBe(isTradingDay(date) ? 0 : 1);
    }));
  });
});
