import { describe, expect, it } from 'vitest';
import { nearestVixExpiration, nextVixExpirations, vixExpiration } from './vix-expirations';

describe('VIX expirations', () => {
  it('is the Wednesday 30 days before the next month’s third Friday', () => {
    expect(vixExpiration(2026, 1)).toBe('2026-01-21');
    expect(vixExpiration(2026, 6)).toBe('2026-06-17');
    expect(vixExpiration(2025, 12)).toBe('2025-12-17');
  });

  it('counts back from Thursday when the third Friday is a holiday (Juneteenth 2026)', () => {
    expect(vixExpiration(2026, 5)).toBe('2026-05-19');
  });

  it('moves to the day before when the Wednesday is a holiday (Juneteenth 2024)', () => {
    expect(vixExpiration(2024, 6)).toBe('2024-06-18');
  });

  it('lists and picks upcoming expirations', () => {
    expect(nextVixExpirations('2026-06-17', 2)).toEqual(['2026-07-22', '2026-08-19']);
    expect(nearestVixExpiration('2026-06-05', 30)).toBe('2026-07-22'); // target 07-05: 06-17 is 18 days off, 07-22 is 17
    expect(nearestVixExpiration('2026-06-10', 30)).toBe('2026-07-22');
  });
});
