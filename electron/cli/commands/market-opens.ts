/**
 * The OPEN column of a CBOE-layout history (`DATE,OPEN,HIGH,LOW,CLOSE`, MM/DD/YYYY or YYYY-MM-DD
 * dates), for the backtest's settlement of AM-settled SPX monthlies and VIX options. A file without
 * an OPEN column (generic `date,close`) gives no opens; the backtest then settles at the close
 * and docs/backtest.md says so. Rows whose open does not parse are skipped (the close parser
 * reports bad rows).
 */
import { parseHundredths } from '../../../shared/money';

function isoDate(text: string): string | null {
  const us = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  if (us !== null) return `${us[3] ?? ''}-${us[1] ?? ''}-${us[2] ?? ''}`;
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : null;
}

/** date → OPEN in hundredths of a point (rounded), from CSV text. */
export function opensFromCsv(text: string): Map<string, number> {
  const lines = text.split(/\r?\n/);
  const header = (lines[0] ?? '').split(',').map((h) => h.trim().toUpperCase());
  const dateCol = header.indexOf('DATE');
  const openCol = header.indexOf('OPEN');
  const opens = new Map<string, number>();
  if (dateCol < 0 || openCol < 0) return opens;
  for (const line of lines.slice(1)) {
    const cells = line.split(',');
    const date = isoDate((cells[dateCol] ?? '').trim());
    const value = Number((cells[openCol] ?? '').trim());
    if (date === null || !(value > 0)) continue;
    const hundredths = parseHundredths(value.toFixed(2));
    if (hundredths !== null) opens.set(date, hundredths);
  }
  return opens;
}
