/**
 * Issue 19 item 18: the backtest sweep table fits a 1440 px wide window. The widest table (all
 * five grid keys varied) must not widen the page: it scrolls inside its own box, and the page
 * itself has no horizontal scroll. Saves a screenshot to look at.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SWEEP_KEYS } from '../shared/backtest/sweep-grid';
import { callApi, screenshotPath } from './api';
import { expect, MARKET_DATA, skipWithoutMarketData, test } from './fixtures';

test.use({ viewport: { width: 1440, height: 900 } });

/** Rows of the CBOE file between two ISO dates, header kept. */
function slice(symbol: 'SPX' | 'VIX', from: string, to: string): string {
  const [header, ...rows] = readFileSync(join(MARKET_DATA, `${symbol}_History.csv`), 'utf8').trim().split(/\r?\n/);
  const iso = (us: string) => `${us.slice(6, 10)}-${us.slice(0, 2)}-${us.slice(3, 5)}`;
  return [header, ...rows.filter((r) => iso(r.slice(0, 10)) >= from && iso(r.slice(0, 10)) <= to)].join('\n');
}

test('the sweep table with every key varied fits a 1440×900 window', async ({ page, host }) => {
  skipWithoutMarketData();
  test.setTimeout(180_000);
  await page.goto(host.url);
  await expect(page.getByTestId('portfolio-form')).toBeVisible();
  await callApi(page, 'portfolio/create', { name: 'Sweep fit', riskCapitalCents: 250_000_00 });
  for (const symbol of ['SPX', 'VIX'] as const) await callApi(page, 'market/import', { symbol, csv: slice(symbol, '2004-01-01', '2009-12-31'), fileName: `${symbol}_History.csv` });
  await page.goto(`${host.url}#/backtest`);
  await page.reload();
  await page.getByTestId('bt-from').fill('2005-01-03');
  await page.getByTestId('bt-to').fill('2009-12-31');

  // Every key varied (the widest table), two configurations so the run stays short.
  const oneValue: Record<string, string> = { rsiThreshold: '55, 65', rollPctMaxProfit: '50', addLayerSpacing: '15-20', wingMultiplier: '1.25', allocationPct: '40/25/15' };
  for (const key of SWEEP_KEYS) {
    await page.getByTestId(`sweep-vary-${key}`).check();
    await page.getByTestId(`sweep-values-${key}`).fill(oneValue[key] ?? '');
  }
  await expect(page.getByTestId('sweep-count')).toHaveText('2 configurations');
  await page.getByTestId('sweep-run').click();
  await expect(page.getByTestId('sweep-result')).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId('sweep-row')).toHaveCount(2);
  await expect(page.getByTestId('sweep-table').locator('thead th')).toHaveCount(1 + SWEEP_KEYS.length + 6);

  const sizes = await page.evaluate(() => {
    const table = document.querySelector('[data-testid="sweep-table"]');
    const box = table?.parentElement;
    const main = document.querySelector('main');
    return {
      page: { scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth },
      main: main ? { scroll: main.scrollWidth, client: main.clientWidth } : null,
      box: box
        ? { scroll: box.scrollWidth, client: box.clientWidth, overflowX: getComputedStyle(box).overflowX, right: box.getBoundingClientRect().right }
        : null,
      table: table ? table.getBoundingClientRect().width : null,
    };
  });
  console.log(`sweep table at 1440 px: ${JSON.stringify(sizes)}`);
  // The page and the scrolling main area do not widen…
  expect(sizes.page.scroll).toBeLessThanOrEqual(sizes.page.client);
  if (sizes.main) expect(sizes.main.scroll).toBeLessThanOrEqual(sizes.main.client);
  // …and the table either fits its box or scrolls inside it, the box within the window.
  if (!sizes.box) throw new Error('the sweep table has no box');
  expect(sizes.box.right).toBeLessThanOrEqual(1440);
  if (sizes.box.scroll > sizes.box.client) expect(['auto', 'scroll']).toContain(sizes.box.overflowX);
  await page.getByTestId('sweep-result').scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('sweep-table-1440') });
});
