/**
 * Issue 15's reproduction in Chromium: in Market data with Index = SPX, choosing CBOE's
 * VIX_History.csv is refused before anything is stored (the market tables are byte-identical
 * afterwards); confirming the override imports it; "Undo last change" restores the previous
 * closes byte-identically; the dashboard's chart then states the Theil–Sen beta inside its
 * documented 95% interval. Screenshots: test-results/screenshots/market-trust-*.png.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { callApi, screenshotPath, importRealHistory } from './api';
import { expect, MARKET_DATA, skipWithoutMarketData, test } from './fixtures';

/** Every stored close and revision as the API returns them: equal strings = identical market tables. */
async function marketTables(page: Page): Promise<string> {
  return JSON.stringify([await callApi(page, 'market/list', { symbol: 'SPX' }), await callApi(page, 'market/list', { symbol: 'VIX' }), await callApi(page, 'market/revisions', { limit: 1000 })]);
}

async function closes(page: Page): Promise<string> {
  return JSON.stringify([await callApi(page, 'market/list', { symbol: 'SPX' }), await callApi(page, 'market/list', { symbol: 'VIX' })]);
}

async function chooseVixAsSpx(page: Page) {
  await page.getByLabel('Index').first().selectOption('SPX');
  await page.getByTestId('market-csv-input').setInputFiles(join(MARKET_DATA, 'VIX_History.csv'));
  await expect(page.getByTestId('import-preview')).toBeVisible({ timeout: 30_000 });
}

test('VIX_History.csv chosen as SPX is refused, imports only when confirmed, and undo restores the closes and the beta', async ({ page, host }) => {
  skipWithoutMarketData();
  test.setTimeout(150_000);
  await page.goto(host.url);
  await expect(page.getByTestId('portfolio-form')).toBeVisible();
  const portfolio = await callApi(page, 'portfolio/create', { name: 'Trust', riskCapitalCents: 250_000_00 });
  await importRealHistory(page);
  await callApi(page, 'layer/createCondor', {
    portfolioId: portfolio.id, openedOn: '2026-06-01', expiration: '2026-08-21', quantity: 1, role: 'base', creditHundredths: 1200, feesCents: 264,
    strikes: { putLong: 680000, putShort: 690000, callShort: 790000, callLong: 800000 },
  });
  await page.goto(`${host.url}#/market`);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Market data', level: 1 })).toBeVisible();
  const before = await marketTables(page);
  const storedCloses = await closes(page);

  // 1. Refused, saying why and which rows; nothing stored.
  await chooseVixAsSpx(page);
  const preview = page.getByTestId('import-preview');
  await expect(preview).toContainText('VIX_History.csv does not look like SPX closes');
  await expect(preview.getByTestId('refusal-other-symbol')).toContainText('these look like the VIX closes already stored, not SPX: 9,190 of the 9,190 dates they share are equal to the hundredth');
  await expect(preview.getByTestId('refusal-implausible-level')).toContainText("outside SPX's plausible range");
  await expect(preview.getByTestId('preview-updated')).toHaveText('9,190');
  await expect(preview.getByTestId('preview-skipped')).toHaveText('33');
  await expect(preview.getByTestId('preview-changes')).toContainText('−99.');
  await expect(page.getByTestId('import-confirm')).toHaveText('Replace anyway: change 9,190 SPX close(s)');
  await page.screenshot({ path: screenshotPath('market-trust-refused'), fullPage: false });
  expect(await marketTables(page)).toBe(before);
  await page.getByTestId('import-cancel').click();
  expect(await marketTables(page)).toBe(before);

  // 2. The explicit override imports it.
  await chooseVixAsSpx(page);
  await page.getByTestId('import-confirm').click();
  const summary = page.getByTestId('import-summary');
  await expect(summary.getByTestId('import-updated')).toHaveText('9,190', { timeout: 30_000 });
  expect(await closes(page)).not.toBe(storedCloses);
  const history = page.getByTestId('market-revisions');
  await expect(history.getByTestId('market-undo')).toHaveText('Undo last change: SPX import of VIX_History.csv (9,190 close(s))');

  // 3. Undo restores the closes byte-identically; the history keeps the undone import.
  await history.getByTestId('market-undo').click();
  await expect(history.getByTestId('revision-3')).toContainText('undone');
  expect(await closes(page)).toBe(storedCloses);
  await history.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('market-trust-history'), fullPage: false });

  // 4. The chart states the beta, inside its documented interval (docs/analytics.md: −1.49, −1.63 … −1.35).
  await page.goto(`${host.url}#/dashboard`);
  await page.getByTestId('as-of').fill('2026-07-09');
  const note = page.getByTestId('beta-note');
  await expect(note).toContainText('β = −1.49 VIX points per 1% SPX (Theil–Sen median slope over 250 trading days, 2025-07-09 – 2026-07-07, 95% interval −1.63 … −1.35, r² 0.76 on 242 rows (8 outliers set aside))');
});

test('the Market data table edits and deletes a close with a reason, and the history undoes it', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByTestId('portfolio-form')).toBeVisible();
  await callApi(page, 'portfolio/create', { name: 'Edits', riskCapitalCents: 100_000_00 });
  // Real SPX closes of 2026-07-06 … 07-09 (SPX_History.csv), with their opens.
  await callApi(page, 'market/import', { symbol: 'SPX', fileName: 'spx-july.csv', csv: 'DATE,OPEN,HIGH,LOW,CLOSE\n07/06/2026,7506.96,7551.31,7500.97,7537.43\n07/07/2026,7516.63,7536.06,7478.63,7503.85\n07/08/2026,7476.54,7488.51,7421.82,7482.71\n07/09/2026,7491.6,7497.56,7485.4,7485.49\n' });
  await page.goto(`${host.url}#/market`);
  await page.reload();
  const table = page.getByTestId('market-table');
  await table.getByLabel('From', { exact: true }).fill('2026-07-01');
  await table.getByLabel('To', { exact: true }).fill('2026-07-31');
  await expect(table.getByTestId('bar-2026-07-09')).toContainText('7491.60');
  const before = await closes(page);

  await table.getByRole('button', { name: 'Edit SPX close on 2026-07-09' }).click();
  await table.getByLabel('New SPX close on 2026-07-09 (points)').fill('7486.10');
  const save = table.getByRole('button', { name: 'Save' });
  await expect(save).toBeDisabled(); // a reason is required
  await table.getByLabel('Reason for changing the SPX close on 2026-07-09').fill('broker statement');
  await save.click();
  await expect(table.getByTestId('bar-2026-07-09')).toContainText('7486.10');

  await table.getByRole('button', { name: 'Delete SPX close on 2026-07-08' }).click();
  await table.getByLabel('Reason for deleting the SPX close on 2026-07-08').fill('duplicate of a misprint');
  await table.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(table.getByTestId('bar-2026-07-08')).toHaveCount(0);
  const history = page.getByTestId('market-revisions');
  await expect(history).toContainText('delete: duplicate of a misprint');
  await expect(history).toContainText('edit: broker statement');
  await table.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('market-trust-table'), fullPage: false });

  await history.getByTestId('market-undo').click();
  await expect(table.getByTestId('bar-2026-07-08')).toContainText('7482.71');
  await history.getByTestId('market-undo').click();
  await expect(table.getByTestId('bar-2026-07-09')).toContainText('7485.49');
  expect(await closes(page)).toBe(before);
});
