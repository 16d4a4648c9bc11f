/**
 * Issue 13 in Chromium, with the book entered through the UI forms on the real 2026 SPX/VIX
 * history (imported through Market data): three condor layers, a VIX-call hedge, a partial
 * close, a roll, a full close and one expiration left unbooked. The as-of date then steps through
 * eight dates, from before the first layer to after the last expiration; on each, the chart's
 * curves, the metrics, the layers table and the prompts must agree with `dashboard/get` and
 * `rules/prompts` and with figures worked by hand below from the fills and the CBOE closes.
 * Finally the expiration is booked from its prompt: exactly one ticket, at the settlement value
 * (the SPX close of the expiration day, SPXW being PM-settled), and the hand-worked realised P&L.
 *
 * Issue 19 item 11: the T+0 value at SPX now, the Open P&L metric and the layers table's total
 * are one figure; they are compared as the screen prints them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { ApiResult } from '../shared/api/contract';
import { formatCents } from '../shared/format/money';
import { dollarsToCents } from '../shared/money';
import { callApi, shootWholeDashboard } from './api';
import { expect, MARKET_DATA, skipWithoutMarketData, test } from './fixtures';
import { createPortfolio, enterClose, enterCondor, enterRoll, enterVixCallHedge, importMarketCsv, stepAsOf } from './ui-entry';

/** The CBOE CLOSE of a day (MM/DD/YYYY rows), read from the file the UI imported. */
function cboeClose(symbol: 'SPX' | 'VIX', isoDate: string): number {
  const [y, m, d] = isoDate.split('-');
  const row = readFileSync(join(MARKET_DATA, `${symbol}_History.csv`), 'utf8').split(/\r?\n/).find((line) => line.startsWith(`${m}/${d}/${y},`));
  if (!row) throw new Error(`no ${symbol} close on ${isoDate}`);
  return Number(row.split(',')[4]);
}

/** Dollars as the dashboard prints them ("−$24.00"); whole dollars as the chart's read-out does ("−$24"). */
const usd = (dollars: number) => formatCents(dollarsToCents(dollars));
const wholeUsd = (dollars: number) => `${Math.round(dollars) < 0 ? '−' : ''}$${Math.abs(Math.round(dollars)).toLocaleString('en-US')}`;

// ---- The fills (what the trader types) -------------------------------------------------------
const L1 = { openedOn: '2026-05-04', expiration: '2026-06-26', role: 'base', strikes: [6800, 6850, 7600, 7650], quantity: 4, credit: '15.00', fees: '24.00' } as const;
const L2 = { openedOn: '2026-05-20', expiration: '2026-06-26', role: 'time-shift', strikes: [6900, 6960, 7800, 7860], quantity: 2, credit: '11.00', fees: '12.00' } as const;
const L1_PARTIAL = { date: '2026-05-27', units: 1, debit: '7.00', fees: '6.00' };
const L3 = { openedOn: '2026-06-01', expiration: '2026-07-02', role: 'adaptive', strikes: [7450, 7500, 7750, 7800], quantity: 2, credit: '12.40', fees: '12.00' } as const;
const L2_ROLL = { date: '2026-06-10', closeDebit: '5.00', closeFees: '12.00', expiration: '2026-07-02', strikes: [6950, 7000, 7550, 7600] as [number, number, number, number], credit: '9.00', openFees: '12.00' };
const HEDGE = { openedOn: '2026-06-12', strike: 20, expiration: '2026-07-22', quantity: 5, debit: '1.10', fees: '7.50' };
const L1_CLOSE = { date: '2026-06-22', debit: '1.20', fees: '18.00' };
const L4_CLOSE = { date: '2026-07-01', debit: '0.40', fees: '12.00' };

