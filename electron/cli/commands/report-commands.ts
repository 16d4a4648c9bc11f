import { existsSync, mkdirSync } from 'node:fs';
import { writeChunksAtomic, writeFileAtomic } from '../../backend/backup/atomic-file';
import { join } from 'node:path';
import { portfolioBacktest } from '../../backend/backtest/journal-backtest';
import { gatherReportData } from '../../backend/reports/report-data';
import { CSV_FILE_NAMES, CSV_FORMATS, renderReportFile } from '../../backend/reports/report-files';
import { today } from '../../backend/context';
import { CliError, date, optional, required } from '../cli-args';
import type { CliCommand } from '../cli-context';
import { findPortfolioId } from './lookup';

const FORMATS = ['pdf', 'csv', 'json'] as const;
const PAPERS = ['a4', 'letter'] as const;

function oneOf<T extends string>(allowed: readonly T[], text: string, flag: string): T {
  const match = allowed.find((a) => a === text.toLowerCase());
  if (match === undefined) throw new CliError(`--${flag} must be one of ${allowed.join(', ')}, got "${text}"`);
  return match;
}

/** Refuses to replace anything: a report is a record, and an old one may be the only copy. */
function refuseExisting(paths: readonly string[]): void {
  const taken = paths.find((p) => existsSync(p));
  if (taken !== undefined) throw new CliError(`${taken} already exists; choose another --out (reports never overwrite a file)`);
}

/** --from / --to, each optional (null = open-ended), in order. */
function reportRange(values: Record<string, unknown>): { from: string | null; to: string | null } {
  const fromText = optional(values, 'from');
  const toText = optional(values, 'to');
  const from = fromText === undefined ? null : date(fromText, 'from');
  const to = toText === undefined ? null : date(toText, 'to');
  if (from !== null && to !== null && from > to) throw new CliError('--to must not be before --from');
  return { from, to };
}

/** --backtest FROM:TO, both dates required, in order. */
function parseBacktestRange(text: string): { from: string; to: string } {
  const [btFrom = '', btTo = ''] = text.split(':');
  const range = { from: date(btFrom, 'backtest'), to: date(btTo, 'backtest') };
  if (range.from > range.to) throw new CliError('--backtest FROM:TO: TO must not be before FROM');
  return range;
}

export const report: CliCommand = {
  name: 'report',
  summary: 'a PDF report, three CSVs (tickets, layers, monthly P&L) or the report data as JSON',
  usage: 'alvh report --db F --portfolio NAME [--from YYYY-MM-DD] [--to YYYY-MM-DD] --format pdf|csv|json --out PATH [--paper a4|letter] [--backtest FROM:TO]',
  options: { portfolio: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, paper: { type: 'string' }, backtest: { type: 'string' } },
  async run({ values, backend, out }) {
    const format = oneOf(FORMATS, required(values, 'format'), 'format');
    const paper = oneOf(PAPERS, optional(values, 'paper') ?? 'a4', 'paper');
    const target = required(values, 'out');
    const { from, to } = reportRange(values);
    const portfolioId = await findPortfolioId(backend, required(values, 'portfolio'));
    const files = format === 'csv' ? CSV_FORMATS.map((f) => join(target, CSV_FILE_NAMES[f])) : [target];
    refuseExisting(files);
    const data = await gatherReportData(backend, { portfolioId, from, to });
    const backtestRange = optional(values, 'backtest');
    if (backtestRange !== undefined) {
      // The portfolio's own settings and capital on the journal's SPX/VIX closes (as the Backtest view's "start from" option).
      const range = parseBacktestRange(backtestRange);
      data.backtest = portfolioBacktest(backend.context.db, await backend.send('portfolio/get', { portfolioId }), range);
    }
    const options = { paper, generatedOn: today(backend.context) };
    if (format === 'csv') {
      // All three are rendered before any is written; each appears under its name only once complete.
      const rendered = await Promise.all(
        CSV_FORMATS.map(async (csv) => [join(target, CSV_FILE_NAMES[csv]), (await renderReportFile(data, csv, options)).content] as const),
      );
      mkdirSync(target, { recursive: true });
      for (const [path, content] of rendered) writeFileAtomic(path, content);
    } else if (format === 'pdf') {
      // Page by page to the file: memory stays flat for a ten-year journal.
      const { writePdfReport } = await import('../../backend/reports/pdf-report');
      await writeChunksAtomic(target, (write) => writePdfReport(data, options, write));
    } else {
      writeFileAtomic(target, (await renderReportFile(data, format, options)).content);
    }
    out(`Wrote ${files.join(', ')}`);
  },
};
