import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiInput } from '../../../shared/api/contract';
import type { ReportFileResult } from '../../../shared/api/reports';
import { runCli } from '../../cli/run-cli';
import { seedReportJournal } from '../testing/report-journal';
import { tempBackend, type TempBackend } from '../testing/temp-backend';
import { waitJob } from '../testing/wait-job';

let t: TempBackend;
// The real clock: the CLI below stamps "generated for" with today, and so must the task.
beforeEach(() => { t = tempBackend(new Date()); });
afterEach(() => t.cleanup());

const cli = async (...argv: string[]) => {
  const err: string[] = [];
  const code = await runCli(argv, { out: () => undefined, err: (l) => err.push(l) }, {});
  expect(err).toEqual([]);
  return code;
};

async function exportReport(input: ApiInput<'report/export'>): Promise<ReportFileResult> {
  const started = await t.backend.send('report/export', input);
  expect(started.state).toBe('running');
  const finished = await waitJob(t.backend, started);
  expect(finished.error).toBeNull();
  expect(finished).toMatchObject({ state: 'done', kind: `report/${String(input.format)}`, done: 3, total: 3 });
  return finished.result as ReportFileResult;
}

describe('report/export', () => {
  it('returns the same bytes and text the CLI writes for the same journal', async () => {
    const { portfolioId } = await seedReportJournal(t.backend);
    const range = { from: '2026-04-01', to: '2026-05-29' };
    const pdfPath = join(t.dir, 'r.pdf');
    const jsonPath = join(t.dir, 'r.json');
    const csvDir = join(t.dir, 'csv');
    const flags = ['--db', t.dbPath, '--portfolio', 'Main', '--from', range.from, '--to', range.to];
    expect(await cli('report', ...flags, '--format', 'pdf', '--paper', 'letter', '--out', pdfPath)).toBe(0);
    expect(await cli('report', ...flags, '--format', 'json', '--out', jsonPath)).toBe(0);
    expect(await cli('report', ...flags, '--format', 'csv', '--out', csvDir)).toBe(0);

    const pdf = await exportReport({ portfolioId, ...range, format: 'pdf', paper: 'letter' });
    expect(pdf).toMatchObject({ fileName: 'alvh-report-main-2026-04-01-to-2026-05-29.pdf', mimeType: 'application/pdf' });
    expect(Buffer.from(pdf.base64 ?? '', 'base64').equals(readFileSync(pdfPath))).toBe(true);

    const json = await exportReport({ portfolioId, ...range, format: 'json' });
    expect(json.text).toBe(readFileSync(jsonPath, 'utf8'));
    const csvs = [['csv-tickets', 'tickets.csv'], ['csv-layers', 'layers.csv'], ['csv-monthly', 'monthly-pnl.csv']] as const;
    for (const [format, file] of csvs) {
      const csv = await exportReport({ portfolioId, ...range, format });
      expect(csv).toMatchObject({ fileName: `alvh-report-main-2026-04-01-to-2026-05-29-${file}`, mimeType: 'text/csv' });
      expect(csv.text, file).toBe(readFileSync(join(csvDir, file), 'utf8'));
    }
  });

  it('adds the portfolio backtest to the PDF exactly as `alvh report --backtest` does', async () => {
    const { portfolioId } = await seedReportJournal(t.backend);
    const pdfPath = join(t.dir, 'bt.pdf');
    expect(await cli('report', '--db', t.dbPath, '--portfolio', 'Main', '--format', 'pdf', '--backtest', '2026-04-15:2026-05-29', '--out', pdfPath)).toBe(0);
    const pdf = await exportReport({ portfolioId, format: 'pdf', backtest: { from: '2026-04-15', to: '2026-05-29' } });
    expect(Buffer.from(pdf.base64 ?? '', 'base64').equals(readFileSync(pdfPath))).toBe(true);
    const plain = await exportReport({ portfolioId, format: 'pdf' });
    expect(plain.base64?.length ?? 0).toBeLessThan(pdf.base64?.length ?? 0);
    await expect(t.backend.send('report/export', { portfolioId, format: 'csv-layers', backtest: { from: '2026-04-15', to: '2026-05-29' } })).rejects.toMatchObject({ code: 'invalid_input', issues: [{ path: 'backtest' }] });
    await expect(t.backend.send('report/export', { portfolioId, format: 'pdf', backtest: { from: '2026-05-29', to: '2026-04-15' } })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('refuses an unknown portfolio, a bad format and a reversed range before starting a job', async () => {
    await expect(t.backend.send('report/export', { portfolioId: 99, format: 'pdf' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(t.backend.sendUnchecked('report/export', { portfolioId: 1, format: 'docx' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(t.backend.send('report/export', { portfolioId: 1, format: 'pdf', from: '2026-05-02', to: '2026-05-01' })).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
