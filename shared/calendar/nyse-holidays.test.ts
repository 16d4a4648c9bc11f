import { describe, expect, it } from 'vitest';
import { easterSunday } from './easter';
import { nyseClosures } from './nyse-holidays';

const datesOf = (year: number) => nyseClosures(year).map((c) => c.date);

describe('easterSunday', () => {
  it.each([
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2038, '2038-04-25'],
  ])('%i → %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe('nyseClosures', () => {
  it('lists the 2026 holidays (Good Friday 04-03, Juneteenth on a Friday, July 4 on Saturday → Friday 07-03)', () => {
    expect(datesOf(2026)).toEqual([
      '2026-01-01', '2026-01-19', '2026-02-16', '2026-04-03', '2026-05-25', '2026-06-19',
      '2026-07-03', '2026-09-07', '2026-11-26', '2026-12-25',
    ]);
  });

  it('lists the 2025 holidays including the Carter day of mourning', () => {
    expect(datesOf(2025)).toEqual([
      '2025-01-01', '2025-01-09', '2025-01-20', '2025-02-17', '2025-04-18', '2025-05-26', '2025-06-19',
      '2025-07-04', '2025-09-01', '2025-11-27', '2025-12-25',
    ]);
  });

  it('observes a Saturday Christmas on the Friday before (2027-12-24)', () => {
    expect(datesOf(2027)).toContain('2027-12-24');
    expect(datesOf(2027)).not.toContain('2027-12-25');
  });

  it('does not observe a Saturday New Year on the prior Friday (2022-01-01 → 2021-12-31 open)', () => {
    expect(datesOf(2021)).not.toContain('2021-12-31');
    expect(datesOf(2022)).not.toContain('2022-01-01');
    expect(datesOf(2022)[0]).toBe('2022-01-17');
  });

  it('observes a Sunday holiday on the Monday after (Juneteenth 2022-06-20, New Year 2023-01-02)', () => {
    expect(datesOf(2022)).toContain('2022-06-20');
    expect(datesOf(2023)).toContain('2023-01-02');
  });

  it('starts MLK Day in 1998 and Juneteenth in 2022', () => {
    expect(nyseClosures(1997).some((c) => c.name.startsWith('Martin'))).toBe(false);
    expect(datesOf(1998)).toContain('1998-01-19');
    expect(nyseClosures(2021).some((c) => c.name.startsWith('Juneteenth'))).toBe(false);
  });

  it('names special closures', () => {
    const sandy = nyseClosures(2012).filter((c) => c.kind === 'special');
    expect(sandy.map((c) => c.date)).toEqual(['2012-10-29', '2012-10-30']);
    expect(datesOf(2001)).toEqual(expect.arrayContaining(['2001-09-11', '2001-09-12', '2001-09-13', '2001-09-14']));
  });
});
