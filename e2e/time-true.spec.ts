/**
 * Issue 13 in Chromium on the real 2026 SPX/VIX history: a book with three condor layers, a VIX
 * hedge, a partial close, a roll and an expiration left unbooked, then the as-of date stepped
 * through eight dates from before the first layer to after the last expiration. On each date the
 * layers table, the metrics and the prompts must agree with the `dashboard/get` and
 * `rules/prompts` handlers and with hand-worked facts (which layers exist, their status, margin on
 * the open units). Four screenshots are saved to look at. Finally the unbooked expiration is
 * booked with one click from its prompt. (The book is seeded through the API for speed; the entry
 * forms themselves are covered by journal-entry.spec.ts.)
 */
import type { Page } from '@playwright/test';
import { formatDollars } from '../renderer/src/features/dashboard/dashboard-format';
import { callApi, screenshotPath, importRealHistory } from './api';
import { expect, skipWithoutMarketData, test } from './fixtures';

const strikes = (k: [number, number, number, number]) => ({ putLong: k[0] * 100, putShort: k[1] * 100, callShort: k[2] * 100, callLong: k[3] * 100 });

async function seed(page: Page) {
  await importRealHistory(page);
  const p = await callApi(page, 'portfolio/create', { name: 'Time-true 2026', riskCapitalCents: 500_000_00 });
  const condor = (openedOn: string, expiration: string, k: [number, number, number, number], credit: number, quantity: number, role: 'base' | 'time-shift' | 'adaptive') =>
    callApi(page, 'layer/createCondor', { portfolioId: p.id, openedOn, expiration, quantity, role, creditHundredths: credit * 100, feesCents: 0, strikes: strikes(k) });
  // SPX 7,230 on 2026-05-01, ~7,444 mid-May, 7,600 on 06-01, 7,358 on 06-24, 7,504 on 07-07.
  const base = await condor('2026-05-04', '2026-06-19', [6800, 6850, 7650, 7700], 12, 4, 'base');
  const shift = await condor('2026-05-20', '2026-06-26', [6900, 6960, 7700, 7760], 10, 2, 'time-shift');
  const third = await condor('2026-06-01', '2026-07-02', [7100, 7150, 7800, 7850], 9, 2, 'adaptive');
  const hedge = await callApi(page, 'layer/create', {
    portfolioId: p.id, openedOn: '2026-05-20', role: 'hedge', quantity: 5, netPriceHundredths: -90, feesCents: 0,
    legs: [{ instrument: 'option', underlying: 'VIX', right: 'call', side: 'long', strikeHundredths: 2000, expiration: '2026-07-22', multiplier: 100 }],
    protectsLayerIds: [base.id, shift.id, third.id],
  });
  await callApi(page, 'ticket/add', { layerId: base.id, date: '2026-05-27', action: 'close', quantity: 1, netPriceHundredths: -600 });
  const roll = await callApi(page, 'layer/roll', { layerId: shift.id, date: '2026-06-10', closePriceHundredths: -450, expiration: '2026-07-17', strikes: strikes([6950, 7000, 7800, 7850]), creditHundredths: 1100 });
  await callApi(page, 'ticket/add', { layerId: base.id, date: '2026-06-12', action: 'close', netPriceHundredths: -300 });
  // `third` (exp 2026-07-02) is left unbooked.
  return { p, base, shift, third, hedge, rolled: roll.opened };
}

async function stepTo(page: Page, asOf: string) {
  await page.getByTestId('as-of').fill(asOf);
  await expect(page.locator('#metrics-title, [data-testid="dashboard-empty"]').filter({ hasText: asOf }).first()).toBeVisible();
}

