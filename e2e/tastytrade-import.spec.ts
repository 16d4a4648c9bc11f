/**
 * The tastytrade import in Chromium: a tastytrade transactions CSV (an SPX condor opened, half closed,
 * rolled, the new condor expiring worthless, plus a QQQ trade and money movements) previewed through the Layers view's dialog
 * with its net prices, imported, and imported again (all duplicates); a malformed file shows
 * its line numbers and writes nothing. The preview is saved as a screenshot to look at.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { callApi, screenshotPath } from './api';
import { expect, ROOT, test } from './fixtures';

const SAMPLE = join(ROOT, 'electron', 'backend', 'testing', 'fixtures', 'tastytrade-sample.csv');

async function openLayers(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByTestId('portfolio-form')).toBeVisible();
  await callApi(page, 'portfolio/create', { name: 'ALVH book', riskCapitalCents: 250_000_00 });
  await page.goto(`${url}#/layers`);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Layers', level: 1 })).toBeVisible();
}

test('previews a tastytrade export with its net prices, imports it, and skips it the second time', async ({ page, host }) => {
  await openLayers(page, host.url);
  await page.getByRole('button', { name: 'Import from tastytrade…' }).click();
  const dialog = page.getByTestId('tastytrade-import-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('tastytrade-import-apply')).toBeDisabled();
  await dialog.getByTestId('tastytrade-csv-input').setInputFiles(SAMPLE);

  await expect(dialog.getByTestId('tastytrade-counts')).toContainText('3 order(s), 4 expiration row(s): 2 layer(s) to open, 5 ticket(s), 0 duplicate(s) skipped, 3 other row(s) skipped');
  const layers = dialog.getByTestId('tastytrade-layers');
  await expect(layers.getByRole('row').nth(1)).toContainText('SPXW 5150 / 5200 / 5750 / 5800');
  await expect(layers.getByRole('row').nth(1)).toContainText('6.00 credit');
  await expect(layers.getByRole('row').nth(2)).toContainText('rolled from new layer 1');
  await expect(layers.getByRole('row').nth(2)).toContainText('6.30 credit');
  const tickets = dialog.getByTestId('tastytrade-tickets');
  await expect(tickets.getByRole('row')).toHaveText([/Date/, /2024-07-01open.*6\.00 credit\$13\.28/, /2024-07-17close.*4\.40 debit\$2\.64/, /2024-07-25roll.*2\.70 debit\$2\.64/, /2024-07-25open.*6\.30 credit\$6\.64/, /2024-09-20expirenew layer 2.*0\.00 credit\$0\.00expiration/]);
  await expect(dialog.getByTestId('tastytrade-skipped')).toContainText('not an SPX/SPXW option (QQQ)');
  await dialog.evaluate((el) => { el.scrollTop = 0; });
  await page.screenshot({ path: screenshotPath('tastytrade-import-preview') });

  // The preview wrote nothing.
  expect(await callApi(page, 'layer/list', { portfolioId: 1 })).toEqual([]);
  await dialog.getByTestId('tastytrade-import-apply').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Imported 5 ticket(s) from tastytrade: 2 new layer(s)')).toBeVisible();
  // The rolled condor expired in the file too: no layer is left open.
  await expect(page.getByTestId('layers-empty')).toContainText('All 2 layers of this portfolio are closed, rolled or expired.');
  await page.getByRole('button', { name: 'Show all layers' }).click();
  await expect(page.getByTestId('layers-table')).toContainText('5200/5250');
  const stored = await callApi(page, 'layer/list', { portfolioId: 1 });
  expect(stored.map((l) => [l.status, l.openPriceHundredths, l.rolledFromId])).toEqual([['expired', 630, 1], ['rolled', 600, null]]);

  // The same file again: every order is a duplicate, nothing to import; Escape closes.
  await page.getByRole('button', { name: 'Import from tastytrade…' }).click();
  await dialog.getByTestId('tastytrade-csv-input').setInputFiles(SAMPLE);
  await expect(dialog.getByTestId('tastytrade-counts')).toContainText('7 duplicate(s) skipped');
  await expect(dialog.getByTestId('tastytrade-import-apply')).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a malformed export shows its line numbers and imports nothing', async ({ page, host }) => {
  await openLayers(page, host.url);
  const broken = readFileSync(SAMPLE, 'utf8').replace(',620.00,1,620.00,', ',6x0.00,1,620.00,');
  await page.getByRole('button', { name: 'Import from tastytrade…' }).click();
  const dialog = page.getByTestId('tastytrade-import-dialog');
  await dialog.getByTestId('tastytrade-csv-input').setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
  const errors = dialog.getByTestId('tastytrade-import-errors');
  await expect(errors).toContainText('broken.csv was not imported — nothing was changed.');
  await expect(errors).toContainText('line 16 Value "6x0.00" is not an amount in dollars');
  await expect(dialog.getByTestId('tastytrade-import-apply')).toBeDisabled();
  await page.screenshot({ path: screenshotPath('tastytrade-import-rejected') });
  await page.keyboard.press('Escape');
  expect(await callApi(page, 'layer/list', { portfolioId: 1 })).toEqual([]);
});
