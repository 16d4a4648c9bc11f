import { addDays, weekday } from '../../../shared/dates';

export interface DatedValue {
  date: string;
  value: number;
}

/**
 * lightweight-charts spaces points by index, not by date, so a curve with points on 05-01,
 * 05-02 and 06-30 draws the two-month gap as wide as one day. Carrying each value forward over
 * every weekday in between puts the points on a true time axis (weekends are left out: nothing
 * is realised on them, and an SPX trader reads a business-day axis). Points must be date-sorted.
 */
export function dailySteps(points: readonly DatedValue[]): { time: string; value: number }[] {
  const result: { time: string; value: number }[] = [];
  for (const [i, point] of points.entries()) {
    result.push({ time: point.date, value: point.value });
    const next = points[i + 1];
    if (!next) break;
    for (let day = addDays(point.date, 1); day < next.date; day = addDays(day, 1)) {
      const dow = weekday(day);
      if (dow !== 0 && dow !== 6) result.push({ time: day, value: point.value });
    }
  }
  return result;
}