// ---- Hand-worked figures, dollars (× 100 per point per condor) ---------------------------------
const L1_NET_OPEN = 15.0 * 100 * 4 - 24; // 5,976: credit less fees
const L1_PARTIAL_CASH = -7.0 * 100 * 1 - 6; // −706
// Realised on a partial close = its cash + the closed unit's share of the opening cash: −706 + 5,976 / 4.
const L1_REALISED_PARTIAL = L1_PARTIAL_CASH + L1_NET_OPEN / 4; // 788
const L1_NET_AFTER_PARTIAL = L1_NET_OPEN + L1_PARTIAL_CASH; // 5,270
const L1_REALISED = L1_NET_AFTER_PARTIAL - 1.2 * 100 * 3 - 18; // 4,892 once every unit is closed
const L2_NET_OPEN = 11.0 * 100 * 2 - 12; // 2,188
const L2_REALISED = L2_NET_OPEN - 5.0 * 100 * 2 - 12; // 1,176 at the roll
const L3_NET_OPEN = 12.4 * 100 * 2 - 12; // 2,468
const L4_NET_OPEN = 9.0 * 100 * 2 - 12; // 1,788
const L4_REALISED = L4_NET_OPEN - 0.4 * 100 * 2 - 12; // 1,696
const HEDGE_NET = -1.1 * 100 * 5 - 7.5; // −557.50
const MARGIN = (wing: number, units: number) => wing * 100 * units; // wider wing × 100 × open units

