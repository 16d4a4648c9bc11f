/**
 * Performance over time in Chromium: a book with a win, a loss, a partial close and a roll chain, seeded
 * through the API; the Journal's Performance page must show the same totals as `performance/get`.
 */
import type { Page } from '@playwright/test';
import { formatCents } from '../shared/format/money';
import { callApi, screenshotPath } from './api';
import { expect, test } from './fixtures';

const STRIKES = { putLong: 550000, putShort: 555000, callShort: 590000, callLong: 595000 };
const usd = (dollars: number) => formatCents(Math.round(dollars * 100));

async function seed(page: Page) {
  const { id: portfolioId } = await callApi(page, 'portfolio/create', { name: 'ALVH book', riskCapitalCents: 100_000_00 });
  const condor = (openedOn: string, quantity: number, creditHundredths: number, extra: { role?: 'base' | 'time-shift'; tags?: string[] } = {}) =>
    callApi(page, 'layer/createCondor', { portfolioId, openedOn, expiration: '2026-06-18', strikes: STRIKES, quantity, creditHundredths, feesCents: 500, ...extra });
  const win = await condor('2026-01-05', 2, 1250, { tags: ['45dte'] });
  await callApi(page, 'ticket/add', { layerId: win.id, date: '2026-01-26', action: 'close', netPriceHundredths: -500, feesCents: 500 });
  const loss = await condor('2026-02-02', 1, 800, { role: 'time-shift', tags: ['30dte'] });
  await callApi(page, 'ticket/add', { layerId: loss.id, date: '2026-02-20', action: 'close', netPriceHundredths: -2000, feesCents: 500 });
  const partial = await condor('2026-02-09', 4, 600);
  await callApi(page, 'ticket/add', { layerId: partial.id, date: '2026-02-23', action: 'close', quantity: 1, netPriceHundredths: -200, feesCents: 200 });
  const first = await condor('2026-03-02', 1, 1000);
  const { opened } = await callApi(page, 'layer/roll', { layerId: first.id, date: '2026-03-16', closePriceHundredths: -400, closeFeesCents: 400, expiration: '2026-06-18', strikes: STRIKES, creditHundredths: 700, openFeesCents: 400 });
  await callApi(page, 'ticket/add', { layerId: opened.id, date: '2026-04-06', action: 'close', netPriceHundredths: -150, feesCents: 400 });
  await callApi(page, 'decision/record', { portfolioId, ruleId: 'roll', subject: `layer-${first.id}`, evaluatedOn: '2026-03-16', decision: 'acted', prompt: {}, layerId: first.id });
  return { portfolioId, chain: [first.id, opened.id] };
}

test('the Performance page shows the realised P&L, calendar, statistics and roll campaign of performance/get', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByTestId('portfolio-form')).toBeVisible();
  const { portfolioId, chain } = await seed(page);
  const perf = await callApi(page, 'performance/get', { portfolioId });
  await page.goto(`${host.url}#/performance`);
  await page.reload();

  await expect(page.getByRole('heading', { name: 'Performance' })).toBeVisible();
  await expect(page.getByTestId('total-realized')).toHaveText(usd(perf.totals.realizedDollars));
  await expect(page.getByTestId('total-closed')).toHaveText(String(perf.totals.closedLayers));
  await expect(page.getByTestId('total-fees')).toHaveText(usd(perf.totals.feesDollars));
  await expect(page.getByTestId('total-win-rate')).toHaveText(`${((perf.stats.overall.winRate ?? 0) * 100).toFixed(1)}%`);
  expect(perf.totals.closedLayers).toBe(4);
  await expect(page.getByTestId('equity-chart').locator('canvas').first()).toBeVisible();

  for (const m of perf.calendar.months) await expect(page.getByTestId(`month-${m.month}`)).toHaveText(usd(m.realizedDollars));
  await page.getByTestId('month-2026-02').click();
  await expect(page.getByTestId('calendar-days')).toContainText('2026-02-23');

  const stats = page.getByTestId('stats-table');
  await expect(stats).toContainText(usd(perf.stats.overall.totalDollars));
  await page.getByRole('radio', { name: 'Rules followed' }).click();
  await expect(stats).toContainText('followed the rules');
  await expect(stats).toContainText('not prompted');
  await page.getByRole('radio', { name: 'Overall' }).click();

  const campaign = perf.campaigns[0];
  expect(campaign?.layerIds).toEqual(chain);
  const campaigns = page.getByTestId('campaigns-table');
  await expect(campaigns).toContainText(`#${chain[0]} → #${chain[1]}`);
  await expect(campaigns).toContainText(usd(campaign?.realizedDollars ?? 0));
  await expect(campaigns).toContainText(campaign?.irr.ok ? `${(campaign.irr.rate * 100).toFixed(1)}%` : 'undefined');

  await page.mouse.move(0, 0);
  await page.addStyleTag({ content: '.app { height: auto !important; } .main { overflow: visible !important; }' });
  await page.screenshot({ path: screenshotPath('performance'), fullPage: true });
});

test('an empty portfolio says there are no closed layers yet', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByTestId('portfolio-form')).toBeVisible();
  await callApi(page, 'portfolio/create', { name: 'Empty', riskCapitalCents: 100_000_00 });
  await page.goto(`${host.url}#/performance`);
  await page.reload();
  await expect(page.getByTestId('performance-empty')).toContainText('No closed layers yet');
});

test('the Performance page and the journal follow the dashboard as-of date', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByTestId('portfolio-form')).toBeVisible();
  const { portfolioId } = await seed(page);
  await page.goto(`${host.url}#/dashboard`);
  await page.reload();
  // As of 02-21: the win (01-26) and the loss (02-20) are closed; the partial close of 02-23 and the roll chain are later.
  await page.getByTestId('as-of').fill('2026-02-21');
  const perf = await callApi(page, 'performance/get', { portfolioId, asOf: '2026-02-21' });
  expect(perf.totals.closedLayers).toBe(2);
  await page.evaluate(() => { window.location.hash = '#/performance'; });
  await expect(page.getByTestId('total-closed')).toHaveText('2');
  await expect(page.getByTestId('total-realized')).toHaveText(usd(perf.totals.realizedDollars));
  await expect(page.getByTestId('month-2026-03')).toHaveCount(0);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: screenshotPath('performance-as-of'), fullPage: true });

  await page.evaluate(() => { window.location.hash = '#/journal'; });
  const timeline = await callApi(page, 'journal/timeline', { portfolioId, asOf: '2026-02-21' });
  expect(timeline.items.every((i) => i.date <= '2026-02-21')).toBe(true);
  await expect(page.getByText('2026-02-23')).toHaveCount(0);
  // The win's and the loss's closes; the partial close of 02-23 is after the as-of date.
  await expect(page.getByText(/^Close \d × layer/)).toHaveCount(2);
  await page.screenshot({ path: screenshotPath('journal-as-of'), fullPage: true });
});
