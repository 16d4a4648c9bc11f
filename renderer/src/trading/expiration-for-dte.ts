import { addDays, weekday } from '../../../shared/dates';

/**
 * The expiration about `dte` calendar days after `openedOn`: SPXW lists every weekday, so a
 * weekend target falls back to the Friday before. Exchange holidays are the user's to correct.
 */
export function expirationForDte(openedOn: string, dte: number): string {
  const target = addDays(openedOn, dte);
  const day = weekday(target);
  if (day === 6) return addDays(target, -1);
  if (day === 0) return addDays(target, -2);
  return target;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function weekdayName(isoDate: string): string {
  return WEEKDAYS[weekday(isoDate)] ?? '';
}
