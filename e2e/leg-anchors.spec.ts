/**
 * Issue 14, per-leg anchoring in Chromium: a condor whose opening ticket carries each leg's own
 * fill (as an import stores it) shows, on its layer page, one line per leg saying how far that
 * fill sits from the model, and the smile table's anchored σ per leg. Screenshot to look at.
 * Closes: the real 2026-05-26 (SPX 7,519.12, VIX 17.01) and 2026-07-07 (VIX 16.13) values.
 */
import { callApi, screenshotPath } from './api';
import { expect, test } from './fixtures';

test('a per-leg anchored layer lists each leg\'s offset on its page', async ({ page, host }) => {
  await page.goto(host.url);
  const closes = [['SPX', '2026-05-26', 751_912], ['VIX', '2026-05-26', 1_701], ['SPX', '2026-07-07', 748_549], ['VIX', '2026-07-07', 1_613]] as const;
  for (const [symbol, date, closeHundredths] of closes) await callApi(page, 'market/upsert', { symbol, date, closeHundredths });
  const portfolio = await callApi(page, 'portfolio/create', { name: 'Per leg', riskCapitalCents: 25_000_000 });
  // 61.80 − 55.00 + 18.90 − 16.20 = 9.50, near the smile's 62.26 / 55.24 / 22.17 / 14.49 that day: the call spread sold cheap.
  const layer = await callApi(page, 'layer/createCondor', {
    portfolioId: portfolio.id, openedOn: '2026-05-26', expiration: '2026-07-10', strikes: { putLong: 710_000, putShort: 715_000, callShort: 790_000, callLong: 795_000 },
    quantity: 9, creditHundredths: 950, feesCents: 5400, role: 'base', underlying: 'SPXW', notes: '', tags: [],
    legPricesHundredths: { putLong: 5500, putShort: 6180, callShort: 1890, callLong: 1620 },
  });
  await page.goto(`${host.url}#/layers/${layer.id}`);
  await page.reload();
  await expect(page.getByTestId('layer-smile')).toBeVisible();
  await expect(page.getByTestId('anchor-sentence')).toContainText('Your fill of 9.50 on 2026-05-26 was');
  await expect(page.getByTestId('anchor-sentence')).toContainText('each leg is valued at its own offset until the next mark');
  const lines = page.getByTestId('leg-anchors').getByRole('listitem');
  await expect(lines).toHaveCount(4);
  await expect(lines.nth(1)).toContainText(/^Short 7150 put filled 0\.\d vol points cheaper than the model \(61\.80 against 62\.26\)\.$/);
  await expect(lines.nth(3)).toContainText(/^Long 7950 call filled \d\.\d vol points richer than the model \(16\.20 against 14\.49\)\.$/);
  await page.getByTestId('layer-smile').screenshot({ path: screenshotPath('leg-anchors-layer') });
});
