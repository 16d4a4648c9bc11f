/** Screens a trader sees with a realistic book, saved as PNGs to look at (and for the README). */
import { expect, test } from './fixtures';
import { callApi, screenshotPath } from './api';

test('layers view with a three-layer ALVH book and a VIX hedge', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByTestId('portfolio-form')).toBeVisible();
  const p = await callApi(page, 'portfolio/create', { name: 'ALVH book', riskCapitalCents: 250_000_00 });
  const strikes = (a: number, b: number, c: number, d: number) => ({ putLong: a * 100, putShort: b * 100, callShort: c * 100, callLong: d * 100 });
  const old = await callApi(page, 'layer/createCondor', { portfolioId: p.id, openedOn: '2026-08-03', expiration: '2026-09-18', strikes: strikes(6150, 6200, 6650, 6700), quantity: 4, creditHundredths: 1180, feesCents: 2400, role: 'base' });
  await callApi(page, 'ticket/add', { layerId: old.id, date: '2026-08-28', action: 'close', netPriceHundredths: -560, feesCents: 2400 });
  const base = await callApi(page, 'layer/createCondor', { portfolioId: p.id, openedOn: '2026-10-12', expiration: '2026-11-27', strikes: strikes(6300, 6350, 6900, 6950), quantity: 4, creditHundredths: 1240, feesCents: 2400, role: 'base' });
  await callApi(page, 'layer/createCondor', { portfolioId: p.id, openedOn: '2026-10-29', expiration: '2026-12-04', strikes: strikes(6235, 6300, 6925, 6990), quantity: 3, creditHundredths: 1420, feesCents: 1800, role: 'time-shift' });
  await callApi(page, 'layer/createCondor', { portfolioId: p.id, openedOn: '2026-11-16', expiration: '2026-12-18', strikes: strikes(6280, 6350, 6975, 7045), quantity: 2, creditHundredths: 1510, feesCents: 1200, role: 'adaptive' });
  await callApi(page, 'layer/create', {
    portfolioId: p.id, openedOn: '2026-11-16', role: 'hedge', quantity: 10, netPriceHundredths: -135, feesCents: 2000, protectsLayerIds: [base.id],
    legs: [
      { instrument: 'option', underlying: 'VIX', right: 'call', side: 'long', strikeHundredths: 2200, expiration: '2026-12-16', multiplier: 100 },
      { instrument: 'option', underlying: 'VIX', right: 'call', side: 'short', strikeHundredths: 3200, expiration: '2026-12-16', multiplier: 100 },
    ],
  });
  await page.goto(`${host.url}#/layers`);
  await page.reload();
  await page.locator('label.toggle-option', { hasText: /^All/ }).click();
  await expect(page.getByTestId('layers-table')).toContainText('6300/6350');
  await page.screenshot({ path: screenshotPath('layers'), fullPage: false });
});
