/**
 * Issue 13, last "Done when" bullet, in Chromium: the as-of date is SCRUBBED with a slider beside
 * the date field (a calendar day per step, from the first layer's opening date to today) and the
 * payoff chart, the metrics and the layers table follow it. The book is entered through the UI on
 * the real 2026 SPX/VIX history; the slider is driven by keyboard (←/→ a day, PageUp/PageDown a
 * month, Home/End) and once by a mouse drag, and every date it lands on shows what `dashboard/get`
 * answers for that date — and the hand-worked margin and net credit before and after a layer opens.
 * While it moves, at most one `dashboard/get` is in flight, answers come back in date order (an
 * older date never replaces a newer one) and the chart stays on screen.
 */
import type { Page } from '@playwright/test';
import type { ApiResult } from '../shared/api/contract';
import { formatCents } from '../shared/format/money';
import { dollarsToCents } from '../shared/money';
import { callApi, shootWholeDashboard } from './api';
import { expect, skipWithoutMarketData, test } from './fixtures';
import { createPortfolio, enterCondor, importMarketCsv } from './ui-entry';

const usd = (dollars: number) => formatCents(dollarsToCents(dollars));
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** The weekday from the JS calendar (independent of the app's own day arithmetic). */
const valueText = (iso: string) => `${iso}, ${WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()] ?? ''}`;
const plusDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

// The fills (as in time-true-ui.spec.ts): two condors, the second opened 16 days after the first.
const L1 = { openedOn: '2026-05-04', expiration: '2026-06-26', role: 'base', strikes: [6800, 6850, 7600, 7650], quantity: 4, credit: '15.00', fees: '24.00' } as const;
const L2 = { openedOn: '2026-05-20', expiration: '2026-06-26', role: 'time-shift', strikes: [6900, 6960, 7800, 7860], quantity: 2, credit: '11.00', fees: '12.00' } as const;
// Hand-worked (dollars, × 100 per point per condor): margin = wider wing × 100 × open units; net credit = credit − fees.
const L1_MARGIN = 50 * 100 * 4; // 20,000
const L2_MARGIN = 60 * 100 * 2; // 12,000
const L1_NET = 15 * 100 * 4 - 24; // 5,976
const L2_NET = 11 * 100 * 2 - 12; // 2,188

/** Watches the page's own `dashboard/get` calls: how many at once, and the dates answered, in order. */
function watchDashboardCalls(page: Page) {
  const state = { inFlight: 0, maxInFlight: 0, sent: 0, answered: [] as string[] };
  const isDashboard = (url: string) => url.includes('/api/dashboard/get');
  page.on('request', (r) => {
    if (!isDashboard(r.url())) return;
    state.sent += 1;
    state.inFlight += 1;
    state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
  });
  const done = (r: { url(): string; postData(): string | null }) => {
    if (!isDashboard(r.url())) return;
    state.inFlight -= 1;
    state.answered.push((JSON.parse(r.postData() ?? '{}') as { asOf?: string }).asOf ?? '?');
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return state;
}

/** The slider, the field and the hint show `asOf`; the screen shows the figures `dashboard/get` answers for it. */
async function expectDashboardFor(page: Page, asOf: string): Promise<ApiResult<'dashboard/get'>> {
  await expect(page.getByTestId('as-of-range')).toHaveAttribute('aria-valuetext', valueText(asOf));
  await expect(page.getByTestId('as-of')).toHaveValue(asOf);
  await expect(page.getByTestId('as-of-hint')).toContainText(valueText(asOf).split(', ')[1]?.slice(0, 3) ?? '?');
  const d = await callApi(page, 'dashboard/get', { portfolioId: 1, asOf, volShiftPoints: 0, curveDate: null, scope: 'all', layerId: null, points: 400 });
  if (d.layers.length === 0) {
    await expect(page.getByTestId('dashboard-empty')).toContainText(`No open layer on ${asOf}`);
    return d;
  }
  await expect(page.locator('#metrics-title')).toContainText(`as of ${asOf}`);
  await expect(page.locator('.dashboard-chart-card')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByTestId('dashboard-layers').locator('tr.layer-row')).toHaveCount(d.layers.length);
  await expect(page.getByTestId('metric-margin')).toContainText(usd(d.marginDollars));
  await expect(page.getByTestId('metric-net-credit')).toContainText(usd(d.netCreditDollars));
  await expect(page.getByTestId('metric-open-pnl')).toContainText(usd(d.openPnlDollars));
  // After both expirations (left unbooked) no leg is open: the card says so instead of a chart.
  if (d.curves.length === 0) await expect(page.locator('.dashboard-chart-card')).toContainText('No open legs in this scope');
  else await expect(page.getByTestId('payoff-chart')).toHaveAttribute('data-curves', d.curves.map((c) => c.id).join(' '));
  return d;
}

test('the as-of slider scrubs the book a day per step; the chart, metrics and layers follow it', async ({ page, host }) => {
  skipWithoutMarketData();
  test.setTimeout(300_000);
  await page.goto(host.url);
  const { today } = await callApi(page, 'app/info', {});
  const calls = watchDashboardCalls(page);
  const slider = page.getByTestId('as-of-range');

  // Nothing stored: nothing to scrub, only the date field.
  await createPortfolio(page, 'As-of slider 2026', 500_000);
  await page.getByTestId('nav-dashboard').click();
  await expect(page.getByTestId('dashboard-empty')).toBeVisible();
  await expect(slider).toHaveCount(0);

  // Closes but no layer: the slider starts at the first stored SPX close (the CBOE file's first row).
  await importMarketCsv(page, 'SPX_History.csv');
  await importMarketCsv(page, 'VIX_History.csv');
  const firstClose = (await callApi(page, 'market/list', { symbol: 'SPX', to: '1928-12-31' }))[0]?.date ?? 'none';
  expect(firstClose).toBe('1927-12-30');
  await page.getByTestId('nav-dashboard').click();
  await slider.focus();
  await page.keyboard.press('Home');
  await expectDashboardFor(page, firstClose);
  await page.keyboard.press('End');
  await expectDashboardFor(page, today);
  await expect(page.getByTestId('as-of-hint')).toContainText('today');

  // Two layers through the forms; the slider now starts at the first one's opening date.
  await enterCondor(page, L1);
  await enterCondor(page, L2);
  await page.getByTestId('nav-dashboard').click();
  const daysToToday = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${L1.openedOn}T00:00:00Z`)) / 86_400_000);
  await expect(slider).toHaveAttribute('max', String(daysToToday));

  // A date typed before the first layer moves the slider with it (the span widens to show it).
  await page.getByTestId('as-of').fill('2026-04-30');
  const before = await expectDashboardFor(page, '2026-04-30');
  expect(before.layers).toHaveLength(0);
  expect(before.marginDollars).toBe(0);

  // Keyboard: four days right is L1's opening day — one layer, its margin and net credit.
  await slider.focus();
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
  const opening = await expectDashboardFor(page, L1.openedOn);
  expect(opening.layers.map((l) => l.openedOn)).toEqual([L1.openedOn]);
  expect(opening.marginDollars).toBe(L1_MARGIN);
  expect(opening.netCreditDollars).toBeCloseTo(L1_NET, 6);

  // Home is now the first layer's day (the typed date is gone from the span); ←/→ step a day.
  await page.keyboard.press('Home');
  await expectDashboardFor(page, L1.openedOn);
  await page.keyboard.press('ArrowLeft'); // already at the start: stays
  await expectDashboardFor(page, L1.openedOn);
  await page.getByTestId('as-of').fill(plusDays(L2.openedOn, -1));
  const dayBeforeL2 = await expectDashboardFor(page, '2026-05-19');
  expect(dayBeforeL2.layers).toHaveLength(1);
  expect(dayBeforeL2.marginDollars).toBe(L1_MARGIN);
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  const l2Day = await expectDashboardFor(page, L2.openedOn);
  expect(l2Day.layers).toHaveLength(2);
  expect(l2Day.marginDollars).toBe(L1_MARGIN + L2_MARGIN);
  expect(l2Day.netCreditDollars).toBeCloseTo(L1_NET + L2_NET, 6);
  await page.keyboard.press('ArrowLeft');
  expect((await expectDashboardFor(page, '2026-05-19')).layers).toHaveLength(1);

  // A burst of 13 key presses (05-19 → 06-01) without waiting: one request at a time, answers in
  // date order, the chart never taken off the screen, and the last date is what stays.
  await page.evaluate(() => {
    const w = window as unknown as { chartRemovals: number };
    w.chartRemovals = 0;
    new MutationObserver((records) => {
      for (const r of records) for (const n of Array.from(r.removedNodes)) if (n instanceof Element && (n.matches('[data-testid="payoff-chart"]') || n.querySelector('[data-testid="payoff-chart"]'))) w.chartRemovals += 1;
    }).observe(document.body, { childList: true, subtree: true });
  });
  const answeredBefore = calls.answered.length;
  for (let i = 0; i < 13; i += 1) await page.keyboard.press('ArrowRight');
  const burstEnd = await expectDashboardFor(page, '2026-06-01');
  expect(burstEnd.layers).toHaveLength(2);
  await page.waitForTimeout(400); // an answer still on the way would land now
  await expect(page.locator('#metrics-title')).toContainText('as of 2026-06-01');
  const burst = calls.answered.slice(answeredBefore);
  expect(burst[burst.length - 1]).toBe('2026-06-01');
  expect([...burst].sort(), 'answers arrive in date order').toEqual(burst);
  expect(await page.evaluate(() => (window as unknown as { chartRemovals: number }).chartRemovals), 'the chart stayed on screen').toBe(0);
  console.log(`burst of 13 steps: ${burst.length} dashboard/get sent (${burst.join(' ')})`);

  // PageUp / PageDown: a calendar month; End: today; Home: the first layer's day.
  await page.keyboard.press('PageUp');
  await expectDashboardFor(page, '2026-07-01');
  await page.keyboard.press('PageDown');
  await expectDashboardFor(page, '2026-06-01');
  await page.keyboard.press('End');
  await expectDashboardFor(page, today);
  await page.keyboard.press('Home');
  await expectDashboardFor(page, L1.openedOn);

  // Mouse: drag the thumb from the start a sixth of the way along, in small moves.
  const box = await slider.boundingBox();
  if (box === null) throw new Error('the slider has no box');
  const y = box.y + box.height / 2;
  const answeredAtDown = calls.answered.length;
  await page.mouse.move(box.x + 8, y);
  await page.mouse.down();
  for (let i = 1; i <= 12; i += 1) {
    await page.mouse.move(box.x + 8 + (i * box.width) / 72, y);
    await page.waitForTimeout(60);
  }
  // Still holding the mouse: the screen has followed to the date under the thumb (no release needed).
  const dragged = (await slider.getAttribute('aria-valuetext'))?.slice(0, 10) ?? '';
  await expect(page.locator('#metrics-title')).toContainText(`as of ${dragged}`);
  const duringDrag = calls.answered.slice(answeredAtDown);
  await page.mouse.up();
  await expect(slider).toHaveAttribute('aria-valuetext', valueText(dragged));
  expect(dragged > L1.openedOn && dragged < today, `dragged to ${dragged}`).toBe(true);
  const afterDrag = await expectDashboardFor(page, dragged);
  expect(duringDrag.length, `the dashboard followed the drag (answers before the mouse was released: ${duringDrag.join(' ')})`).toBeGreaterThanOrEqual(2);
  expect([...duringDrag].sort()).toEqual(duringDrag);
  if (dragged < L1.expiration) expect(afterDrag.marginDollars).toBe(dragged >= L2.openedOn ? L1_MARGIN + L2_MARGIN : L1_MARGIN);
  console.log(`drag: ${duringDrag.length} answers while dragging (${duringDrag.join(' ')}), released on ${dragged}`);
  await shootWholeDashboard(page, 'as-of-slider');

  // Today goes back to today, and the slider with it.
  await page.getByTestId('as-of-today').click();
  await expectDashboardFor(page, today);
  await expect(page.getByTestId('as-of-today')).toHaveCount(0);

  expect(calls.maxInFlight, 'at most one dashboard/get in flight').toBe(1);
});