test('the book entered through the UI, stepped through eight as-of dates, agrees with the handlers and the hand-worked figures', async ({ page, host }) => {
  skipWithoutMarketData();
  test.setTimeout(420_000);
  // SPXW settles PM: the layer L3 expiring 2026-07-02 settles at that day's SPX close. Its short
  // 7500 put is in the money, the 7450 long put and both calls are not.
  const spxOnL3Expiry = cboeClose('SPX', L3.expiration);
  expect(spxOnL3Expiry).toBeGreaterThan(7450);
  expect(spxOnL3Expiry).toBeLessThan(7500);
  const L3_SETTLE_POINTS = Math.round((7500 - spxOnL3Expiry) * 100) / 100; // 16.76 per condor, a debit to the short
  const L3_REALISED = L3_NET_OPEN - L3_SETTLE_POINTS * 100 * 2; // −884

  await page.goto(host.url);
  const { l1, l2, l3, l4, hedge } = await enterBook(page);

  type Step = {
    asOf: string; rows: Record<number, string>; netCredit: number; realised: number; margin: number;
    openPnl?: number; shot?: string; prompts?: { has?: RuleId[]; hasNot?: RuleId[] };
  };
  const steps: Step[] = [
    { asOf: '2026-04-30', rows: {}, netCredit: 0, realised: 0, margin: 0, shot: 'tt-ui-1-before', prompts: { has: ['base-layer'] } },
    // Opening day: the model is anchored at the fill, so the open P&L is the fees alone.
    { asOf: L1.openedOn, rows: { [l1]: 'open' }, netCredit: L1_NET_OPEN, realised: 0, margin: MARGIN(50, 4), openPnl: -24, shot: 'tt-ui-2-opening-day' },
    { asOf: '2026-05-28', rows: { [l1]: 'open', [l2]: 'open' }, netCredit: L1_NET_AFTER_PARTIAL + L2_NET_OPEN, realised: L1_REALISED_PARTIAL, margin: MARGIN(50, 3) + MARGIN(60, 2) },
    { asOf: '2026-06-11', rows: { [l1]: 'open', [l3]: 'open', [l4]: 'open' }, netCredit: L1_NET_AFTER_PARTIAL + L3_NET_OPEN + L4_NET_OPEN,
      realised: L1_REALISED_PARTIAL + L2_REALISED, margin: MARGIN(50, 3) + MARGIN(50, 2) + MARGIN(50, 2) },
    { asOf: '2026-06-15', rows: { [l1]: 'open', [l3]: 'open', [l4]: 'open', [hedge]: 'open' }, netCredit: L1_NET_AFTER_PARTIAL + L3_NET_OPEN + L4_NET_OPEN + HEDGE_NET,
      realised: L1_REALISED_PARTIAL + L2_REALISED, margin: MARGIN(50, 3) + MARGIN(50, 2) + MARGIN(50, 2), shot: 'tt-ui-3-hedged' },
    // Expiration day of l3: it is still open (DTE 0) and worth its intrinsic value at the close.
    { asOf: L3.expiration, rows: { [l3]: 'open', [hedge]: 'open' }, netCredit: L3_NET_OPEN + HEDGE_NET, realised: L1_REALISED + L2_REALISED + L4_REALISED, margin: MARGIN(50, 2) },
    { asOf: '2026-07-06', rows: { [l3]: 'expired-unbooked', [hedge]: 'open' }, netCredit: HEDGE_NET, realised: L1_REALISED + L2_REALISED + L4_REALISED, margin: 0,
      shot: 'tt-ui-4-expired-unbooked', prompts: { has: ['book-expiration'] } },
  ];

  const dashboardOf = (asOf: string) =>
    callApi(page, 'dashboard/get', { portfolioId: 1, asOf, volShiftPoints: 0, curveDate: null, scope: 'all', layerId: null, points: 400 });
  for (const step of steps) {
    await stepAsOf(page, step.asOf);
    const d = await dashboardOf(step.asOf);
    expect(Object.fromEntries(d.layers.map((l) => [l.id, l.status])), `${step.asOf} layers`).toEqual(step.rows);
    expect(d.netCreditDollars, `${step.asOf} net credit`).toBeCloseTo(step.netCredit, 6);
    expect(d.realizedPnlDollars, `${step.asOf} realised`).toBeCloseTo(step.realised, 6);
    expect(d.marginDollars, `${step.asOf} margin`).toBe(step.margin);
    if (step.openPnl !== undefined) expect(d.openPnlDollars, `${step.asOf} open P&L`).toBeCloseTo(step.openPnl, 2);
    // Margin posted on the as-of date itself has been held 0 days: WACC says so, not "no margin".
    if (step.asOf === L1.openedOn) await expect(page.getByTestId('metric-wacc')).toContainText('posted today and has not been held a day yet');
    expect(d.layers.every((l) => l.dte === null || l.dte >= 0), `${step.asOf} no negative DTE`).toBe(true);
    await checkScreenAgainst(page, d, step.asOf);
    await checkPrompts(page, step.asOf, step.rows, step.prompts);
    if (step.shot) await shootWholeDashboard(page, step.shot);
  }

  // Hand-worked values on the expiration day and after it (SPXW: the close of 07-02).
  const onExpiry = await dashboardOf(L3.expiration);
  const l3Row = (x: ApiResult<'dashboard/get'>) => x.layers.find((l) => l.id === l3);
  expect(l3Row(onExpiry)?.dte).toBe(0);
  expect(l3Row(onExpiry)?.pnlDollars).toBeCloseTo(L3_REALISED, 2);
  const afterExpiry = await dashboardOf('2026-07-06');
  expect(l3Row(afterExpiry)?.settlement?.pricePoints).toBeCloseTo(L3_SETTLE_POINTS, 6);
  expect(l3Row(afterExpiry)?.pnlDollars).toBeCloseTo(L3_REALISED, 2);
  expect(l3Row(afterExpiry)?.marginDollars).toBe(0);

  // Book the expiration from its prompt: one ticket at the settlement value, the hand-worked P&L.
  const before = await callApi(page, 'layer/get', { layerId: l3 });
  await page.getByTestId('act-book-expiration').click();
  const legs = page.getByTestId('settlement-legs');
  await expect(legs).toContainText(`SPX close (PM-settled) of ${L3.expiration}`);
  await expect(legs).toContainText(spxOnL3Expiry.toLocaleString('en-US', { maximumFractionDigits: 2 }));
  await expect(legs).toContainText(L3_SETTLE_POINTS.toFixed(2));
  await expect(page.getByTestId('settlement-summary')).toContainText(`at ${L3_SETTLE_POINTS.toFixed(2)} db per unit`);
  await page.getByTestId('book-settlement').click();
  await expect(page.getByTestId('act-dialog')).toBeHidden({ timeout: 15_000 });
  const after = await callApi(page, 'layer/get', { layerId: l3 });
  expect(after.tickets).toHaveLength(before.tickets.length + 1);
  const booked = after.tickets[after.tickets.length - 1];
  expect(booked).toMatchObject({ date: L3.expiration, action: 'settle', quantity: 2, netPriceHundredths: -Math.round(L3_SETTLE_POINTS * 100), feesCents: 0 });
  expect(after.realizedPnlCents).toBe(Math.round(L3_REALISED * 100));
  expect(after.openQuantity).toBe(0);

  // Eighth date: after booking, the layer has left the open book and its P&L is realised.
  const last = { asOf: '2026-07-07', rows: { [hedge]: 'open' }, realised: L1_REALISED + L2_REALISED + L4_REALISED + L3_REALISED };
  await stepAsOf(page, last.asOf);
  const d = await dashboardOf(last.asOf);
  expect(Object.fromEntries(d.layers.map((l) => [l.id, l.status]))).toEqual(last.rows);
  expect(d.realizedPnlDollars).toBeCloseTo(last.realised, 6);
  expect(d.netCreditDollars).toBeCloseTo(HEDGE_NET, 6);
  expect(d.marginDollars).toBe(0);
  await checkScreenAgainst(page, d, last.asOf);
  await checkPrompts(page, last.asOf, last.rows, { hasNot: ['book-expiration'] });
  await shootWholeDashboard(page, 'tt-ui-5-booked');
});

