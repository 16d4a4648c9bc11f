/**
 * Cross-checks the calendar against real SPX history: every date with an SPX close must be
 * a trading day, and every trading day must have a close — from 1990 (the brief's range) and
 * from 1971 (the calendar's stated range, which needs the pre-1990 special closures).
 * The file is a test input only (tests may use Node). Known disagreements would be listed
 * below with their reason; there are none.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromUsDate } from '../dates';
import { isTradingDay, nextTradingDay } from './trading-days';

const SPX_FILE = new URL('../../../shared/data/market/SPX_History.csv', import.meta.url);

/** Trading days the file lacks, with why (empty: none known). */
const KNOWN_MISSING_IN_FILE: Record<string, string> = {};
/** Dates the file has although NYSE was closed (empty: none known). */
const KNOWN_EXTRA_IN_FILE: Record<string, string> = {};

function spxDates(from: string): string[] {
  const lines = readFileSync(SPX_FILE, 'utf8').split(/\r?\n/).slice(1);
  const dates: string[] = [];
  for (const line of lines) {
    const date = fromUsDate(line.split(',')[0] ?? '');
    if (date !== null && date >= from) dates.push(date);
  }
  return dates;
}

// The data folder sits beside the repository (/work/shared/data); skip, saying so, where it is absent.
if (!existsSync(SPX_FILE)) console.warn(`SKIPPING calendar vs SPX history: ${SPX_FILE} is missing (the project's shared/ folder belongs beside the checkout).`);
describe.skipIf(!existsSync(SPX_FILE)).each([['1990-01-01', 9000], ['1971-01-01', 13900]] as const)('calendar vs SPX_History.csv since %s', (from, minRows) => {
  const dates = existsSync(SPX_FILE) ? spxDates(from) : [];
  const first = dates[0] ?? from;
  const last = dates[dates.length - 1] ?? from;

  it('has data to compare', () => {
    expect(dates.length).toBeGreaterThan(minRows);
  });

  it('every SPX date is a trading day', () => {
    const extra = dates.filter((d) => !isTradingDay(d) && !(d in KNOWN_EXTRA_IN_FILE));
    expect(extra).toEqual([]);
  });

  it('every trading day has an SPX close', () => {
    const have = new Set(dates);
    const missing: string[] = [];
    for (let d = first; d <= last; d = nextTradingDay(d)) if (!have.has(d) && !(d in KNOWN_MISSING_IN_FILE)) missing.push(d);
    expect(missing).toEqual([]);
  });
});
