/**
 * The File menu's routes in Chromium: the main process sets `location.hash` to
 * `#/<section>/<intent>` (electron/shell/menu.ts); each opens its form or dialog once, and
 * the hash is replaced by the plain section so a reload does not open it (or back up) again.
 */
import type { Page } from '@playwright/test';
import { intentHash, type RouteIntent } from '../shared/navigation';
import { callApi, screenshotPath } from './api';
import { expect, test } from './fixtures';

async function openJournal(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByTestId('portfolio-form')).toBeVisible();
  await callApi(page, 'portfolio/create', { name: 'ALVH book', riskCapitalCents: 250_000_00 });
  await page.goto(`${url}#/dashboard`);
  await page.reload();
  await expect(page.getByTestId('portfolio-switcher')).toBeVisible();
}

/** What application-menu.ts does: set the hash in the running page. */
async function menu(page: Page, intent: RouteIntent) {
  await page.evaluate((hash) => { window.location.hash = hash; }, intentHash(intent));
}

test('each File menu intent opens its form or dialog once, then leaves the plain section in the URL', async ({ page, host }) => {
  await openJournal(page, host.url);

  await menu(page, 'new-portfolio');
  const newPortfolio = page.getByRole('dialog', { name: 'New portfolio' });
  await expect(newPortfolio).toBeVisible();
  await expect(newPortfolio.locator('#portfolio-name')).toBeFocused();
  await expect(page.getByRole('heading', { name: /^Settings/, level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/#\/settings$/);
  await page.screenshot({ path: screenshotPath('menu-intent-new-portfolio') });
  await page.keyboard.press('Escape');
  await expect(newPortfolio).toBeHidden();

  await menu(page, 'import');
  await expect(page.getByRole('heading', { name: 'Market data', level: 1 })).toBeVisible();
  await expect(page.getByTestId('market-csv-input')).toBeFocused();
  await expect(page).toHaveURL(/#\/market$/);

  await menu(page, 'import-tastytrade');
  const tastytrade = page.getByTestId('tastytrade-import-dialog');
  await expect(tastytrade).toBeVisible();
  await expect(page).toHaveURL(/#\/layers$/);
  await page.keyboard.press('Escape');
  await expect(tastytrade).toBeHidden();

  await menu(page, 'export');
  await expect(page.getByTestId('report-portfolio')).toBeFocused();
  await expect(page).toHaveURL(/#\/reports$/);

  await menu(page, 'restore');
  const restore = page.getByTestId('restore-dialog');
  await expect(restore).toBeVisible();
  await expect(page).toHaveURL(/#\/reports$/);
  await page.screenshot({ path: screenshotPath('menu-intent-restore') });
  await page.keyboard.press('Escape');
  await expect(restore).toBeHidden();

  // The same item twice: the first run replaced the hash, so the second is a new hash change.
  await menu(page, 'import-tastytrade');
  await expect(tastytrade).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tastytrade).toBeHidden();
});

test('Back Up Now takes one backup and shows it; a reload does not take another', async ({ page, host }) => {
  await openJournal(page, host.url);
  await page.goto(`${host.url}#/reports`);
  await expect(page.getByTestId('backups')).toBeVisible();
  const manualCopies = async () => (await callApi(page, 'backup/list', {})).backups.filter((b) => b.kind === 'manual').length;
  expect(await manualCopies()).toBe(0);

  await menu(page, 'backup');
  await expect(page.getByText(/^Backup saved: journal-manual-/)).toBeVisible();
  await expect(page.getByTestId('backups-table')).toContainText('Manual');
  await expect(page.getByTestId('backup-now')).toBeFocused();
  await expect(page).toHaveURL(/#\/reports$/);
  expect(await manualCopies()).toBe(1);
  await page.screenshot({ path: screenshotPath('menu-intent-backup') });

  await page.reload();
  await expect(page.getByTestId('backups-table')).toBeVisible();
  await page.goBack();
  await page.goForward();
  await expect(page.getByTestId('backups-table')).toBeVisible();
  expect(await manualCopies()).toBe(1);
});

test('an intent in the URL the app starts on waits for the journal, then opens once', async ({ page, host }) => {
  await openJournal(page, host.url);
  await page.goto(`${host.url}${intentHash('restore')}`);
  await expect(page.getByTestId('restore-dialog')).toBeVisible();
  await expect(page).toHaveURL(/#\/reports$/);
  await page.reload();
  await expect(page.getByTestId('backups')).toBeVisible();
  await expect(page.getByTestId('restore-dialog')).toBeHidden();
});