/** The whole book through the forms, in date order; returns the layer ids the app gave. */
async function enterBook(page: Page): Promise<{ l1: number; l2: number; l3: number; l4: number; hedge: number }> {
  await createPortfolio(page, 'Time-true UI 2026', 500_000);
  await importMarketCsv(page, 'SPX_History.csv');
  await importMarketCsv(page, 'VIX_History.csv');
  const ids = async () => (await callApi(page, 'layer/list', { portfolioId: 1, status: 'all' })).map((l) => l.id).sort((a, b) => a - b);
  const nth = async (i: number) => {
    const id = (await ids())[i];
    if (id === undefined) throw new Error(`layer ${i + 1} expected`);
    return id;
  };
  await enterCondor(page, L1);
  const l1 = await nth(0);
  await enterCondor(page, L2);
  const l2 = await nth(1);
  await enterClose(page, l1, L1_PARTIAL);
  await enterCondor(page, L3);
  const l3 = await nth(2);
  await enterRoll(page, l2, L2_ROLL);
  const l4 = (await callApi(page, 'layer/get', { layerId: l2 })).rolledToId;
  if (l4 === null) throw new Error('the roll opened no layer');
  await enterVixCallHedge(page, { ...HEDGE, protects: [l1, l3, l4] });
  const hedge = await nth(4);
  expect((await callApi(page, 'layer/get', { layerId: hedge })).protectsLayerIds).toEqual([l1, l3, l4]);
  await enterClose(page, l1, L1_CLOSE);
  await enterClose(page, l4, L4_CLOSE);
  // l3 is left to expire, unbooked.
  return { l1, l2, l3, l4, hedge };
}

/** The metrics, the layers table and the chart on screen print what the handler returned. */
async function checkScreenAgainst(page: Page, d: ApiResult<'dashboard/get'>, asOf: string): Promise<void> {
  if (d.layers.length === 0) {
    await expect(page.getByTestId('dashboard-empty')).toContainText(`No open layer on ${asOf}`);
    return;
  }
  await expect(page.getByTestId('dashboard-layers').locator('tr.layer-row')).toHaveCount(d.layers.length);
  for (const row of d.layers) await expect(page.getByTestId(`dashboard-layer-${row.id}`)).toContainText(usd(row.pnlDollars));
  await expect(page.getByTestId('metric-net-credit')).toContainText(usd(d.netCreditDollars));
  await expect(page.getByTestId('metric-realized-pnl')).toContainText(usd(d.realizedPnlDollars));
  await expect(page.getByTestId('metric-open-pnl')).toContainText(usd(d.openPnlDollars));
  await expect(page.getByTestId('metric-margin')).toContainText(usd(d.marginDollars));
  const chart = page.getByTestId('payoff-chart');
  await expect(chart).toHaveAttribute('data-curves', d.curves.map((c) => c.id).join(' '));
  const t0 = d.curves.find((c) => c.id === 't0');
  const spot = d.market.spx;
  if (t0 && spot !== null) {
    const at = d.grid.indexOf(spot);
    expect(at, `${asOf}: the spot is a level of the grid`).toBeGreaterThanOrEqual(0);
    await expect(page.getByTestId('payoff-legend')).toContainText(`SPX now ${spot.toLocaleString('en-US', { minimumFractionDigits: 2 })}`);
    await expect(page.getByTestId('legend-t0')).toContainText(wholeUsd(t0.pnlDollars[at] ?? NaN));
    for (const c of d.curves) await expect(page.getByTestId(`legend-${c.id}`)).toContainText(c.date);
  }
  await checkOneFigure(page, d, asOf);
}

