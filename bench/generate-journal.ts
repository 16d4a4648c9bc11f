/**
 * Builds a ten-year journal through the real backend handlers: ~2,500 condor layers on real
 * SPX closes, ~25,000 tickets (an opening ticket and partial closes), 20 layers still open,
 * SPX and VIX history, notes, and the journal's other records: ten years of economic events,
 * rule decisions, and daily marks on the open layers. Used by `npm run bench` and large-journal tests.
 */
import { addDays } from '../shared/dates';
import type { Backend } from '../electron/backend/backend';
import { marketCloses, marketCsv } from './market-files';

export interface JournalSize {
  layers: number;
  ticketsPerLayer: number;
  openLayers: number;
  notes: number;
}

export const TEN_YEAR_JOURNAL: JournalSize = { layers: 2500, ticketsPerLayer: 10, openLayers: 20, notes: 5000 };

/** Rule decisions per layer: 1,000 over the ten-year journal's 2,500 layers. */
const DECISIONS_PER_LAYER = 0.4;
const MARK_DAYS = 20;

const roundTo5 = (points: number) => Math.round(points / 5) * 5;

export async function generateJournal(backend: Backend, size: JournalSize = TEN_YEAR_JOURNAL): Promise<{ portfolioId: number; asOf: string }> {
  const { db } = backend.context;
  // Generation only: thousands of commits need not each wait for the disk.
  db.pragma('synchronous = OFF');
  await backend.send('market/import', { symbol: 'SPX', csv: marketCsv('SPX') });
  await backend.send('market/import', { symbol: 'VIX', csv: marketCsv('VIX') });
  const spx = marketCloses('SPX');
  const days = spx.slice(-2520); // ten years of trading days
  const asOf = days[days.length - 1]?.date ?? '2026-07-09';
  const portfolio = await backend.send('portfolio/create', { name: 'Ten years', riskCapitalCents: 50_000_000_00 });
  const step = days.length / size.layers;
  const closedLayers = size.layers - size.openLayers;
  for (let i = 0; i < size.layers; i += 1) {
    const isOpen = i >= closedLayers;
    const day = isOpen ? days[days.length - 1 - (size.layers - 1 - i)] : days[Math.floor(i * step * ((days.length - 60) / days.length))];
    if (!day) continue;
    const spot = day.closeHundredths / 100;
    const width = 50;
    const putShort = roundTo5(spot * 0.95);
    const callShort = roundTo5(spot * 1.05);
    const layer = await backend.send('layer/createCondor', {
      portfolioId: portfolio.id, openedOn: day.date, expiration: addDays(day.date, isOpen ? 45 + (i % 20) : 45),
      strikes: { putLong: (putShort - width) * 100, putShort: putShort * 100, callShort: callShort * 100, callLong: (callShort + width) * 100 },
      quantity: size.ticketsPerLayer, creditHundredths: 900 + (i % 7) * 50, feesCents: 6000, role: (['base', 'time-shift', 'adaptive'] as const)[i % 3],
    });
    const closes = isOpen ? 0 : size.ticketsPerLayer - 1;
    for (let c = 0; c < closes; c += 1) {
      const last = c === closes - 1;
      await backend.send('ticket/add', { layerId: layer.id, date: addDays(day.date, 10 + c * 3), action: 'close', quantity: last ? 2 : 1, netPriceHundredths: -(300 + ((i + c) % 9) * 100), feesCents: 600 });
    }
  }
  for (let n = 0; n < size.notes; n += 1) {
    const day = days[Math.floor((n * days.length) / size.notes)];
    if (day) await backend.send('note/create', { portfolioId: portfolio.id, date: day.date, body: `Review ${n}: SPX ${day.closeHundredths / 100}; stuck to the plan.`, tags: n % 3 === 0 ? ['review'] : [] });
  }
  await addJournalRecords(backend, portfolio.id, days.map((d) => d.date), Math.round(size.layers * DECISIONS_PER_LAYER));
  db.pragma('synchronous = FULL');
  return { portfolioId: portfolio.id, asOf };
}

/** Events (FOMC eight times a year, CPI monthly), rule decisions, and marks on the open layers. */
async function addJournalRecords(backend: Backend, portfolioId: number, days: readonly string[], decisions: number): Promise<void> {
  const events: string[] = ['date,kind,note'];
  for (let i = 0; i < days.length; i += 21) events.push(`${days[i]},CPI,CPI release ${i}`);
  for (let i = 10; i < days.length; i += 32) events.push(`${days[i]},FOMC,Rate decision ${i}`);
  await backend.send('event/import', { text: events.join('\n') });
  for (let n = 0; n < decisions; n += 1) {
    const day = days[Math.floor((n * days.length) / decisions)] ?? days[0] ?? '2026-01-02';
    const decision = (['acted', 'dismissed', 'snoozed'] as const)[n % 3];
    await backend.send('decision/record', {
      portfolioId, ruleId: 'late-dte', subject: 'portfolio', evaluatedOn: day, decision,
      snoozeUntil: decision === 'snoozed' ? addDays(day, 3) : null, reason: `Decision ${n}`, prompt: { ruleId: 'late-dte', title: 'generated' },
    });
  }
  const open = await backend.send('layer/list', { portfolioId, status: 'open' });
  for (const layer of open) {
    for (const day of days.filter((d) => d >= layer.openedOn).slice(0, MARK_DAYS)) {
      await backend.send('mark/set', { layerId: layer.id, date: day, priceHundredths: 600 + (layer.id % 7) * 25 });
    }
  }
}
