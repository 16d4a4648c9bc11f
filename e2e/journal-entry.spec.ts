/**
 * The core entry flows in Chromium against the browser host: a portfolio, a condor layer,
 * a closing ticket, a restart on the same file, a rejected entry that changes nothing, and a roll.
 */
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function createPortfolio(page: Page, name = 'Main SPX', capital = '100000') {
  await expect(page.getByTestId('portfolio-form')).toBeVisible();
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Risk capital').fill(capital);
  await page.getByTestId('portfolio-form').getByRole('button', { name: /create|save/i }).click();
  await expect(page.getByTestId('portfolio-switcher')).toContainText(name);
}

async function addCondor(page: Page, c: { opened: string; expiration: string; strikes: [string, string, string, string]; qty: string; credit: string; fees?: string }) {
  await page.getByRole('button', { name: 'Add iron condor' }).first().click();
  const form = page.getByTestId('condor-form');
  await expect(form).toBeVisible();
  await form.getByLabel('Open date').fill(c.opened);
  await form.getByLabel('Expiration').fill(c.expiration);
  await form.getByLabel('Long put K1').fill(c.strikes[0]);
  await form.getByLabel('Short put K2').fill(c.strikes[1]);
  await form.getByLabel('Short call K3').fill(c.strikes[2]);
  await form.getByLabel('Long call K4').fill(c.strikes[3]);
  await form.getByLabel('Quantity').fill(c.qty);
  await form.getByLabel('Net credit').fill(c.credit);
  await form.getByLabel('Fees').fill(c.fees ?? '0');
  return form;
}

function countRows(dbPath: string, table: string): number {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  } finally {
    db.close();
  }
}

test('portfolio → condor → close ticket → restart → everything is still there', async ({ page, host, restartHost }) => {
  await page.goto(host.url);
  await createPortfolio(page);
  const form = await addCondor(page, { opened: '2026-05-01', expiration: '2026-06-18', strikes: ['5500', '5550', '5900', '5950'], qty: '2', credit: '12.50', fees: '12' });
  await expect(form.getByTestId('metric-max-profit')).toContainText('$2,500.00');
  await expect(form.getByTestId('metric-max-loss')).toContainText('$7,500.00');
  await expect(form.getByTestId('metric-break-evens')).toContainText('5537.50');
  await form.getByRole('button', { name: 'Save condor' }).click();
  await expect(page.getByTestId('layers-table')).toContainText('5500/5550');

  await page.getByTestId('layers-table').getByRole('row').filter({ hasText: '5500/5550' }).click();
  await expect(page.getByTestId('layer-detail')).toBeVisible();
  await page.getByRole('button', { name: 'Add ticket' }).click();
  const ticket = page.getByTestId('ticket-form');
  await ticket.getByLabel('Date').fill('2026-05-20');
  await ticket.getByLabel('Net price per unit').fill('5.25');
  await ticket.getByLabel('Fees').fill('6');
  await ticket.getByRole('button', { name: 'Add ticket' }).click();
  await expect(page.getByTestId('tickets-table')).toContainText('2026-05-20');
  // (12.50 − 5.25) × 100 × 2 − $12 − $6 = $1,432.00
  await expect(page.getByTestId('layer-realized')).toContainText('$1,432.00');

  await restartHost().then((h) => page.goto(h.url));
  await page.getByTestId('nav-layers').click();
  await page.locator('label.toggle-option', { hasText: /^All/ }).click();
  const row = page.getByTestId('layers-table').getByRole('row').filter({ hasText: '5500/5550' });
  await expect(row).toContainText(/closed/i);
  await expect(row).toContainText('$1,432.00');
  expect(countRows(host.dbPath, 'tickets')).toBe(2);
});

test('a bad condor shows clear errors and leaves the journal unchanged', async ({ page, host }) => {
  await page.goto(host.url);
  await createPortfolio(page);
  const form = await addCondor(page, { opened: '2026-05-01', expiration: '2026-04-18', strikes: ['5600', '5550', '5900', '5950'], qty: '2', credit: '60' });
  await form.getByRole('button', { name: 'Save condor' }).click();
  await expect(form).toContainText(/below the short put/i);
  await expect(form).toContainText(/after the open date/i);
  await expect(form).toBeVisible();
  expect(countRows(host.dbPath, 'layers')).toBe(0);
  expect(countRows(host.dbPath, 'tickets')).toBe(0);
  // What was typed is kept, so fixing one field and saving works.
  await form.getByLabel('Long put K1').fill('5500');
  await form.getByLabel('Expiration').fill('2026-06-18');
  await form.getByLabel('Net credit').fill('12.50');
  await form.getByRole('button', { name: 'Save condor' }).click();
  await expect(page.getByTestId('layers-table')).toContainText('5500/5550');
  expect(countRows(host.dbPath, 'layers')).toBe(1);
});

test('a roll closes the layer and opens a linked one in one step', async ({ page, host }) => {
  await page.goto(host.url);
  await createPortfolio(page);
  const form = await addCondor(page, { opened: '2026-05-01', expiration: '2026-06-18', strikes: ['5500', '5550', '5900', '5950'], qty: '2', credit: '12.50' });
  await form.getByRole('button', { name: 'Save condor' }).click();
  await page.getByTestId('layers-table').getByRole('row').filter({ hasText: '5500/5550' }).click();
  await page.getByRole('button', { name: 'Roll layer' }).click();
  const roll = page.getByTestId('roll-form');
  await roll.getByLabel('Roll date').fill('2026-05-25');
  await roll.getByLabel('Close price').fill('6.00');
  await roll.getByLabel('Expiration').fill('2026-07-17');
  await roll.getByLabel('Long put K1').fill('5550');
  await roll.getByLabel('Short put K2').fill('5600');
  await roll.getByLabel('Short call K3').fill('5950');
  await roll.getByLabel('Long call K4').fill('6000');
  await roll.getByLabel('Net credit').fill('14.00');
  await roll.getByRole('button', { name: 'Roll layer' }).click();
  await expect(page.getByTestId('rolled-from')).toBeVisible();
  await expect(page.getByTestId('layer-detail')).toContainText('5550/5600');
  await page.getByTestId('rolled-from').click();
  await expect(page.getByTestId('layer-detail')).toContainText(/rolled/i);
  await expect(page.getByTestId('rolled-to')).toBeVisible();
  const db = new Database(host.dbPath, { readonly: true });
  const rows = db.prepare('SELECT id, status, rolled_from_id FROM layers ORDER BY id').all();
  db.close();
  expect(rows).toEqual([{ id: 1, status: 'rolled', rolled_from_id: null }, { id: 2, status: 'open', rolled_from_id: 1 }]);
});
