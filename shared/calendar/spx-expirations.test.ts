import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import { isListedSpxExpiration, isSpxMonthly, spxExpirationFor, spxMonthlyExpiration } from './spx-expirations';

describe('SPX expirations that existed', () => {
  it('monthlies: third Friday, or the Thursday before a Good Friday holiday', () => {
    expect(spxMonthlyExpiration(1997, 10)).toBe('1997-10-17');
    expect(spxMonthlyExpiration(2025, 4)).toBe('2025-04-17'); // Good Friday 2025-04-18
    expect(isSpxMonthly('2026-07-17')).toBe(true);
    expect(isSpxMonthly('2026-07-10')).toBe(false);
  });

  it('no weekly before 2005-11-04, no Wednesday before 2016-03-02, no Monday before 2016-08-22, Tuesday/Thursday from 2022', () => {
    expect(isListedSpxExpiration('2005-10-28')).toBe(false); // a Friday, not the third
    expect(isListedSpxExpiration('2005-11-04')).toBe(true);
    expect(isListedSpxExpiration('2016-02-24')).toBe(false);
    expect(isListedSpxExpiration('2016-03-02')).toBe(true);
    expect(isListedSpxExpiration('2016-08-15')).toBe(false);
    expect(isListedSpxExpiration('2016-08-22')).toBe(true);
    expect(isListedSpxExpiration('2022-04-12')).toBe(false);
    expect(isListedSpxExpiration('2022-04-19')).toBe(true);
    expect(isListedSpxExpiration('2022-05-05')).toBe(false);
    expect(isListedSpxExpiration('2022-05-12')).toBe(true);
    expect(isListedSpxExpiration('2026-07-04')).toBe(false); // Saturday
  });

  it('every expiration chosen from 1990 to 2005-08 is a monthly third Friday (SPX, AM-settled)', () => {
    for (let d = '1990-01-02'; d < '2005-09-01'; d = addDays(d, 5)) {
      for (const dte of [30, 45]) {
        const e = spxExpirationFor(d, dte, 22);
        expect(e.root).toBe('SPX');
        expect(isSpxMonthly(e.date)).toBe(true);
        expect(e.date > addDays(d, 21)).toBe(true);
      }
    }
  });
});
