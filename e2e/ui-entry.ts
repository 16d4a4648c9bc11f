/**
 * Drives the entry forms the way a trader does (no API seeding): a portfolio, the CBOE files
 * through Market data, condors, tickets, a roll and a VIX hedge. Every helper waits for the form
 * to close, so the next step reads the saved state.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, MARKET_DATA } from './fixtures';

export async function createPortfolio(page: Page, name: string, riskCapitalDollars: number): Promise<void> {
  await expect(page.getByTestId('portfolio-form')).toBeVisible();
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Risk capital').fill(String(riskCapitalDollars));
  await page.getByTestId('portfolio-form').getByRole('button', { name: /create|save/i }).click();
  await expect(page.getByTestId('portfolio-switcher')).toContainText(name);
}

/** Market data → CSV import of one of the real CBOE files, previewed and then confirmed. */
export async function importMarketCsv(page: Page, file: string): Promise<void> {
  await page.getByTestId('nav-market').click();
  await page.getByTestId('market-csv-input').setInputFiles(join(MARKET_DATA, file));
  await expect(page.getByTestId('import-preview')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-summary')).toContainText(`imported from ${file}`, { timeout: 60_000 });
}

export interface CondorEntry {
  openedOn: string;
  expiration: string;
  role: 'base' | 'time-shift' | 'adaptive';
  strikes: readonly [number, number, number, number];
  quantity: number;
  credit: string;
  fees: string;
}

const STRIKE_LABELS = ['Long put K1', 'Short put K2', 'Short call K3', 'Long call K4'] as const;

/** Layers → Add iron condor; waits for the model's starting strikes, then types the fill over them. */
export async function enterCondor(page: Page, c: CondorEntry): Promise<void> {
  await page.getByTestId('nav-layers').click();
  await page.getByRole('button', { name: 'Add iron condor' }).first().click();
  const form = page.getByTestId('condor-form');
  await form.getByLabel('Open date').fill(c.openedOn);
  await form.getByLabel('Role').selectOption(c.role);
  // The proposal arrives asynchronously and fills untouched fields: let it land before typing.
  await expect(form.getByTestId('condor-proposal')).toContainText(/closes of|No suggested/);
  await form.getByLabel('Expiration').fill(c.expiration);
  for (const [i, label] of STRIKE_LABELS.entries()) await form.getByLabel(label).fill(String(c.strikes[i]));
  await form.getByLabel('Quantity').fill(String(c.quantity));
  await form.getByLabel('Net credit').fill(c.credit);
  await form.getByLabel('Fees').fill(c.fees);
  await expect(form.getByLabel('Root')).toHaveValue('SPXW');
  for (const [i, label] of STRIKE_LABELS.entries()) await expect(form.getByLabel(label)).toHaveValue(String(c.strikes[i]));
  await form.getByRole('button', { name: 'Save condor' }).click();
  await expect(form).toBeHidden();
}

export async function openLayerPage(page: Page, id: number): Promise<void> {
  await page.goto(`${page.url().split('#')[0]}#/layers/${id}`);
  await expect(page.getByTestId('layer-detail')).toBeVisible();
}

export interface CloseEntry {
  date: string;
  /** Units to close; omitted = Close all. */
  units?: number;
  debit: string;
  fees: string;
}

/** Layer page → Add ticket: a partial close (units) or a close of every open unit, at a debit. */
export async function enterClose(page: Page, layerId: number, t: CloseEntry): Promise<void> {
  await openLayerPage(page, layerId);
  await page.getByRole('button', { name: 'Add ticket' }).click();
  const form = page.getByTestId('ticket-form');
  await form.getByTestId('ticket-kind').selectOption(t.units === undefined ? 'close' : 'partial');
  await form.getByLabel('Date').fill(t.date);
  if (t.units !== undefined) await form.getByLabel('Units to close').fill(String(t.units));
  await form.getByLabel('Net price per unit').fill(t.debit);
  await form.getByLabel('Fees').fill(t.fees);
  await form.getByRole('button', { name: 'Add ticket' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('tickets-table')).toContainText(t.date);
}

export interface RollEntry {
  date: string;
  closeDebit: string;
  closeFees: string;
  expiration: string;
  strikes: readonly [number, number, number, number];
  credit: string;
  openFees: string;
}

/** Layer page → Roll layer: the close and the new condor in one step. */
export async function enterRoll(page: Page, layerId: number, r: RollEntry): Promise<void> {
  await openLayerPage(page, layerId);
  await page.getByRole('button', { name: 'Roll layer' }).click();
  const form = page.getByTestId('roll-form');
  await form.getByLabel('Roll date').fill(r.date);
  await form.getByLabel('Close price').fill(r.closeDebit);
  await form.getByLabel('Close fees').fill(r.closeFees);
  await form.getByLabel('Expiration').fill(r.expiration);
  for (const [i, label] of STRIKE_LABELS.entries()) await form.getByLabel(label).fill(String(r.strikes[i]));
  await form.getByLabel('Net credit').fill(r.credit);
  await form.getByLabel('Open fees').fill(r.openFees);
  await form.getByRole('button', { name: 'Roll layer' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('rolled-from')).toBeVisible();
}

export interface VixCallEntry {
  openedOn: string;
  strike: number;
  expiration: string;
  quantity: number;
  debit: string;
  fees: string;
  protects: number[];
}

/** Layers → Add hedge / custom layer: long VIX calls (the form's default leg), bought at a debit. */
export async function enterVixCallHedge(page: Page, h: VixCallEntry): Promise<void> {
  await page.getByTestId('nav-layers').click();
  await page.getByRole('button', { name: /Add hedge/ }).click();
  const form = page.getByTestId('custom-layer-form');
  await form.getByLabel('Open date').fill(h.openedOn);
  await expect(form.getByLabel('Role')).toHaveValue('hedge');
  await form.getByLabel('Quantity').fill(String(h.quantity));
  await form.getByLabel('Fees').fill(h.fees);
  await expect(form.getByLabel('Leg 1 underlying')).toHaveValue('VIX');
  await expect(form.getByLabel('Leg 1 side')).toHaveValue('long');
  await expect(form.getByLabel('Leg 1 put or call')).toHaveValue('call');
  await form.getByLabel('Leg 1 strike').fill(String(h.strike));
  await form.getByLabel('Leg 1 expiration').fill(h.expiration);
  await form.getByLabel('Net price').fill(h.debit);
  for (const id of h.protects) await form.getByLabel(new RegExp(`^#${id} `)).check();
  await form.getByRole('button', { name: 'Save layer' }).click();
  await expect(form).toBeHidden();
}

/** Dashboard → As of; resolves once the metrics (or the empty state) answer for that date. */
export async function stepAsOf(page: Page, asOf: string): Promise<void> {
  await page.getByTestId('nav-dashboard').click();
  await page.getByTestId('as-of').fill(asOf);
  await expect(page.locator('#metrics-title, [data-testid="dashboard-empty"]').filter({ hasText: asOf }).first()).toBeVisible();
  await expect(page.getByTestId('prompts-panel')).toContainText(`Evaluated as of ${asOf}`);
}
