import { describe, expect, it } from 'vitest';
import { addMonths, scrubDate, scrubHint, scrubIndex, scrubKeyTarget, scrubSpan, scrubValueText } from './as-of-scrub';

describe('the as-of slider: one step per calendar day from the book start to today', () => {
  it('spans the first layer (or first close) to today, and hides when nothing lies before today', () => {
    expect(scrubSpan('2026-05-04', '2026-06-10', '2026-07-09')).toEqual({ first: '2026-05-04', last: '2026-07-09' });
    expect(scrubSpan(null, '2026-06-10', '2026-07-09')).toBeNull();
    expect(scrubSpan('2026-07-09', '2026-07-09', '2026-07-09')).toBeNull();
    // A date typed before the book's start widens the span, so the slider still shows the value.
    expect(scrubSpan('2026-05-04', '2026-04-30', '2026-07-09')?.first).toBe('2026-04-30');
  });

  it('maps positions to calendar days, across month ends and leap days', () => {
    const span = { first: '2024-02-27', last: '2024-03-05' };
    expect(scrubDate(span, 2)).toBe('2024-02-29');
    expect(scrubDate(span, 3)).toBe('2024-03-01');
    expect(scrubIndex(span, '2024-03-05')).toBe(7);
    expect(scrubIndex(span, '2024-04-01')).toBe(7); // clamped to the end
  });

  it('moves a calendar month on PageUp / PageDown, clamped to the span; other keys stay native', () => {
    const span = { first: '2026-05-04', last: '2026-07-09' };
    expect(scrubKeyTarget('PageUp', '2026-05-31', span)).toBe('2026-06-30');
    expect(scrubKeyTarget('PageDown', '2026-06-30', span)).toBe('2026-05-30');
    expect(scrubKeyTarget('PageDown', '2026-05-20', span)).toBe('2026-05-04');
    expect(scrubKeyTarget('PageUp', '2026-06-20', span)).toBe('2026-07-09');
    expect(scrubKeyTarget('ArrowRight', '2026-06-20', span)).toBeNull();
    expect(scrubKeyTarget('Home', '2026-06-20', span)).toBeNull();
  });

  it('adds months with the month-end rule, across years', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2026-03-31', -13)).toBe('2025-02-28');
  });

  it('says the date with its weekday', () => {
    expect(scrubValueText('2026-06-10')).toBe('2026-06-10, Wednesday');
    // Before 1970 too: the stored SPX history starts on a Friday in 1927.
    expect(scrubValueText('1927-12-30')).toBe('1927-12-30, Friday');
    expect(scrubValueText('1969-12-31')).toBe('1969-12-31, Wednesday');
    expect(scrubHint('2026-06-10', '2026-07-07')).toBe('Wed · 27 days ago');
    expect(scrubHint('2026-07-07', '2026-07-07')).toBe('Tue · today');
    expect(scrubHint('2026-07-06', '2026-07-07')).toBe('Mon · 1 day ago');
  });
});
