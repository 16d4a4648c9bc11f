/**
 * The rules in Chromium: with the real SPX and VIX histories and a base layer, the day the
 * VIX RSI(14) crosses above 60 shows `tighten` and `vix-hedge` prompts with the engine's own
 * numbers; acting on the hedge pre-fills the hedge form and journals the decision; a dismiss
 * with a reason is journalled and a snooze greys its prompt.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { rsi } from '../shared/analytics';
import type { Prompt } from '../shared/rules';
import { callApi, screenshotPath, importRealHistory } from './api';
import { expect, MARKET_DATA, skipWithoutMarketData, test } from './fixtures';

const OPENED = '2024-07-01';

function closes(file: string): { date: string; close: number }[] {
  return readFileSync(join(MARKET_DATA, file), 'utf8').trim().split(/\r?\n/).slice(1).map((line) => {
    const cells = line.split(',');
    const [m = '', d = '', y = ''] = (cells[0] ?? '').split('/');
    return { date: `${y}-${m}-${d}`, close: Number(cells[4]) };
  });
}

/** First session after `after` whose VIX RSI(14) is above 60 while the session before was not (NYSE sessions only, as the engine reads them). */
function firstRsiCross(after: string): string {
  const sessions = new Set(closes('SPX_History.csv').map((b) => b.date));
  const vix = closes('VIX_History.csv').filter((b) => sessions.has(b.date));
  const values = rsi(vix.map((b) => b.close), 14);
  for (let i = 1; i < vix.length; i++) {
    const bar = vix[i];
    if (bar && bar.date > after && (values[i] ?? 0) > 60 && (values[i - 1] ?? 100) <= 60) return bar.date;
  }
  throw new Error(`no VIX RSI cross above 60 after ${after}`);
}

function find(prompts: Prompt[], rule: string): Prompt {
  const prompt = prompts.find((p) => p.rule === rule);
  if (!prompt) throw new Error(`no ${rule} prompt among ${prompts.map((p) => p.rule).join(', ')}`);
  return prompt;
}

/** The shell scrolls inside `main`; unroll it so a full-page screenshot holds the whole view. */
async function screenshotWholeView(page: Page, name: string) {
  await page.addStyleTag({ content: '.app { height: auto !important; } .main { overflow: visible !important; }' });
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
}

async function decide(page: Page, rule: string, kind: 'dismiss' | 'snooze', reason: string) {
  await page.getByTestId(`${kind}-${rule}`).click();
  const dialog = page.getByTestId('decision-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Reason (optional)').fill(reason);
  await dialog.getByTestId('decision-save').click();
  await expect(dialog).toBeHidden();
}

