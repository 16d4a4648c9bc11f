import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedReportJournal } from '../testing/report-journal';
import { tempBackend, type TempBackend } from '../testing/temp-backend';
import { summaryRows } from './pdf-sections';
import { renderPdfReport } from './pdf-report';
import { gatherReportData } from './report-data';
import { reportMoney, reportPercent, ruleLabel, subjectLabel } from './report-format';

/** poppler-utils is a test dependency (.ci/run installs it); a missing tool fails, never skips. */
function poppler(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8' });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') throw new Error(`${tool} not found: install poppler-utils (apt-get install poppler-utils) to run the PDF report tests`);
    throw error;
  }
}

let t: TempBackend;
beforeEach(() => { t = tempBackend(); });
afterEach(() => t.cleanup());

async function writePdf(name: string, paper: 'a4' | 'letter', to = '2026-05-29') {
  const { portfolioId } = await seedReportJournal(t.backend);
  const data = await gatherReportData(t.backend, { portfolioId, from: null, to });
  const file = join(t.dir, name);
  writeFileSync(file, await renderPdfReport(data, { paper, generatedOn: '2026-06-01' }));
  return { data, file };
}

describe('PDF report', () => {
  it('prints the report data figures, formatted the same way, with header and page numbers on every page', async () => {
    const { data, file } = await writePdf('report.pdf', 'a4');
    const text = poppler('pdftotext', ['-layout', file, '-']);
    const lineWith = (label: string) => text.split('\n').find((l) => l.includes(`${label}:`)) ?? '';

    expect(data.summary.irr).not.toBeNull();
    expect(data.summary.wacc).not.toBeNull();
    expect(data.summary.winRate).toBe(0.75);
    expect(lineWith('Realised P&L (range)')).toContain(reportMoney(data.summary.realizedPnlDollars));
    expect(reportMoney(data.summary.realizedPnlDollars)).toBe('$1,408.00');
    expect(lineWith('IRR (as of 2026-05-29)')).toContain(reportPercent(data.summary.irr));
    expect(lineWith('WACC')).toContain(reportPercent(data.summary.wacc));
    expect(lineWith('Win rate')).toContain('75.00%');
    expect(lineWith('Max drawdown')).toContain('$1,210.00 (1.18%)');
    expect(lineWith('Drawdown peak to trough')).toContain('2026-05-20 to 2026-05-22');
    // Dates never wrap inside a table cell ("2026-06" on one line, "-30" on the next).
    expect(text).not.toMatch(/\b\d{4}-\d{2}[ \t]*\n[^\n]*?-\d{2}\b(?!-)/);
    expect(text).not.toMatch(/after-layer-\d/);
    for (const [label, value] of summaryRows(data)) expect(text.replace(/\s+/g, ' ')).toContain(`${label}: ${value}`.replace(/\s+/g, ' '));

    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(page).toContain('ALVH Journal report: Main');
      expect(page).toContain('Generated for 2026-06-01');
      expect(page).toContain('Range: start to 2026-05-29');
    });
    // The tables and the journal's words made it in.
    expect(text).toContain('short put tested; rolled down and out');
    expect(text).toContain('Closed A at 5.00, 60% of credit.');
    expect(text).toContain('-$1,006.00');
    expect(text).toMatch(/SPX/);
    expect(poppler('pdfinfo', [file])).toMatch(/CreationDate:\s+\S.*2026/);

    poppler('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, join(t.dir, 'page')]);
    if (process.env.REPORT_PNG) poppler('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', file, process.env.REPORT_PNG]);
  });

  it('uses the paper asked for: A4 and Letter page sizes differ', async () => {
    const { data, file: a4 } = await writePdf('a4.pdf', 'a4');
    const letter = join(t.dir, 'letter.pdf');
    writeFileSync(letter, await renderPdfReport(data, { paper: 'letter', generatedOn: '2026-06-01' }));
    expect(poppler('pdfinfo', [a4])).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(poppler('pdfinfo', [letter])).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  });

  it('is the same bytes for the same data and date (no clock in the renderer)', async () => {
    const { portfolioId } = await seedReportJournal(t.backend);
    const data = await gatherReportData(t.backend, { portfolioId, from: null, to: '2026-05-29' });
    const first = await renderPdfReport(data, { paper: 'letter', generatedOn: '2026-06-01' });
    const second = await renderPdfReport(data, { paper: 'letter', generatedOn: '2026-06-01' });
    expect(first.equals(second)).toBe(true);
  });

  it('paginates a long ticket table, repeating its header row', async () => {
    const { portfolioId } = await seedReportJournal(t.backend);
    for (let i = 0; i < 40; i += 1) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      await t.backend.send('layer/createCondor', { portfolioId, openedOn: `2026-03-${day}`, expiration: '2026-04-17', strikes: { putLong: 550000, putShort: 555000, callShort: 590000, callLong: 595000 }, quantity: 1, creditHundredths: 900, feesCents: 300 });
    }
    const data = await gatherReportData(t.backend, { portfolioId, from: null, to: '2026-05-29' });
    const file = join(t.dir, 'long.pdf');
    writeFileSync(file, await renderPdfReport(data, { paper: 'a4', generatedOn: '2026-06-01' }));
    const pages = poppler('pdftotext', ['-layout', file, '-']).split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(pages.filter((p) => /Date\s+Ticket\s+Layer\s+Action/.test(p)).length).toBeGreaterThanOrEqual(2);
    expect(pages.at(-1)).toContain(`Page ${pages.length} of ${pages.length}`);
  });
});

describe('report labels', () => {
  it('shows decision subjects and rules in words, not internal keys', () => {
    expect(subjectLabel('after-layer-1')).toBe('Next layer (after #1)');
    expect(subjectLabel('layer-12')).toBe('Layer #12');
    expect(subjectLabel('portfolio')).toBe('Portfolio');
    expect(ruleLabel('add-layer')).toBe('Add layer');
  });
});
