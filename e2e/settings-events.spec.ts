/**
 * Settings and economic events in Chromium: portfolio settings saved as a patch, refused when invalid,
 * reset to the defaults; economic events added, imported from .ics and deleted with a confirm,
 * with the event-guard window reading them.
 */
import type { Page } from '@playwright/test';
import { addTradingDays } from '../shared/calendar';
import { callApi, screenshotPath } from './api';
import { expect, test } from './fixtures';

async function openSection(page: Page, url: string, section: 'settings' | 'market') {
  await page.goto(url);
  await expect(page.getByTestId('portfolio-form')).toBeVisible();
  const portfolio = await callApi(page, 'portfolio/create', { name: 'ALVH book', riskCapitalCents: 100_000_00 });
  await page.goto(`${url}#/${section}`);
  await page.reload();
  return portfolio;
}

async function screenshotWholeView(page: Page, name: string) {
  await page.addStyleTag({ content: '.app { height: auto !important; } .main { overflow: visible !important; } .settings-bar { position: static !important; }' });
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
}

test('rsiThreshold 65 is saved and survives a reload; 150 is refused; reset brings back the defaults', async ({ page, host }) => {
  const portfolio = await openSection(page, host.url, 'settings');
  const threshold = page.getByLabel('RSI threshold', { exact: true });
  await expect(threshold).toHaveValue('60');
  await expect(page.getByTestId('setting-field-rsiThreshold')).toContainText('default 60');
  await expect(page.getByTestId('setting-field-feePerContractCents')).toContainText('default $1.50');

  await threshold.fill('65');
  await page.getByTestId('rule-enabled-late-dte').uncheck();
  await expect(page.getByTestId('settings-unsaved')).toHaveText('2 unsaved changes: RSI threshold, Rule on/off switches');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByTestId('toast').first()).toContainText('Settings saved (2 changes)');
  await expect(page.getByTestId('settings-unsaved')).toHaveText('All settings saved.');
  const saved = await callApi(page, 'portfolio/get', { portfolioId: portfolio.id });
  expect(saved.settings.rsiThreshold).toBe(65);
  expect(saved.settings.disabledRules).toEqual(['late-dte']);

  await page.reload();
  await expect(threshold).toHaveValue('65');
  await expect(page.getByTestId('rule-enabled-late-dte')).not.toBeChecked();

  // Out of range: the field says why as it is typed, and nothing is sent.
  await threshold.fill('150');
  await expect(page.getByTestId('setting-error-rsiThreshold')).toHaveText('Must be at most 100 RSI (0–100)');
  await expect(threshold).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(threshold).toBeFocused();
  await expect(threshold).toHaveValue('150');
  expect((await callApi(page, 'portfolio/get', { portfolioId: portfolio.id })).settings.rsiThreshold).toBe(65);

  await page.getByRole('button', { name: 'About RSI threshold' }).click();
  await expect(page.locator('.help-popover:popover-open')).toContainText('strictly above');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Reset to defaults…' }).click();
  const dialog = page.getByTestId('reset-settings-dialog');
  await expect(dialog).toContainText('RSI threshold → 60');
  await expect(dialog).toContainText('1 unsaved edit will be discarded');
  await screenshotWholeView(page, 'settings-reset');
  await dialog.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(dialog).toBeHidden();
  await expect(threshold).toHaveValue('60');
  await expect(page.getByTestId('rule-enabled-late-dte')).toBeChecked();
  const reset = await callApi(page, 'portfolio/get', { portfolioId: portfolio.id });
  expect(reset.settings.rsiThreshold).toBe(60);
  expect(reset.settings.disabledRules).toEqual([]);
  await screenshotWholeView(page, 'settings');
});

