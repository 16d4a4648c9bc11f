import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportCsvs } from '../../backend/reports/csv-reports';
import { renderPdfReport } from '../../backend/reports/pdf-report';
import { gatherReportData } from '../../backend/reports/report-data';
import { today } from '../../backend/services/layer-service';
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

export const report: CliCommand = {
  name: 'report',
  summary: 'a PDF report, three CSVs (tickets, layers, monthly P&L) or the report data as JSON',
  usage: 'alvh report --db F --portfolio NAME [--from YYYY-MM-DD] [--to YYYY-MM-DD] --format pdf|csv|json --out PATH [--paper a4|letter]',
  options: { portfolio: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, paper: { type: 'string' } },
  async run({ values, backend, out }) {
    const format = oneOf(FORMATS, required(values, 'format'), 'format');
    const paper = oneOf(PAPERS, optional(values, 'paper') ?? 'a4', 'paper');
    const target = required(values, 'out');
    const fromText = optional(values, 'from');
    const toText = optional(values, 'to');
    const from = fromText === undefined ? null : date(fromText, 'from');
    const to = toText === undefined ? null : date(toText, 'to');
    if (from !== null && to !== null && from > to) throw new CliError('--to must not be before --from');
    const portfolioId = await findPortfolioId(backend, required(values, 'portfolio'));
    const files = format === 'csv' ? ['tickets.csv', 'layers.csv', 'monthly-pnl.csv'].map((f) => join(target, f)) : [target];
    refuseExisting(files);
    const data = await gatherReportData(backend, { portfolioId, from, to });
    if (format === 'pdf') {
      writeFileSync(target, await renderPdfReport(data, { paper, generatedOn: today(backend.context) }), { flag: 'wx' });
    } else if (format === 'json') {
      writeFileSync(target, `${JSON.stringify(data, null, 2)}\n`, { flag: 'wx' });
    } else {
      mkdirSync(target, { recursive: true });
      for (const [name, text] of Object.entries(reportCsvs(data))) writeFileSync(join(target, name), text, { flag: 'wx' });
    }
    out(`Wrote ${files.join(', ')}`);
  },
};
