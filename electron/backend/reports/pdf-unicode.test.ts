/**
 * Issue 16, lesser defect: the PDF turned CJK, emoji and right-to-left text into "?". Text
 * outside Windows-1252 is now drawn in the embedded wide font, Latin stays in Helvetica.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedReportJournal } from '../testing/report-journal';
import { tempBackend, type TempBackend } from '../testing/temp-backend';
import { renderPdfReport } from './pdf-report';
import { gatherReportData } from './report-data';

const NOTE = '日本語 ✓ 😀 שלום مرحبا';

let t: TempBackend;
beforeEach(() => { t = tempBackend(); });
afterEach(() => t.cleanup());

const poppler = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });

async function writeReport(noteBody: string, { portfolioName = 'Main', tags = [] as string[] } = {}): Promise<string> {
  const { portfolioId } = await seedReportJournal(t.backend);
  if (portfolioName !== 'Main') await t.backend.send('portfolio/update', { portfolioId, name: portfolioName });
  await t.backend.send('note/create', { portfolioId, date: '2026-05-28', body: noteBody, tags });
  const data = await gatherReportData(t.backend, { portfolioId, from: null, to: '2026-05-29' });
  const file = join(t.dir, 'unicode.pdf');
  writeFileSync(file, await renderPdfReport(data, { paper: 'a4', generatedOn: '2026-06-01' }));
  return file;
}

describe('PDF report: text beyond Latin', () => {
  it('draws CJK, check mark, emoji, Hebrew and Arabic as themselves (no "?"), in an embedded font', async () => {
    const file = await writeReport(`${NOTE} after the roll`, { tags: ['東京'] });
    // REPORT_PNG=prefix keeps the pages as PNG (and the PDF) to look at.
    if (process.env.REPORT_PNG) poppler('pdftoppm', ['-png', '-r', '110', file, process.env.REPORT_PNG]);
    if (process.env.REPORT_PNG) poppler('cp', [file, `${process.env.REPORT_PNG}.pdf`]);
    const text = poppler('pdftotext', ['-layout', file, '-']);
    const line = text.split('\n').find((l) => l.includes('日本語')) ?? '';
    expect(line).toContain('日本語 ✓ 😀');
    expect(line).toContain('after the roll');
    expect(line).toContain('東京');
    expect(line).not.toContain('?');
    // Drawn right to left: poppler reads the visual order back into the typed (logical) order, letters not presentation forms.
    expect(line.replace(/[\u202a-\u202e]/gu, ' ').replace(/\s+/gu, ' ')).toContain('😀 שלום مرحبا after the roll');
    expect(text).not.toMatch(/\?\?/u);

    const fonts = poppler('pdffonts', [file]);
    // The wide font is embedded (emb = yes) and subset; Latin text stays in Helvetica.
    expect(fonts).toMatch(/\+UnifontExMono\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/u);
    expect(fonts).toMatch(/^Helvetica\s/mu);
  });

  it('a portfolio name in Chinese reaches every page header', async () => {
    const file = await writeReport('plain note', { portfolioName: '中文账户' });
    const pages = poppler('pdftotext', ['-layout', file, '-']).split('\f').filter((p) => p.trim() !== '');
    for (const page of pages) expect(page).toContain('ALVH Journal report: 中文账户');
  });

  it('a report of Latin text only embeds no font (the wide font is loaded only when needed)', async () => {
    const file = await writeReport('plain note');
    expect(poppler('pdffonts', [file])).not.toMatch(/Unifont/u);
  });
});
