/**
 * Parses daily closes from the two layouts the app accepts:
 * - CBOE: `DATE,OPEN,HIGH,LOW,CLOSE` with MM/DD/YYYY dates (VIX_History.csv, SPX_History.csv);
 * - generic: `date,close` with YYYY-MM-DD dates.
 * Header names are case-insensitive; a BOM, CRLF line ends, quotes and blank lines are
 * tolerated. Any bad row rejects the whole file, with line numbers, so an import is all or nothing.
 */
import { isIsoDate, fromUsDate } from '../dates';
import { toHundredths } from '../money';
import type { ApiIssue } from '../api/errors';

export interface ParsedClose {
  date: string;
  closeHundredths: number;
}

export type MarketCsvResult = { ok: true; closes: ParsedClose[] } | { ok: false; issues: ApiIssue[]; totalErrors: number };

const MAX_REPORTED = 20;

export function parseMarketCsv(text: string): MarketCsvResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const headerIndex = lines.findIndex((line) => line.trim() !== '');
  if (headerIndex < 0) return fail([{ path: 'line 1', message: 'the file is empty' }]);
  const header = splitRow(lines[headerIndex] ?? '').map((cell) => cell.toLowerCase());
  const dateColumn = header.indexOf('date');
  const closeColumn = header.indexOf('close');
  if (dateColumn < 0 || closeColumn < 0) {
    return fail([{ path: `line ${headerIndex + 1}`, message: `expected a header with DATE and CLOSE columns (CBOE DATE,OPEN,HIGH,LOW,CLOSE or date,close), found "${(lines[headerIndex] ?? '').slice(0, 80)}"` }]);
  }

  const issues: ApiIssue[] = [];
  let totalErrors = 0;
  const report = (lineNumber: number, message: string) => {
    totalErrors += 1;
    if (issues.length < MAX_REPORTED) issues.push({ path: `line ${lineNumber}`, message });
  };
  const byDate = new Map<string, number>();
  const closes: ParsedClose[] = [];

  for (let i = headerIndex + 1; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    const lineNumber = i + 1;
    const cells = splitRow(line);
    if (cells.length !== header.length) {
      report(lineNumber, `expected ${header.length} columns, found ${cells.length}`);
      continue;
    }
    const dateText = cells[dateColumn] ?? '';
    const date = isIsoDate(dateText) ? dateText : fromUsDate(dateText);
    if (date === null) {
      report(lineNumber, `"${dateText.slice(0, 40)}" is not a date (MM/DD/YYYY or YYYY-MM-DD)`);
      continue;
    }
    const closeText = cells[closeColumn] ?? '';
    const close = Number(closeText);
    if (closeText === '' || !Number.isFinite(close) || close <= 0) {
      report(lineNumber, `close "${closeText.slice(0, 40)}" must be a positive number`);
      continue;
    }
    const closeHundredths = toHundredths(close);
    const seen = byDate.get(date);
    if (seen !== undefined) {
      if (seen !== closeHundredths) report(lineNumber, `${date} appears twice with different closes`);
      continue;
    }
    byDate.set(date, closeHundredths);
    closes.push({ date, closeHundredths });
  }
  if (totalErrors > 0) return { ok: false, issues, totalErrors };
  return { ok: true, closes };
}

function splitRow(line: string): string[] {
  return line.split(',').map((cell) => cell.trim().replace(/^"(.*)"$/, '$1').trim());
}

function fail(issues: ApiIssue[]): MarketCsvResult {
  return { ok: false, issues, totalErrors: issues.length };
}
