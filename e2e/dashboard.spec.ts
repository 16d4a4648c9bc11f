/**
 * The dashboard in Chromium: a real three-layer ALVH position (plus a VIX call hedge) on
 * the Cboe SPX/VIX history, the dashboard as of 2024-06-03 checked figure by figure against
 * the `dashboard/get` handler, a mark typed into the layers table, the "without hedges" scope,
 * a screenshot to look at, and one "ticket saved → chart updated" timing.
 */
import type { Page } from '@playwright/test';
import type { ApiInput } from '../shared/api/contract';
import type { DashboardData } from '../shared/dashboard/types';
import { formatBreakEvens, formatDollars, formatPct, formatWholeDollars } from '../renderer/src/features/dashboard/dashboard-format';
import { nearestIndex } from '../renderer/src/features/dashboard/curve-style';
import { callApi, screenshotPath, importRealHistory } from './api';
import { expect, skipWithoutMarketData, test } from './fixtures';

const AS_OF = '2024-06-03';

async function seed(page: Page) {
  await importRealHistory(page);
  const portfolio = await callApi(page, 'portfolio/create', { name: 'ALVH 2024', riskCapitalCents: 250_000_00 });
  const condor = (openedOn: string, expiration: string, k: [number, number, number, number], credit: number, quantity: number, role: 'base' | 'time-shift' | 'adaptive') =>
    callApi(page, 'layer/createCondor', {
      portfolioId: portfolio.id, openedOn, expiration, quantity, role, creditHundredths: credit * 100, feesCents: 4 * quantity * 66,
      strikes: { putLong: k[0] * 100, putShort: k[1] * 100, callShort: k[2] * 100, callLong: k[3] * 100 },
    });
  // SPX 4,967 on 2024-04-19, 5,181 on 05-06, 5,305 on 05-24; 5,283.40 on 06-03.
  const base = await condor('2024-04-19', '2024-06-07', [4600, 4650, 5300, 5350], 7.8, 2, 'base');
  const shift = await condor('2024-05-06', '2024-06-14', [4875, 4940, 5425, 5490], 6.9, 1, 'time-shift');
  const adaptive = await condor('2024-05-24', '2024-06-28', [5050, 5100, 5450, 5500], 5.6, 1, 'adaptive');
  const hedge = await callApi(page, 'layer/create', {
    portfolioId: portfolio.id, openedOn: '2024-05-24', role: 'hedge', quantity: 5, netPriceHundredths: -70, feesCents: 5 * 66,
    legs: [{ instrument: 'option', underlying: 'VIX', right: 'call', side: 'long', strikeHundredths: 1600, expiration: '2024-06-18', multiplier: 100 }],
    protectsLayerIds: [base.id, shift.id, adaptive.id],
  });
  return { portfolio, base, shift, adaptive, hedge };
}

function query(portfolioId: number, scope: 'all' | 'no-hedges' = 'all'): ApiInput<'dashboard/get'> {
  return { portfolioId, asOf: AS_OF, volShiftPoints: 0, curveDate: null, scope, layerId: null, points: 400 };
}

async function expectFigures(page: Page, d: DashboardData) {
  const last = d.curves.find((c) => c.id === 'last');
  if (!last) throw new Error('no last-expiration curve');
  await expect(page.getByTestId('break-evens-last')).toContainText(formatBreakEvens(last.breakEvens));
  await expect(page.getByTestId('metric-max-profit')).toContainText(d.maxProfitDollars === null ? '—' : formatDollars(d.maxProfitDollars));
  await expect(page.getByTestId('metric-max-loss')).toContainText(d.maxLossDollars === null ? '—' : formatDollars(-d.maxLossDollars));
  await expect(page.getByTestId('metric-irr')).toContainText(d.irr.ok ? formatPct(d.irr.rate) : d.irr.reason);
}

/** The T+0 read-out the legend shows when the pointer is off the chart: P&L at the grid level nearest spot. */
function t0AtSpot(d: DashboardData): string {
  const t0 = d.curves.find((c) => c.id === 't0');
  return t0 && d.market.spx !== null ? formatWholeDollars(t0.pnlDollars[nearestIndex(d.grid, d.market.spx)] ?? 0) : 'missing';
}