// eslint-disable-next-line complexity -- one end-to-end scenario read top to bottom; it needs a build to run, so it is not restructured blind
test('the as-of date steps through the book: layers, metrics and prompts agree with the handlers on every date', async ({ page, host }) => {
  skipWithoutMarketData();
  test.setTimeout(240_000);
  await page.goto(host.url);
  const book = await seed(page);
  await page.goto(`${host.url}#/dashboard`);
  await page.reload();

  // Hand-worked: which layers are on the dashboard, with which status, and the margin of open units.
  const wing = (w: number, units: number) => w * 100 * units;
  const dates: { asOf: string; rows: Record<number, string>; margin: number; shot?: string }[] = [
    { asOf: '2026-04-30', rows: {}, margin: 0, shot: 'time-true-before' },
    { asOf: '2026-05-12', rows: { [book.base.id]: 'open' }, margin: wing(50, 4) },
    { asOf: '2026-05-28', rows: { [book.base.id]: 'open', [book.shift.id]: 'open', [book.hedge.id]: 'open' }, margin: wing(50, 3) + wing(60, 2), shot: 'time-true-partial' },
    { asOf: '2026-06-05', rows: { [book.base.id]: 'open', [book.shift.id]: 'open', [book.third.id]: 'open', [book.hedge.id]: 'open' }, margin: wing(50, 3) + wing(60, 2) + wing(50, 2) },
    { asOf: '2026-06-11', rows: { [book.base.id]: 'open', [book.third.id]: 'open', [book.rolled.id]: 'open', [book.hedge.id]: 'open' }, margin: wing(50, 3) + wing(50, 2) + wing(50, 2) },
    { asOf: '2026-06-22', rows: { [book.third.id]: 'open', [book.rolled.id]: 'open', [book.hedge.id]: 'open' }, margin: wing(50, 2) + wing(50, 2), shot: 'time-true-after-close' },
    { asOf: '2026-07-02', rows: { [book.third.id]: 'open', [book.rolled.id]: 'open', [book.hedge.id]: 'open' }, margin: wing(50, 2) + wing(50, 2) },
    { asOf: '2026-07-07', rows: { [book.third.id]: 'expired-unbooked', [book.rolled.id]: 'open', [book.hedge.id]: 'open' }, margin: wing(50, 2), shot: 'time-true-expired' },
  ];
  for (const step of dates) {
    await stepTo(page, step.asOf);
    const d = await callApi(page, 'dashboard/get', { portfolioId: book.p.id, asOf: step.asOf, volShiftPoints: 0, curveDate: null, scope: 'all', layerId: null, points: 400 });
    expect(Object.fromEntries(d.layers.map((l) => [l.id, l.status])), step.asOf).toEqual(step.rows);
    expect(d.marginDollars, `${step.asOf} margin`).toBe(step.margin);
    expect(d.layers.every((l) => l.dte === null || l.dte >= 0)).toBe(true);
    if (d.layers.length === 0) {
      await expect(page.getByTestId('dashboard-empty')).toContainText(`No open layer on ${step.asOf}`);
    } else {
      for (const row of d.layers) await expect(page.getByTestId(`dashboard-layer-${row.id}`)).toBeVisible();
      await expect(page.getByTestId('dashboard-layers').locator('tr.layer-row')).toHaveCount(d.layers.length);
      await expect(page.getByTestId('metric-margin')).toContainText(formatDollars(d.marginDollars));
      await expect(page.getByTestId('metric-realized-pnl')).toContainText(formatDollars(d.realizedPnlDollars));
    }
    const prompts = await callApi(page, 'rules/prompts', { portfolioId: book.p.id, asOf: step.asOf });
    // No prompt about a layer that does not exist yet or has ended on this date; expired ones only get book-expiration.
    for (const prompt of prompts.prompts) {
      if (prompt.layerId === null) continue;
      expect(step.rows[prompt.layerId], `${step.asOf} ${prompt.key}`).toBeDefined();
      if (step.rows[prompt.layerId] === 'expired-unbooked') expect(prompt.rule).toBe('book-expiration');
    }
    for (const rule of new Set(prompts.prompts.map((q) => q.rule))) await expect(page.getByTestId(`prompt-${rule}`).first()).toBeVisible();
    if (step.shot) {
      await page.screenshot({ path: screenshotPath(step.shot), fullPage: true });
      // The prompts fill the first screen: the layers table and the metrics get their own pictures.
      if (d.layers.length > 0) {
        await page.getByTestId('dashboard-layers').screenshot({ path: screenshotPath(`${step.shot}-layers`) });
        await page.locator('.dashboard-metrics').screenshot({ path: screenshotPath(`${step.shot}-metrics`) });
      }
    }
  }

  // Book the unbooked expiration with one click from its prompt: one settle/expire ticket at the settlement value.
  const before = await callApi(page, 'layer/get', { layerId: book.third.id });
  const prompt = (await callApi(page, 'rules/prompts', { portfolioId: book.p.id, asOf: '2026-07-07' })).prompts.find((q) => q.rule === 'book-expiration');
  if (prompt?.suggestion?.kind !== 'book-expiration') throw new Error('no book-expiration prompt');
  await page.getByTestId('act-book-expiration').click();
  await expect(page.getByTestId('settlement-legs')).toBeVisible();
  await page.getByTestId('book-settlement').click();
  await expect(page.getByTestId('act-dialog')).toBeHidden({ timeout: 15_000 });
  const after = await callApi(page, 'layer/get', { layerId: book.third.id });
  expect(after.tickets).toHaveLength(before.tickets.length + 1);
  const settle = after.tickets[after.tickets.length - 1];
  if (!settle) throw new Error('no ticket');
  expect(settle).toMatchObject({ date: '2026-07-02', quantity: 2, netPriceHundredths: 0 - (prompt.suggestion.settlePriceHundredths ?? NaN) + 0 });
  // SPX closed above 7,150 and below 7,800 on 2026-07-02: every leg expires worthless → realised = the 9.00 credit × 2 × 100.
  expect(after.realizedPnlCents).toBe(before.netCashCents + settle.cashCents);
  expect(settle).toMatchObject({ action: 'expire', netPriceHundredths: 0 });
  expect(after.realizedPnlCents).toBe(9 * 100 * 2 * 100);
});