test('tighten and vix-hedge on a VIX RSI cross: act on the hedge, dismiss, snooze', async ({ page, host }) => {
  skipWithoutMarketData();
  test.setTimeout(180_000);
  await page.goto(host.url);
  await expect(page.getByTestId('portfolio-form')).toBeVisible();
  await importRealHistory(page);
  const portfolio = await callApi(page, 'portfolio/create', { name: 'ALVH book', riskCapitalCents: 250_000_00 });
  // Ten condors: their credits put 20% into the hedge pot ($2,400), enough for a VIX call spread.
  const base = await callApi(page, 'layer/createCondor', {
    portfolioId: portfolio.id, openedOn: OPENED, expiration: '2024-08-16', role: 'base', quantity: 10, creditHundredths: 1200,
    strikes: { putLong: 510_000, putShort: 515_000, callShort: 575_000, callLong: 580_000 },
  });
  const asOf = firstRsiCross(OPENED);
  const expected = await callApi(page, 'rules/prompts', { portfolioId: portfolio.id, asOf });
  const tighten = find(expected.prompts, 'tighten');
  const hedge = find(expected.prompts, 'vix-hedge');
  if (hedge.suggestion?.kind !== 'vix-hedge') throw new Error('the vix-hedge prompt has no call spread');
  const spread = hedge.suggestion;

  await page.goto(`${host.url}#/rules`);
  await page.reload();
  await page.getByTestId('rules-asof').fill(asOf);
  const panel = page.getByTestId('prompts-panel');
  await expect(panel).toContainText(`Evaluated as of ${asOf}`);

  // The UI shows what the engine returned: title, explanation (inputs and thresholds), figures.
  const tightenCard = panel.getByTestId('prompt-tighten');
  await expect(tightenCard).toContainText(tighten.title);
  await expect(tightenCard).toContainText(tighten.explanation);
  await expect(tightenCard).toContainText('Warning');
  const hedgeCard = panel.getByTestId('prompt-vix-hedge');
  await expect(hedgeCard).toContainText(hedge.title);
  await expect(hedgeCard).toContainText(hedge.explanation);
  const long = String(spread.longStrikeHundredths / 100);
  const short = String(spread.shortStrikeHundredths / 100);
  await expect(hedgeCard.getByTestId('prompt-suggestion')).toContainText(`Buy ${spread.contracts} VIX call spreads ${long}/${short} exp ${spread.expiration}`);
  await expect(hedgeCard).toContainText(`long call ${long} pts · short call ${short} pts`);
  await expect(hedgeCard.locator('[data-input="vixRsi"]')).toHaveText(Number(hedge.inputs['vixRsi']).toLocaleString('en-US', { maximumFractionDigits: 2 }));
  await screenshotWholeView(page, 'rules');

  // Act on the hedge: the custom-layer form comes pre-filled with the suggested spread.
  await hedgeCard.getByTestId('act-vix-hedge').click();
  const form = page.getByTestId('custom-layer-form');
  await expect(form).toBeVisible();
  await expect(form.getByLabel('Leg 1 strike')).toHaveValue(long);
  await expect(form.getByLabel('Leg 2 strike')).toHaveValue(short);
  await expect(form.getByLabel('Leg 1 side')).toHaveValue('long');
  await expect(form.getByLabel('Leg 2 side')).toHaveValue('short');
  await expect(form.getByLabel('Leg 1 expiration')).toHaveValue(spread.expiration);
  await expect(form.getByLabel('Quantity')).toHaveValue(String(spread.contracts));
  await expect(form.getByLabel('Open date')).toHaveValue(asOf);
  await expect(form.getByLabel('Role')).toHaveValue('hedge');
  await expect(form.getByLabel(new RegExp(`^#${base.id} `))).toBeChecked();
  await page.getByTestId('act-reason').fill('RSI crossed 60');
  await form.getByRole('button', { name: 'Save layer' }).click();
  await expect(page.getByTestId('act-dialog')).toBeHidden();

  const journal = page.getByTestId('decisions-table');
  await expect(journal.locator('tr', { hasText: 'vix-hedge' })).toContainText('Acted');
  await expect(journal.locator('tr', { hasText: 'vix-hedge' })).toContainText('RSI crossed 60');
  const layers = await callApi(page, 'layer/list', { portfolioId: portfolio.id, status: 'open' });
  const hedgeLayer = layers.find((l) => l.role === 'hedge');
  expect(hedgeLayer?.openQuantity).toBe(spread.contracts);
  expect(hedgeLayer?.openedOn).toBe(asOf);
  const decisions = await callApi(page, 'decision/list', { portfolioId: portfolio.id });
  expect(decisions.map((d) => [d.ruleId, d.decision, d.evaluatedOn, d.prompt['key']])).toEqual([['vix-hedge', 'acted', asOf, hedge.key]]);

  // Snooze the hedge prompt (still firing): it greys with its end date.
  await decide(page, 'vix-hedge', 'snooze', 'hedged already');
  const snoozed = panel.getByTestId('prompt-vix-hedge');
  await expect(snoozed).toHaveClass(/prompt-snoozed/);
  await expect(snoozed.getByTestId('snoozed-note')).toHaveText(/^snoozed until \d{4}-\d\d-\d\d$/);

  // Dismiss tighten with a reason: journalled, and the prompt is gone for the day.
  await decide(page, 'tighten', 'dismiss', 'single-day spike');
  await expect(panel.getByTestId('prompt-tighten')).toHaveCount(0);
  await expect(journal.locator('tr', { hasText: 'tighten' })).toContainText('Dismissed');
  await expect(journal.locator('tr', { hasText: 'tighten' })).toContainText('single-day spike');
  await page.getByLabel('Rule', { exact: true }).selectOption('tighten');
  await expect(journal.locator('tbody tr')).toHaveCount(1);
  await screenshotWholeView(page, 'rules-decisions');
});