/**
 * Issue 19 item 11, as printed: the layers table's total is the sum of its rows; with no layer
 * expired unbooked it is the T+0 curve at SPX now (the read-out prints whole dollars); and the
 * Open P&L metric is that total less the cash already realised on partial closes — so on a date
 * without such cash the three numbers on screen are one.
 */
async function checkOneFigure(page: Page, d: ApiResult<'dashboard/get'>, asOf: string): Promise<void> {
  const total = d.layers.reduce((s, l) => s + l.pnlDollars, 0);
  const realisedOnTable = d.layers.reduce((s, l) => s + l.realizedPnlDollars, 0);
  const totalCell = page.getByTestId('dashboard-layers-total');
  const totalText = (await totalCell.innerText()).trim();
  // Every column, the P&L and IRR last, stays in view (an expired row's badge and settlement note
  // once pushed them out of the card at 1400 px).
  const lastHeader = page.getByTestId('dashboard-layers').locator('thead th').last();
  const [cellBox, cardBox] = await Promise.all([lastHeader.boundingBox(), page.locator('.dashboard-layers-card').boundingBox()]);
  expect((cellBox?.x ?? Infinity) + (cellBox?.width ?? 0), `${asOf}: the IRR column is inside the layers card`).toBeLessThanOrEqual((cardBox?.x ?? 0) + (cardBox?.width ?? 0));
  expect(totalText, `${asOf} table total`).toBe(usd(total));
  const openText = (await page.getByTestId('metric-open-pnl').locator('.metric-value').innerText()).trim();
  expect(openText, `${asOf} Open P&L = total − realised on the table`).toBe(usd(total - realisedOnTable));
  const legendText = (await page.getByTestId('legend-t0').locator('.payoff-legend-value').innerText()).trim();
  const unbooked = d.layers.filter((l) => l.status === 'expired-unbooked').reduce((s, l) => s + l.pnlDollars, 0);
  expect(legendText, `${asOf} T+0 at SPX now = the open layers' total`).toBe(wholeUsd(total - unbooked));
  if (realisedOnTable === 0 && unbooked === 0) {
    expect(openText, `${asOf}: Open P&L and the table total are one figure`).toBe(totalText);
    expect(legendText, `${asOf}: the T+0 read-out is that figure in whole dollars`).toBe(wholeUsd(Number(openText.replace(/[$,]/g, '').replace('−', '-'))));
  }
}

type RuleId = ApiResult<'rules/prompts'>['prompts'][number]['rule'];

/** Every prompt the engine returns is on screen; none names a layer that does not exist on the date; an expired layer only gets book-expiration. */
async function checkPrompts(page: Page, asOf: string, rows: Record<number, string>, expected: { has?: RuleId[]; hasNot?: RuleId[] } = {}): Promise<void> {
  const { prompts } = await callApi(page, 'rules/prompts', { portfolioId: 1, asOf });
  const rules = new Set(prompts.map((p) => p.rule));
  for (const rule of expected.has ?? []) expect(rules.has(rule), `${asOf}: ${rule} fires`).toBe(true);
  for (const rule of expected.hasNot ?? []) expect(rules.has(rule), `${asOf}: ${rule} does not fire`).toBe(false);
  for (const prompt of prompts) {
    if (prompt.layerId === null) continue;
    expect(rows[prompt.layerId], `${asOf} ${prompt.key} names a live layer`).toBeDefined();
    if (rows[prompt.layerId] === 'expired-unbooked') expect(prompt.rule).toBe('book-expiration');
  }
  const panel = page.getByTestId('prompts-panel');
  for (const rule of rules) await expect(panel.getByTestId(`prompt-${rule}`).first()).toBeVisible();
  await expect(panel.locator('article.prompt-card')).toHaveCount(prompts.length);
}