test('a save the backend refuses keeps every unsaved edit and says why', async ({ page, host }) => {
  const portfolio = await openSection(page, host.url, 'settings');
  await page.getByLabel('Smile flattening γ', { exact: true }).fill('0.3');
  await page.getByLabel('Layer 2', { exact: true }).fill('30');
  await callApi(page, 'portfolio/delete', { portfolioId: portfolio.id });
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByTestId('settings-bar').getByTestId('form-error')).toContainText('does not exist');
  await expect(page.getByLabel('Smile flattening γ', { exact: true })).toHaveValue('0.3');
  await expect(page.getByLabel('Layer 2', { exact: true })).toHaveValue('30');
  await expect(page.getByTestId('settings-unsaved')).toContainText('2 unsaved changes');
});

test('events: add an FOMC, import an .ics, see the guard window, delete one with a confirm', async ({ page, host }) => {
  await openSection(page, host.url, 'market');
  const { today } = await callApi(page, 'app/info', {});
  const inWindow = addTradingDays(today, 1);
  const later = addTradingDays(today, 6);
  const muchLater = addTradingDays(today, 15);

  await page.getByRole('button', { name: 'Add event' }).click();
  const form = page.getByTestId('event-form');
  await form.getByLabel('Date').fill(later);
  await form.getByLabel('Kind').selectOption('FOMC');
  await form.getByLabel('Note').fill('FOMC statement and press conference');
  await form.getByRole('button', { name: 'Add event' }).click();
  await expect(form).toBeHidden();
  const upcoming = page.getByTestId('events-upcoming');
  await expect(upcoming.getByTestId('event-row')).toHaveCount(1);
  await expect(upcoming).toContainText('FOMC statement and press conference');
  await expect(page.getByTestId('guard-status')).toContainText('the event guard is clear');

  const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//e2e//EN',
    'BEGIN:VEVENT', `DTSTART;VALUE=DATE:${inWindow.replace(/-/g, '')}`, 'SUMMARY:Consumer Price Index (CPI)', 'END:VEVENT',
    'BEGIN:VEVENT', `DTSTART:${muchLater.replace(/-/g, '')}T133000Z`, 'SUMMARY:PPI release', 'END:VEVENT',
    'END:VCALENDAR'].join('\r\n');
  await page.getByTestId('event-import-input').setInputFiles({ name: 'macro.ics', mimeType: 'text/calendar', buffer: Buffer.from(ics) });
  await expect(page.getByTestId('event-import-summary')).toContainText('2 events read — 2 added, 0 already in the calendar');
  await expect(upcoming.getByTestId('event-row')).toHaveCount(3);
  await expect(page.getByTestId('guard-status')).toContainText(`Event guard: CPI on ${inWindow} (in 1 trading day)`);

  // Importing the same file again adds nothing.
  await page.getByTestId('event-import-input').setInputFiles({ name: 'macro.ics', mimeType: 'text/calendar', buffer: Buffer.from(ics) });
  await expect(page.getByTestId('event-import-summary')).toContainText('0 added, 2 already in the calendar');
  await page.getByTestId('events-panel').scrollIntoViewIfNeeded();
  await screenshotWholeView(page, 'events');

  await upcoming.getByRole('button', { name: `Delete CPI on ${inWindow}` }).click();
  const confirm = page.getByTestId('confirm-dialog');
  await expect(confirm).toContainText('Consumer Price Index (CPI)');
  await confirm.getByRole('button', { name: 'Confirm' }).click();
  await expect(confirm).toBeHidden();
  await expect(upcoming.getByTestId('event-row')).toHaveCount(2);
  await expect(page.getByTestId('guard-status')).toContainText('the event guard is clear');
  expect((await callApi(page, 'event/list', {})).map((e) => e.kind).sort()).toEqual(['FOMC', 'PPI']);

  // A bad file is refused by line and changes nothing.
  await page.getByTestId('event-import-input').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('date,kind,note\n2026-13-01,CPI,x\n') });
  await expect(page.getByTestId('event-import-rejected')).toContainText('line 2');
  expect(await callApi(page, 'event/list', {})).toHaveLength(2);
});
