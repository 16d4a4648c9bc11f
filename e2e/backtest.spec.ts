/**
 * The backtest in Chromium: a slice of the real Cboe SPX/VIX history imported through the
 * API, a backtest run from the Backtest view (four strategies side by side, a figure equal to the
 * `backtest/run` task's own result), a tiny sweep with its progress, table and heat-map, and the
 * figures exported as CSV and parsed back. Saves a screenshot to look at.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { JobStatus } from '../shared/api/jobs';
import type { BacktestRunResult } from '../shared/backtest';
import { formatRowValue, METRIC_ROWS } from '../renderer/src/features/backtest/metric-rows';
import { callApi, screenshotPath } from './api';
import { expect, MARKET_DATA, skipWithoutMarketData, test } from './fixtures';


/** Rows of the CBOE file between two ISO dates, header kept. */
function slice(symbol: 'SPX' | 'VIX', from: string, to: string): string {
  const [header, ...rows] = readFileSync(join(MARKET_DATA, `${symbol}_History.csv`), 'utf8').trim().split(/\r?\n/);
  const iso = (us: string) => `${us.slice(6, 10)}-${us.slice(0, 2)}-${us.slice(3, 5)}`;
  return [header, ...rows.filter((r) => iso(r.slice(0, 10)) >= from && iso(r.slice(0, 10)) <= to)].join('\n');
}

const FROM = '2005-01-03';
const TO = '2009-12-31';

async function openBacktest(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByTestId('portfolio-form')).toBeVisible();
  await callApi(page, 'portfolio/create', { name: 'ALVH book', riskCapitalCents: 250_000_00 });
  for (const symbol of ['SPX', 'VIX'] as const) await callApi(page, 'market/import', { symbol, csv: slice(symbol, '2004-01-01', TO), fileName: `${symbol}_History.csv` });
  await page.goto(`${url}#/backtest`);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Backtest', level: 1 })).toBeVisible();
}

async function taskResult(page: Page): Promise<BacktestRunResult> {
  let status: JobStatus<BacktestRunResult> = await callApi(page, 'backtest/run', { from: FROM, to: TO, capitalCents: 100_000_00, settings: {}, spxSlippagePoints: 0.05 });
  while (status.state === 'running') {
    await page.waitForTimeout(100);
    status = (await callApi(page, 'job/status', { jobId: status.id })) as JobStatus<BacktestRunResult>;
  }
  if (status.result === null) throw new Error(`backtest/run ${status.state}: ${status.error?.message}`);
  return status.result;
}

test('runs a backtest and a sweep from the Backtest view, and exports the figures as CSV', async ({ page, host }) => {
  skipWithoutMarketData();
  test.setTimeout(180_000);
  await openBacktest(page, host.url);
  await expect(page.getByRole('link', { name: /Backtest/ })).toBeVisible();

  // The run: dates typed, defaults for the rest.
  await page.getByTestId('bt-from').fill(FROM);
  await page.getByTestId('bt-to').fill(TO);
  await page.getByTestId('bt-run').click();
  const result = page.getByTestId('bt-result');
  await expect(result).toBeVisible({ timeout: 60_000 });
  for (const label of ['ALVH', 'ALVH without hedge', 'Plain monthly condor', 'Buy-and-hold SPX']) await expect(page.getByTestId('bt-metrics').locator('thead')).toContainText(label);
  await expect(page.getByTestId('bt-equity-chart').locator('canvas').first()).toBeVisible();
  await expect(page.getByTestId('bt-stress')).toContainText('2008');

  // The same engine through the API gives the same figures as the table shows.
  const expected = await taskResult(page);
  expect(expected.backtest.days).toBeGreaterThan(1200);
  await expect(page.getByTestId('bt-days')).toContainText(`${expected.backtest.days.toLocaleString('en-US')} trading days`);
  for (const key of ['endEquity', 'irr', 'sharpe', 'maxDrawdown']) {
    const row = METRIC_ROWS.find((r) => r.key === key);
    if (!row) throw new Error(`no row ${key}`);
    for (const s of expected.backtest.strategies) {
      await expect(page.getByTestId(`bt-row-${key}`).locator(`td[data-strategy="${s.id}"]`)).toHaveText(formatRowValue(row, row.value(s)) + (row.note?.(s) ? ` ${row.note(s)}` : ''));
    }
  }

  // CSV export of the figures, parsed back.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('bt-export-metrics').click()]);
  expect(download.suggestedFilename()).toBe(`alvh-backtest-metrics-${FROM}-to-${TO}.csv`);
  const csv = readFileSync(await download.path(), 'utf8').trim().split('\n').map((l) => l.split(','));
  expect(csv[0]).toEqual(['figure', 'ALVH', 'ALVH without hedge', 'Plain monthly condor', 'Buy-and-hold SPX']);
  const irrRow = csv.find((r) => r[0] === 'IRR (%/yr)');
  expect(irrRow?.slice(1)).toEqual(expected.backtest.strategies.map((s) => (s.metrics.irr === null ? '' : (s.metrics.irr * 100).toFixed(2))));
  const [equityDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('bt-export-equity').click()]);
  const equityLines = readFileSync(await equityDownload.path(), 'utf8').trim().split('\n');
  expect(equityLines).toHaveLength(expected.backtest.days + 1);

  // A tiny sweep: RSI level × roll % = 4 configurations, progress while it runs.
  await page.getByTestId('sweep-vary-wingMultiplier').uncheck();
  await page.getByTestId('sweep-values-rsiThreshold').fill('55, 65');
  await page.getByTestId('sweep-values-rollPctMaxProfit').fill('40, 60');
  await expect(page.getByTestId('sweep-count')).toHaveText('4 configurations');
  await page.getByTestId('sweep-run').click();
  await expect(page.getByTestId('sweep-progress')).toBeVisible();
  await expect(page.getByTestId('sweep-progress')).toContainText(/of 8|Starting/);
  await expect(page.getByTestId('sweep-result')).toBeVisible({ timeout: 90_000 });
  await expect(page.getByTestId('sweep-row')).toHaveCount(4);
  await expect(page.getByTestId('heatmap-cell')).toHaveCount(4);
  await expect(page.getByTestId('sweep-overfitting')).toContainText('of 4');

  // Sorting by a header, from the keyboard.
  await page.getByTestId('sweep-sort-rsiThreshold').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('sweep-row').first().locator('td').nth(1)).toHaveText('55');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('sweep-row').first().locator('td').nth(1)).toHaveText('65');

  await page.addStyleTag({ content: '.app { height: auto !important; } .main { overflow: visible !important; }' });
  await page.screenshot({ path: screenshotPath('backtest'), fullPage: true });
});

test('says what is missing when the journal has no VIX history', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByTestId('portfolio-form')).toBeVisible();
  await callApi(page, 'portfolio/create', { name: 'Main', riskCapitalCents: 100_000_00 });
  await page.goto(`${host.url}#/backtest`);
  await page.reload();
  await page.getByTestId('bt-run').click();
  await expect(page.getByTestId('form-error')).toContainText('No SPX or VIX closes in the journal: import SPX_History.csv and VIX_History.csv in Market data first.');
});
