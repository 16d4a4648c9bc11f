/**
 * The ticket write rules (shared/domain/ticket-rules.ts) in Chromium: the forms apply the same
 * rules as the handlers. The opening ticket of a partly closed layer cannot be deleted (the
 * button says why) nor moved after the close (the edit form says so and saves nothing).
 */
import { callApi, screenshotPath } from './api';
import { expect, test } from './fixtures';

const STRIKES = { putLong: 550000, putShort: 555000, callShort: 590000, callLong: 595000 };

test('the ticket forms refuse what the ticket handlers refuse, with the same reason', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByTestId('portfolio-form')).toBeVisible();
  const { id: portfolioId } = await callApi(page, 'portfolio/create', { name: 'Main', riskCapitalCents: 100_000_00 });
  const layer = await callApi(page, 'layer/createCondor', { portfolioId, openedOn: '2026-05-01', expiration: '2026-06-18', strikes: STRIKES, quantity: 2, creditHundredths: 1250, feesCents: 0 });
  const closed = await callApi(page, 'ticket/add', { layerId: layer.id, date: '2026-05-20', action: 'close', quantity: 1, netPriceHundredths: -525, feesCents: 0 });
  const opening = closed.tickets.find((t) => t.action === 'open');
  if (!opening) throw new Error('no opening ticket');

  await page.goto(`${host.url}#/layers/${layer.id}`);
  await page.reload();
  const remove = page.getByRole('button', { name: `Delete ticket ${opening.id} (open 2026-05-01)` });
  await expect(remove).toBeDisabled();
  await expect(remove).toHaveAttribute('title', 'This is the layer\'s opening ticket; delete the layer instead');

  await page.getByRole('button', { name: `Edit ticket ${opening.id} (open 2026-05-01)` }).click();
  const form = page.getByTestId('edit-ticket-form');
  await form.getByLabel('Date').fill('2026-05-21');
  await form.getByRole('button', { name: 'Save ticket' }).click();
  await expect(form).toContainText('the opening ticket cannot move after a later ticket');
  await page.screenshot({ path: screenshotPath('ticket-rules-edit'), fullPage: true });
  expect((await callApi(page, 'layer/get', { layerId: layer.id })).openedOn).toBe('2026-05-01');

  await form.getByLabel('Date').fill('2026-04-29');
  await form.getByRole('button', { name: 'Save ticket' }).click();
  await expect(form).toBeHidden();
  expect((await callApi(page, 'layer/get', { layerId: layer.id })).openedOn).toBe('2026-04-29');
});