test('the dashboard shows the handler\'s payoff, metrics and layers, takes a mark, and scopes out hedges', async ({ page, host }) => {
  skipWithoutMarketData();
  test.setTimeout(120_000);
  await page.goto(host.url);
  const { portfolio, base, hedge } = await seed(page);
  await callApi(page, 'event/create', { date: '2024-06-05', kind: 'CPI', note: 'May CPI' });
  await callApi(page, 'event/create', { date: '2024-06-12', kind: 'FOMC', note: 'June FOMC' });
  await page.goto(`${host.url}#/dashboard`);
  await page.reload();
  await page.getByTestId('as-of').fill(AS_OF);
  // Upcoming events: the CPI two trading days out is inside the default 2-day guard, the FOMC is not.
  await expect(page.getByTestId('upcoming-events')).toContainText('in 2 trading days');
  await expect(page.getByTestId('upcoming-events').locator('.event-item-guarded')).toHaveCount(1);
  await expect(page.getByTestId('upcoming-events')).toContainText('June FOMC');

  const all = await callApi(page, 'dashboard/get', query(portfolio.id));
  await expect(page.getByTestId('payoff-chart').locator('canvas').first()).toBeVisible();
  await expectFigures(page, all);
  expect(all.irr.ok || all.irr.reason.length > 0).toBe(true);
  await expect(page.getByTestId('legend-t0')).toContainText(t0AtSpot(all));
  await expect(page.getByTestId('spot-line')).toContainText('SPX 5,283.40 · 2024-06-03');
  await expect(page.getByTestId('beta-note')).toContainText(/β = −\d\.\d\d VIX points per 1% SPX \(Theil–Sen median slope over \d+ trading days/);
  await expect(page.getByTestId('hedge-attribution')).toContainText(`protects #${base.id}`);
  await expect(page.getByTestId('dashboard-layers').locator('tbody tr')).toHaveCount(4);
  await expect(page.getByTestId(`mark-${base.id}`)).toContainText('model');
  await expect(page.getByTestId('slot-1')).toContainText(`layer #${base.id}`);

  // A mark typed in the table: Enter saves it for the as-of date, and % captured follows.
  const before = await page.getByTestId(`pct-captured-${base.id}`).textContent();
  await page.getByTestId(`mark-input-${base.id}`).fill('2.40');
  await page.getByTestId(`mark-input-${base.id}`).press('Enter');
  await expect(page.getByTestId(`mark-${base.id}`)).toContainText(`user ${AS_OF}`);
  const marked = await callApi(page, 'dashboard/get', query(portfolio.id));
  const row = marked.layers.find((l) => l.id === base.id);
  expect(row?.pctMaxProfit).not.toBeNull();
  await expect(page.getByTestId(`pct-captured-${base.id}`)).toHaveText(formatPct(row?.pctMaxProfit ?? 0, 1));
  expect(formatPct(row?.pctMaxProfit ?? 0, 1)).not.toBe(before);
  // Escape cancels a half-typed mark.
  await page.getByTestId(`mark-input-${base.id}`).fill('9');
  await page.getByTestId(`mark-input-${base.id}`).press('Escape');
  await expect(page.getByTestId(`mark-input-${base.id}`)).toHaveValue('');

  // Without hedges: the VIX calls leave the curves and the figures.
  await page.getByTestId('scope-no-hedges').locator('..').click();
  await expect(page.getByTestId('scope-no-hedges')).toBeChecked();
  const condorsOnly = await callApi(page, 'dashboard/get', query(portfolio.id, 'no-hedges'));
  await expect(page.getByTestId('legend-t0')).toContainText(t0AtSpot(condorsOnly));
  await expectFigures(page, condorsOnly);
  expect(t0AtSpot(condorsOnly)).not.toBe(t0AtSpot(marked));
  await page.getByTestId('scope-all').locator('..').click();
  await expectFigures(page, marked);
  await expect(page.getByTestId(`hedge-${hedge.id}`)).toBeVisible();

  await page.addStyleTag({ content: '.app { height: auto !important; } .main { overflow: visible !important; }' });
  await page.screenshot({ path: screenshotPath('dashboard'), fullPage: true });
});

test('ticket saved → chart updated, timed once', async ({ page, host }) => {
  skipWithoutMarketData();
  test.setTimeout(120_000);
  await page.goto(host.url);
  const { portfolio, adaptive } = await seed(page);
  await page.goto(`${host.url}#/dashboard`);
  await page.reload();
  await page.getByTestId('as-of').fill(AS_OF);
  const first = await callApi(page, 'dashboard/get', query(portfolio.id));
  await expect(page.getByTestId('legend-t0')).toContainText(t0AtSpot(first));
  const legendBefore = await page.getByTestId('legend-t0').textContent();

  const started = performance.now();
  await callApi(page, 'ticket/add', { layerId: adaptive.id, date: AS_OF, action: 'close', netPriceHundredths: -310, feesCents: 264 });
  await page.getByTestId('dashboard-refresh').click();
  await expect(page.getByTestId('legend-t0')).not.toHaveText(legendBefore ?? '');
  const elapsed = performance.now() - started;
  console.log(`[perf] ticket saved → chart legend updated: ${elapsed.toFixed(0)} ms (close ticket via API, Refresh, 400-point grid, 4 → 3 open layers)`);

  const after = await callApi(page, 'dashboard/get', query(portfolio.id));
  await expect(page.getByTestId('legend-t0')).toContainText(t0AtSpot(after));
  await expect(page.getByTestId('dashboard-layers').locator('tbody tr')).toHaveCount(3);
});
