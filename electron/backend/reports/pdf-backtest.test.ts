import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { randomBars } from '../../../shared/backtest/testing/series';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import { closesCsv, runJournalBacktest } from '../backtest/journal-backtest';
import { seedReportJournal } from '../testing/report-journal';
import { tempBackend, type TempBackend } from '../testing/temp-backend';
import { backtestRows, ruleLine, STRATEGY_NAMES } from './pdf-backtest';
import { renderPdfReport } from './pdf-report';
import { gatherReportData } from './report-data';

let t: TempBackend;
beforeEach(() => { t = tempBackend(); });
afterEach(() => t.cleanup());

/** pdftotext (poppler-utils) is a test dependency, as in pdf-report.test.ts. */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('PDF report with a backtest', () => {
  it('prints the backtest figures of the four strategies side by side, as the report data holds them', async () => {
    const { portfolioId } = await seedReportJournal(t.backend);
    const bars = randomBars(5, '2025-12-31', 320);
    await t.backend.send('market/import', { symbol: 'SPX', csv: closesCsv(bars.spx) });
    await t.backend.send('market/import', { symbol: 'VIX', csv: closesCsv(bars.vix) });
    const data = await gatherReportData(t.backend, { portfolioId, from: null, to: '2026-05-29' });
    data.backtest = runJournalBacktest(t.backend.context.db, { from: bars.spx[60]?.date ?? '', to: bars.spx[319]?.date ?? '', settings: DEFAULT_SETTINGS }).backtest;
    const file = join(t.dir, 'report.pdf');
    writeFileSync(file, await renderPdfReport(data, { paper: 'a4', generatedOn: '2026-06-01' }));
    const text = pdfText(file);
    const flat = text.replace(/\s+/g, ' ');

    expect(text).toContain('Backtest: ALVH against its baselines');
    for (const name of Object.values(STRATEGY_NAMES)) expect(flat).toContain(name);
    const rows = backtestRows(data.backtest);
    expect(rows.map((r) => r[0])).toContain('IRR - WACC');
    // Each figure's row, read across the page: the label then the four values in strategy order.
    for (const [label, ...cells] of rows) {
      const line = text.split('\n').find((l) => l.trimStart().startsWith(`${label} `) && cells.every((c) => l.includes(c)));
      expect(line, `row ${label}: ${cells.join(' | ')}`).toBeDefined();
    }
    // pdfkit may break the line after a hyphen ("loyalty-" / "trap").
    expect(flat.replace(/- /g, '-')).toContain(`ALVH rule prompts (days fired/trades made): ${ruleLine(data.backtest)}`);
  });

  it('leaves the backtest out when the report data carries none', async () => {
    const { portfolioId } = await seedReportJournal(t.backend);
    const data = await gatherReportData(t.backend, { portfolioId, from: null, to: '2026-05-29' });
    const file = join(t.dir, 'plain.pdf');
    writeFileSync(file, await renderPdfReport(data, { paper: 'a4', generatedOn: '2026-06-01' }));
    expect(pdfText(file)).not.toContain('Backtest');
  });
});
