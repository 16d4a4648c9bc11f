/**
 * Market data in Chromium: the real Cboe VIX and SPX histories imported through the file input,
 * a re-import that changes nothing, a malformed file that is rejected by line, a close typed
 * by hand, and the synced RSI/MACD/vol charts (saved as a screenshot to look at).
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { callApi, screenshotPath } from './api';
import { expect, MARKET_DATA, skipWithoutMarketData, test } from './fixtures';

async function openMarket(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByTestId('portfolio-form')).toBeVisible();
  await callApi(page, 'portfolio/create', { name: 'ALVH book', riskCapitalCents: 250_000_00 });
  await page.goto(`${url}#/market`);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Market data', level: 1 })).toBeVisible();
}

/** The shell scrolls inside `main`; unroll it so a full-page screenshot holds the whole view. */
async function screenshotWholeView(page: Page, name: string) {
  await page.addStyleTag({ content: '.app { height: auto !important; } .main { overflow: visible !important; }' });
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
}

/** Choose the file, look at the preview, confirm it. */
async function importFile(page: Page, path: string) {
  await page.getByTestId('market-csv-input').setInputFiles(path);
  await expect(page.getByTestId('import-preview')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 30_000 });
  return page.getByTestId('import-summary');
}

test('imports the Cboe VIX and SPX histories, re-imports without changes, and draws the synced charts', async ({ page, host }) => {
  skipWithoutMarketData();
  test.setTimeout(120_000);
  await openMarket(page, host.url);
  await expect(page.getByTestId('market-empty')).toContainText('DATE,OPEN,HIGH,LOW,CLOSE');

  let summary = await importFile(page, join(MARKET_DATA, 'VIX_History.csv'));
  await expect(summary).toContainText('VIX closes imported from VIX_History.csv');
  await expect(summary.getByTestId('import-rows')).toHaveText('9,223');
  // CBOE published VIX values on 33 NYSE holidays: reported and skipped, not stored.
  await expect(summary.getByTestId('import-added')).toHaveText('9,190');
  await expect(summary.getByTestId('import-skipped')).toHaveText('33');
  await expect(summary).toContainText('1990-01-02 → 2026-07-07');

  summary = await importFile(page, join(MARKET_DATA, 'SPX_History.csv'));
  await expect(summary).toContainText('SPX closes imported from SPX_History.csv');
  await expect(summary.getByTestId('import-rows')).toHaveText('24,746');
  await expect(summary.getByTestId('import-added')).toHaveText('24,746');
  await expect(page.getByTestId('market-coverage')).toContainText('SPX 24,746 closes 1927-12-30 → 2026-07-09');

  // The same file again: the preview says every row is already there, and there is nothing to confirm.
  await page.getByTestId('market-csv-input').setInputFiles(join(MARKET_DATA, 'VIX_History.csv'));
  const preview = page.getByTestId('import-preview');
  await expect(preview.getByTestId('preview-added')).toHaveText('0');
  await expect(preview.getByTestId('preview-unchanged')).toHaveText('9,190');
  await expect(preview).toContainText('Every close is already stored');
  await expect(page.getByTestId('import-confirm')).toBeDisabled();
  await page.getByTestId('import-cancel').click();

  // Events show as markers on the charts (and in the calendar below them).
  await callApi(page, 'event/import', { text: 'date,kind,note\n2026-06-17,FOMC,June FOMC\n2026-06-10,CPI,May CPI\n2026-06-11,PPI,\n2026-07-02,NFP,June jobs', fileName: 'events.csv' });
  await page.reload();

  for (const id of ['spx-chart', 'vix-chart', 'vol-chart']) {
    const chart = page.getByTestId(id);
    await expect(chart.locator('canvas').first()).toBeVisible();
    await expect(chart).toHaveAttribute('data-panes', '2');
  }
  await expect(page.getByTestId('spx-legend')).toContainText('MACD');
  await expect(page.getByTestId('spx-legend')).toContainText('pts');
  await expect(page.getByTestId('vix-legend')).toContainText('RSI(14)');
  await expect(page.getByTestId('vix-legend')).toContainText('60 / 100');
  await expect(page.getByTestId('vol-legend')).toContainText('vol pts');
  await expect(page.getByTestId('market-readings')).toContainText('VIX RSI(14)');

  // Hovering one chart moves the others' legends to the same day.
  await page.getByTestId('vix-chart').scrollIntoViewIfNeeded();
  const box = await page.getByTestId('vix-chart').boundingBox();
  if (!box) throw new Error('the VIX chart has no box');
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.3);
  await expect(page.getByTestId('spx-legend')).toContainText(/^2026-\d\d-\d\d/);
  const hovered = (await page.getByTestId('vix-legend').textContent())?.slice(0, 10);
  await expect(page.getByTestId('spx-legend')).toContainText(hovered ?? 'missing');
  await page.mouse.move(0, 0);

  await page.getByTestId('help-rsi').click();
  await expect(page.getByTestId('help-rsi-text')).toContainText('Wilder');
  await page.keyboard.press('Escape');

  await page.getByTestId('market-range').getByText('5Y').click();
  await expect(page.getByTestId('spx-legend')).toContainText('latest · 2026-07-09');
  await page.getByTestId('market-range').getByText('1Y').click();
  await screenshotWholeView(page, 'market-data');
});

test('a malformed CSV shows its line numbers and imports nothing', async ({ page, host }) => {
  await openMarket(page, host.url);
  await page.getByLabel('Index').first().selectOption('VIX');
  const csv = ['DATE,OPEN,HIGH,LOW,CLOSE', '01/02/1990,17.24,17.24,17.24,17.24', '13/45/1990,18,18,18,18', '01/04/1990,19.22,19.22,19.22,abc', '01/05/1990,20.11,20.11'].join('\n');
  await page.getByTestId('market-csv-input').setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const rejected = page.getByTestId('import-rejected');
  await expect(rejected).toContainText('broken.csv was not imported — nothing was changed');
  await expect(rejected.getByRole('listitem')).toHaveCount(3);
  await expect(rejected).toContainText('line 3');
  await expect(rejected).toContainText('line 4');
  await expect(rejected).toContainText('line 5');
  expect(await callApi(page, 'market/list', { symbol: 'VIX' })).toHaveLength(0);
  await expect(page.getByTestId('market-empty')).toBeVisible();
});

test('a close typed by hand is saved, and a second one for the day replaces it', async ({ page, host }) => {
  await openMarket(page, host.url);
  const form = page.getByTestId('close-entry-form');
  await form.getByLabel('Date').fill('2026-07-10');
  await form.getByLabel('Close').fill('abc');
  await form.getByRole('button', { name: 'Save close' }).click();
  await expect(form).toContainText('Enter the close in points');
  await form.getByLabel('Close').fill('6,280.5');
  await form.getByRole('button', { name: 'Save close' }).click();
  await expect(page.getByTestId('market-coverage')).toContainText('SPX 1 closes 2026-07-10 → 2026-07-10');
  // The form moves on to the next trading day (Monday); going back to Friday says what a save replaces.
  await expect(form.getByLabel('Date')).toHaveValue('2026-07-13');
  await form.getByLabel('Date').fill('2026-07-10');
  await expect(form).toContainText('Replaces the stored 6280.50 pts');
  await form.getByLabel('Close').fill('6281');
  await form.getByRole('button', { name: 'Replace close' }).click();
  await expect.poll(async () => (await callApi(page, 'market/list', { symbol: 'SPX' })).map((b) => b.closeHundredths)).toEqual([628_100]);
});
