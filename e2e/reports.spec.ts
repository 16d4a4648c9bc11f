/**
 * The Reports & backups section in Chromium. A journal built through the API
 * (the report fixture), a PDF exported from the UI, its first page rendered to PNG and its
 * text checked against the dashboard; then a JSON backup downloaded and restored over a
 * changed journal through the confirm dialog.
 */
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ApiInput, OperationName } from '../shared/api/contract';
import { reportMoney } from '../electron/backend/reports/report-format';
import { seedReportJournal } from '../electron/backend/testing/report-journal';
import { callApi, screenshotPath } from './api';
import { expect, test } from './fixtures';

const seedThroughApi = (page: Page) => seedReportJournal({ send: <K extends OperationName>(name: K, input: unknown) => callApi(page, name, input as ApiInput<K>) });

async function openReports(page: Page, url: string): Promise<void> {
  await page.goto(`${url}#/reports`);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Reports & backups' })).toBeVisible();
}

test('exports a PDF report from the UI whose text matches the dashboard', async ({ page, host }, testInfo) => {
  await page.goto(host.url);
  await expect(page.getByTestId('portfolio-form')).toBeVisible();
  const { portfolioId } = await seedThroughApi(page);
  const dashboard = await callApi(page, 'dashboard/get', { portfolioId, asOf: '2026-05-29' });
  await openReports(page, host.url);
  await expect(page.getByTestId('backups-empty')).toBeVisible();

  await page.getByTestId('report-to').fill('2026-05-29');
  await page.getByTestId('report-paper').selectOption('letter');
  await page.screenshot({ path: screenshotPath('reports-view') });
  const downloading = page.waitForEvent('download');
  await page.getByTestId('report-export-button').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('alvh-report-main-start-to-2026-05-29.pdf');
  const pdf = testInfo.outputPath('report.pdf');
  await download.saveAs(pdf);
  await expect(page.getByTestId('toast')).toContainText('Report saved');

  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('ALVH Journal report: Main');
  expect(text).toContain(`Realised P&L (range)`);
  expect(text).toContain(reportMoney(dashboard.realizedPnlDollars));
  expect(text).toContain('Paper: Letter');

  const png = screenshotPath('report-pdf-page1');
  mkdirSync(dirname(png), { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, png.replace(/\.png$/, '')]);

  // With the backtest box ticked the PDF gains the side-by-side backtest section.
  await page.getByTestId('report-with-backtest').check();
  await page.getByTestId('report-bt-from').fill('2026-04-15');
  await page.getByTestId('report-bt-to').fill('2026-05-29');
  const withBacktest = page.waitForEvent('download');
  await page.getByTestId('report-export-button').click();
  const btPdf = testInfo.outputPath('report-backtest.pdf');
  await (await withBacktest).saveAs(btPdf);
  const btText = execFileSync('pdftotext', ['-layout', btPdf, '-'], { encoding: 'utf8' });
  expect(btText).toContain('2026-04-15');
  expect(btText).toMatch(/Ruined on/);
  expect(text).not.toMatch(/Ruined on/);

  // The CSV and JSON formats download too, named after the portfolio and range.
  await page.getByTestId('report-format').selectOption('csv-tickets');
  const csvDownload = page.waitForEvent('download');
  await page.getByTestId('report-export-button').click();
  expect((await csvDownload).suggestedFilename()).toBe('alvh-report-main-start-to-2026-05-29-tickets.csv');
});

