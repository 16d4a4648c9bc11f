/**
 * The journal timeline in Chromium: a condor, a partial close, a roll, notes with tags, an event and a
 * decision seeded through the API show on the Journal timeline; the tag filter and the search
 * narrow it; day notes are added, edited and deleted (with a confirm); the layer story shows
 * the roll chain with each step's P&L, the chain's P&L and IRR.
 */
import type { Page } from '@playwright/test';
import { formatCents } from '../shared/format/money';
import { callApi, screenshotPath } from './api';
import { expect, test } from './fixtures';

const STRIKES = { putLong: 550000, putShort: 555000, callShort: 590000, callLong: 595000 };

async function seed(page: Page) {
  const { id: portfolioId } = await callApi(page, 'portfolio/create', { name: 'ALVH book', riskCapitalCents: 100_000_00 });
  const first = await callApi(page, 'layer/createCondor', { portfolioId, openedOn: '2026-03-02', expiration: '2026-04-17', strikes: STRIKES, quantity: 2, creditHundredths: 1000, feesCents: 400, tags: ['45dte'], notes: 'Base layer into a quiet March' });
  const trimmed = await callApi(page, 'ticket/add', { layerId: first.id, date: '2026-03-09', action: 'close', quantity: 1, netPriceHundredths: -300, feesCents: 200, note: 'Trimmed into the CPI spike' });
  const { opened: second } = await callApi(page, 'layer/roll', { layerId: first.id, date: '2026-03-16', closePriceHundredths: -400, closeFeesCents: 400, expiration: '2026-05-15', strikes: STRIKES, creditHundredths: 700, openFeesCents: 400 });
  await callApi(page, 'ticket/add', { layerId: second.id, date: '2026-03-30', action: 'close', netPriceHundredths: -150, feesCents: 400 });
  await callApi(page, 'note/create', { portfolioId, date: '2026-03-18', body: 'FOMC week: stood aside from new layers', tags: ['fomc-week'] });
  await callApi(page, 'note/create', { portfolioId, date: '2026-03-17', layerId: second.id, body: 'Rolled out a month at 50% captured' });
  const ticketId = trimmed.tickets.find((t) => t.action === 'close')?.id ?? null;
  await callApi(page, 'note/create', { portfolioId, date: '2026-03-09', ticketId, body: 'Half off at 30% of max loss', tags: ['defense'] });
  await callApi(page, 'event/create', { date: '2026-03-18', kind: 'FOMC', note: 'March FOMC decision' });
  await callApi(page, 'decision/record', { portfolioId, ruleId: 'roll', subject: `layer-${first.id}`, evaluatedOn: '2026-03-16', decision: 'acted', reason: 'Hit 50% of max profit', prompt: {}, layerId: first.id });
  return { portfolioId, first, second };
}

