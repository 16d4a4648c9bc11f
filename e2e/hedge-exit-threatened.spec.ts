/**
 * Two prompts on the real 2024-08-05 VIX spike (VIX 38.57, SPX 5,186.33):
 * - `hedge-exit`: a VIX 15/25 call spread bought for 1.20 on 2024-07-16 (VIX 13.19) is worth far
 *   more than 3 × its debit; the prompt names the trigger and value vs debit, and Act opens the
 *   closing ticket pre-filled at the model value as a credit;
 * - `threatened-layer`: the older base layer's short put 5,100 is above |Δ| 0.30 while `tighten`
 *   targets the newer time-shift layer — the warning stays on the older layer.
 */
import type { Prompt } from '../shared/rules';
import { callApi, screenshotPath, importRealHistory } from './api';
import { expect, skipWithoutMarketData, test } from './fixtures';

const AS_OF = '2024-08-05';
const strikes = (a: number, b: number, c: number, d: number) => ({ putLong: a * 100, putShort: b * 100, callShort: c * 100, callLong: d * 100 });

function find(prompts: readonly Prompt[], rule: string): Prompt {
  const prompt = prompts.find((p) => p.rule === rule);
  if (!prompt) throw new Error(`no ${rule} prompt among ${prompts.map((p) => p.rule).join(', ')}`);
  return prompt;
}

test('hedge-exit and threatened-layer on the 2024-08-05 VIX spike', async ({ page, host }) => {
  skipWithoutMarketData();
  test.setTimeout(180_000);
  await page.goto(host.url);
  await expect(page.getByTestId('portfolio-form')).toBeVisible();
  await importRealHistory(page);
  const p = await callApi(page, 'portfolio/create', { name: 'Spike book', riskCapitalCents: 250_000_00 });
  const older = await callApi(page, 'layer/createCondor', {
    portfolioId: p.id, openedOn: '2024-07-01', expiration: '2024-08-16', role: 'base', quantity: 2, creditHundredths: 1200, strikes: strikes(5050, 5100, 5800, 5850),
  });
  const newer = await callApi(page, 'layer/createCondor', {
    portfolioId: p.id, openedOn: '2024-07-22', expiration: '2024-08-30', role: 'time-shift', quantity: 1, creditHundredths: 350, strikes: strikes(4500, 4550, 6000, 6050),
  });
  const hedge = await callApi(page, 'layer/create', {
    portfolioId: p.id, openedOn: '2024-07-16', role: 'hedge', quantity: 3, netPriceHundredths: -120, feesCents: 0, protectsLayerIds: [older.id, newer.id],
    legs: [
      { instrument: 'option', underlying: 'VIX', right: 'call', side: 'long', strikeHundredths: 1500, expiration: '2024-08-21', multiplier: 100 },
      { instrument: 'option', underlying: 'VIX', right: 'call', side: 'short', strikeHundredths: 2500, expiration: '2024-08-21', multiplier: 100 },
    ],
  });

  const { prompts } = await callApi(page, 'rules/prompts', { portfolioId: p.id, asOf: AS_OF });
  const exit = find(prompts, 'hedge-exit');
  expect(exit.layerId).toBe(hedge.id);
  expect(exit.inputs).toMatchObject({ trigger: 'hedge-take-profit', hedgeDebitCents: 36_000 });
  // 3 spreads, each worth at most its 10-point width: above 3 × $360 and below $3,000.
  expect(Number(exit.inputs['hedgeValueCents'])).toBeGreaterThan(3 * 36_000);
  expect(Number(exit.inputs['hedgeValueCents'])).toBeLessThan(300_000);
  if (exit.suggestion?.kind !== 'close-or-adjust' || exit.suggestion.closePriceHundredths === null) throw new Error('hedge-exit suggests no closing price');
  const creditPerUnit = (-exit.suggestion.closePriceHundredths / 100).toFixed(2);

  const tighten = find(prompts, 'tighten');
  expect(tighten.layerId).toBe(newer.id);
  const threatened = prompts.filter((q) => q.rule === 'threatened-layer');
  expect(threatened.map((q) => q.layerId)).toEqual([older.id]);
  const warning = threatened[0];
  if (warning === undefined) throw new Error('no threatened-layer prompt');
  expect(Number(warning.inputs['shortPutDelta'])).toBeGreaterThan(0.3);
  expect(warning.explanation).toContain('the short put 5,100 is at Δ');
  expect(warning.explanation).toContain(`tighten only moves the newest layer #${newer.id}`);

  await page.goto(`${host.url}#/rules`);
  await page.reload();
  await page.getByTestId('rules-asof').fill(AS_OF);
  const panel = page.getByTestId('prompts-panel');
  await expect(panel).toContainText(`Evaluated as of ${AS_OF}`);
  const exitCard = panel.getByTestId('prompt-hedge-exit');
  await expect(exitCard).toContainText(exit.title);
  await expect(exitCard).toContainText(exit.explanation);
  await expect(exitCard.getByTestId('prompt-suggestion')).toContainText(`Close hedge layer #${hedge.id} for profit (hedge-take-profit)`);
  const warningCard = panel.getByTestId('prompt-threatened-layer');
  await expect(warningCard).toContainText(warning.title);
  await expect(warningCard).toContainText(warning.explanation);
  await expect(panel.getByTestId('prompt-tighten')).toContainText(`Tighten layer #${newer.id}`);
  await page.addStyleTag({ content: '.app { height: auto !important; } .main { overflow: visible !important; }' });
  await page.screenshot({ path: screenshotPath('rules-hedge-exit-threatened'), fullPage: true });

  // Act: the closing ticket of the hedge, pre-filled at the model value as a credit, all units.
  await exitCard.getByTestId('act-hedge-exit').click();
  const form = page.getByTestId('ticket-form');
  await expect(form).toBeVisible();
  await expect(form.getByLabel('Net price per unit')).toHaveValue(creditPerUnit);
  await expect(form.getByRole('radio', { name: 'Credit' })).toBeChecked();
  await expect(form.getByLabel('Date')).toHaveValue(AS_OF);
  await page.getByTestId('act-reason').fill('3x take-profit');
  await form.getByRole('button', { name: 'Add ticket' }).click();
  await expect(page.getByTestId('act-dialog')).toBeHidden();
  const closed = await callApi(page, 'layer/get', { layerId: hedge.id });
  expect(closed.openQuantity).toBe(0);
  await expect(panel.getByTestId('prompt-hedge-exit')).toHaveCount(0);
  await expect(panel.getByTestId('prompt-threatened-layer')).toContainText(`Layer #${older.id} threatened`);
});