test('restores a JSON backup over a changed journal after the confirm dialog', async ({ page, host }, testInfo) => {
  await page.goto(host.url);
  await expect(page.getByTestId('portfolio-form')).toBeVisible();
  await seedThroughApi(page);
  await openReports(page, host.url);

  const downloading = page.waitForEvent('download');
  await page.getByTestId('backup-json').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^alvh-journal-\d{4}-\d{2}-\d{2}-\d{6}\.json$/);
  const json = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(json);
  const before = await callApi(page, 'backup/exportJson', {});

  await page.getByTestId('backup-now').click();
  await expect(page.getByTestId('backups-table')).toContainText('journal-manual-');
  await expect(page.getByTestId('backups-table')).toContainText('Manual');

  // A change after the backup: a second portfolio the restore must take away.
  await callApi(page, 'portfolio/create', { name: 'Scratch', riskCapitalCents: 100_00 });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Reports & backups' })).toBeVisible();

  await page.getByTestId('backup-restore').click();
  await page.getByTestId('restore-mode-json').check();
  // A file that is not a backup is said so at once — no "Replace the journal?" first.
  const notJson = testInfo.outputPath('not-a-backup.json');
  writeFileSync(notJson, 'this is not JSON');
  await page.getByTestId('restore-json').setInputFiles(notJson);
  await page.getByTestId('restore-next').click();
  await expect(page.getByTestId('restore-dialog')).toContainText('The backup is not valid JSON');
  await expect(page.getByTestId('restore-confirm')).toHaveCount(0);

  await page.getByTestId('restore-json').setInputFiles(json);
  await page.getByTestId('restore-next').click();
  const confirm = page.getByTestId('restore-confirm');
  await expect(confirm).toContainText('This replaces everything in the journal — 2 portfolios, 5 layers and 9 tickets');
  // The backup's own counts: the Scratch portfolio came after it.
  await expect(page.getByTestId('restore-backup-counts')).toContainText('1 portfolio, 5 layers and 9 tickets');
  await expect(confirm).toContainText('journal-before-restore-');
  await page.screenshot({ path: screenshotPath('restore-confirm') });
  await page.getByTestId('restore-replace').click();
  await expect(page.getByTestId('toast')).toContainText('Restored');
  await expect(page.getByTestId('restore-dialog')).toBeHidden();

  expect((await callApi(page, 'portfolio/list', {})).map((p) => p.name)).toEqual(['Main']);
  expect((await callApi(page, 'backup/exportJson', {})).text).toBe(before.text);
  await expect(page.getByTestId('backups-table')).toContainText('Before a restore');
  const safety = (await callApi(page, 'backup/list', {})).backups.find((b) => b.kind === 'before-restore');
  expect(safety?.name).toMatch(/^journal-before-restore-/);
  expect(join(host.dataDir, 'backups')).toBe((await callApi(page, 'backup/list', {})).folder);
});

test('a journal without portfolios restores a backup from the first-run screen', async ({ page, host }, testInfo) => {
  await page.goto(host.url);
  await expect(page.getByTestId('portfolio-form')).toBeVisible();
  const { portfolioId } = await seedThroughApi(page);
  const backup = await callApi(page, 'backup/exportJson', {});
  const file = testInfo.outputPath(backup.fileName);
  writeFileSync(file, backup.text);
  // Deleting the only portfolio brings back the first-run screen; market closes and events stay.
  await callApi(page, 'portfolio/delete', { portfolioId });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Create your first portfolio' })).toBeVisible();

  await page.getByTestId('first-run-restore').click();
  await page.getByTestId('restore-mode-json').check();
  await page.getByTestId('restore-json').setInputFiles(file);
  await page.getByTestId('restore-next').click();
  // Not empty (closes and events remain), so the replacement is confirmed first.
  await expect(page.getByTestId('restore-confirm')).toContainText('This replaces everything in the journal — 0 portfolios, 0 layers and 0 tickets');
  await expect(page.getByTestId('restore-backup-counts')).toContainText('1 portfolio');
  await page.getByTestId('restore-replace').click();
  await expect(page.getByTestId('toast')).toContainText('Restored');
  await expect(page.getByRole('heading', { name: 'Create your first portfolio' })).toBeHidden();
  expect((await callApi(page, 'portfolio/list', {})).map((p) => p.name)).toEqual(['Main']);
  expect((await callApi(page, 'backup/exportJson', {})).text).toBe(backup.text);
});