test('the journal timeline mixes every kind, filters by tag and text, and the story tells the roll chain with its P&L', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByTestId('portfolio-form')).toBeVisible();
  const { portfolioId, first, second } = await seed(page);
  await page.goto(`${host.url}#/journal`);
  await page.reload();

  const list = page.getByTestId('timeline-list');
  const items = list.locator('.timeline-item');
  await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
  await expect(items).toHaveCount(10); // 5 tickets, 3 notes, 1 decision, 1 event
  await expect(list.locator('.timeline-day h2').first()).toHaveText('2026-03-30 · Monday');
  await expect(page.getByTestId('timeline-day-2026-03-18')).toContainText('March FOMC decision');
  await expect(page.getByTestId('timeline-day-2026-03-16')).toContainText('Rule roll acted on');
  await expect(page.getByTestId('timeline-day-2026-03-09')).toContainText('1 × 3.00 pts db');
  await expect(page.getByTestId('timeline-day-2026-03-09')).toContainText('−$302.00');
  await page.mouse.move(0, 0);
  await page.addStyleTag({ content: '.app { height: auto !important; } .main { overflow: visible !important; }' });
  await page.screenshot({ path: screenshotPath('timeline'), fullPage: true });

  // Tag filter, then a search: each narrows the list.
  await page.getByTestId('timeline-tag').fill('fomc-week');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('FOMC week: stood aside');
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(items).toHaveCount(10);
  await page.keyboard.press('/');
  await expect(page.getByTestId('timeline-search')).toBeFocused();
  await page.keyboard.type('SPIKE');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('Trimmed into the CPI spike');
  await page.getByTestId('timeline-search').fill('50%');
  await expect(items).toHaveCount(2); // the layer note and the decision's reason
  await page.getByTestId('timeline-search').fill('no such words');
  await expect(page.getByTestId('timeline-empty')).toContainText('Nothing matches');
  await page.getByTestId('timeline-empty').getByRole('button', { name: 'Clear filters' }).click();
  await page.getByTestId('timeline-kind-ticket').uncheck();
  await page.getByTestId('timeline-kind-event').uncheck();
  await expect(items).toHaveCount(4);
  await page.getByTestId('timeline-kind-ticket').check();
  await page.getByTestId('timeline-kind-event').check();

  // A day note: add with tags, edit, delete after a confirm.
  await page.getByTestId('add-day-note').click();
  const form = page.getByTestId('note-form');
  await form.getByLabel('Date').fill('2026-03-31');
  await form.getByLabel('Tags').fill('review, march');
  await form.getByLabel('Note').fill('Month review: two rolls, one trim');
  await form.getByRole('button', { name: 'Add note' }).click();
  const day = page.getByTestId('timeline-day-2026-03-31');
  await expect(day).toContainText('Month review: two rolls, one trim');
  await expect(day).toContainText('#march');
  await day.getByRole('button', { name: /^Edit note/ }).click();
  await form.getByLabel('Note').fill('Month review: one roll, one trim');
  await form.getByRole('button', { name: 'Save note' }).click();
  await expect(day).toContainText('Month review: one roll, one trim');
  await day.getByRole('button', { name: /^Delete note/ }).click();
  await expect(page.getByTestId('confirm-dialog')).toContainText('Month review');
  await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByTestId('timeline-day-2026-03-31')).toHaveCount(0);

  // The story, from a timeline item.
  const story = await callApi(page, 'layer/story', { layerId: second.id });
  await page.getByTestId('timeline-day-2026-03-30').getByTestId('story-link').first().click();
  await expect(page).toHaveURL(new RegExp(`#/layers/${second.id}/story$`));
  const storyPage = page.getByTestId('layer-story');
  await expect(storyPage.locator('.story-layer')).toHaveCount(2);
  await expect(page.getByTestId('story-pnl')).toHaveText(`+${formatCents(story.totals.realizedPnlCents)}`);
  expect(story.totals.realizedPnlCents).toBe(129_000 + 54_200);
  await expect(page.getByTestId('story-irr')).toHaveText(story.totals.irr.ok ? `${(story.totals.irr.rate * 100).toFixed(1)}%/yr` : 'undefined');
  const firstLayer = page.getByTestId(`story-layer-${first.id}`);
  await expect(firstLayer).toContainText('Partly closed');
  await expect(firstLayer).toContainText('+$696.00');
  await expect(firstLayer).toContainText('Rolled');
  await expect(firstLayer).toContainText('Half off at 30% of max loss');
  await expect(firstLayer).toContainText('Hit 50% of max profit');
  await expect(page.getByTestId(`story-layer-${second.id}`)).toContainText('+$542.00');
  await page.mouse.move(0, 0);
  await page.screenshot({ path: screenshotPath('layer-story'), fullPage: true });

  // From the layer detail: the Story link, and a journal note on a ticket.
  await page.goto(`${host.url}#/layers/${first.id}`);
  await expect(page.getByTestId('layer-detail')).toBeVisible();
  const notes = page.getByTestId('layer-journal-notes');
  await expect(notes).toContainText('Half off at 30% of max loss');
  await notes.getByTestId('add-layer-note').click();
  await form.getByLabel('About').selectOption({ index: 1 });
  await form.getByLabel('Date').fill('2026-03-02');
  await form.getByLabel('Note').fill('Opened on the ticket: IV rank 35');
  await form.getByRole('button', { name: 'Add note' }).click();
  await expect(notes).toContainText('Opened on the ticket: IV rank 35');
  await expect(notes).toContainText('on the open ticket of 2026-03-02');
  await notes.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('layer-journal-notes') });
  await page.getByTestId('layer-story-link').click();
  await expect(page.getByTestId(`story-layer-${first.id}`)).toContainText('Opened on the ticket: IV rank 35');
  expect((await callApi(page, 'note/list', { portfolioId })).length).toBe(4);
});

test('an empty journal says what will appear and offers a day note', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByTestId('portfolio-form')).toBeVisible();
  await callApi(page, 'portfolio/create', { name: 'Empty', riskCapitalCents: 100_000_00 });
  await page.goto(`${host.url}#/journal`);
  await page.reload();
  await expect(page.getByTestId('timeline-empty')).toContainText('The journal is empty');
  await page.keyboard.press('Alt+7');
  await expect(page.getByTestId('performance-empty')).toContainText('No closed layers yet');
});
