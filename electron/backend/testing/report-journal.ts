/**
 * Test fixture for the reports: a small hand-built journal written through the real
 * backend — closed, rolled and open condors, a partial close, a hedge, SPX/VIX closes for
 * pricing, rule decisions and notes whose text needs CSV quoting.
 *
 * Realised by hand (dollars; fees included):
 *   A 2× +12.50 (fees 10) 05-01, closed −5.00 (fees 6) 05-20: 2,490 − 1,006 = +1,484
 *   B 1× +8.00 (fees 5) 05-04, closed −20.00 (fees 5) 05-22: 795 − 2,005 = −1,210
 *   C 1× +10.00 (fees 4) 04-01, rolled −4.00 (fees 4) 04-15: +592 → D +7.00 (fees 4), closed −1.50 (fees 4) 04-29: +542
 *   E 2× +11.00 (fees 8) 05-26, open on the report date (no realised P&L).
 */
import type { Backend } from '../backend';
import { CONDOR } from './temp-backend';

export interface ReportJournal {
  portfolioId: number;
  layerIds: { a: number; b: number; c: number; d: number; e: number };
}

/** Daily closes from 2026-03-02 to 2026-05-29 (weekdays), a gentle drift so beta and RV exist. */
async function seedCloses(backend: Pick<Backend, 'send'>): Promise<void> {
  const start = Date.UTC(2026, 2, 2);
  for (let day = 0; day < 90; day += 1) {
    const when = new Date(start + day * 86_400_000);
    if (when.getUTCDay() === 0 || when.getUTCDay() === 6) continue;
    const date = when.toISOString().slice(0, 10);
    const spx = 570_000 + Math.round(3000 * Math.sin(day / 5)) + day * 40;
    const vix = 1_700 + Math.round(150 * Math.cos(day / 5));
    await backend.send('market/upsert', { symbol: 'SPX', date, closeHundredths: spx });
    await backend.send('market/upsert', { symbol: 'VIX', date, closeHundredths: vix });
  }
}

export async function seedReportJournal(backend: Pick<Backend, 'send'>): Promise<ReportJournal> {
  await seedCloses(backend);
  const { id: portfolioId } = await backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 100_000_00 });
  const a = await backend.send('layer/createCondor', { ...CONDOR, portfolioId, openedOn: '2026-05-01', notes: 'first, "base" layer' });
  await backend.send('ticket/add', { layerId: a.id, date: '2026-05-20', action: 'close', netPriceHundredths: -500, feesCents: 600, note: 'took profit, 60%' });
  const b = await backend.send('layer/createCondor', { ...CONDOR, portfolioId, openedOn: '2026-05-04', quantity: 1, creditHundredths: 800, feesCents: 500, role: 'time-shift', tags: ['30dte'] });
  await backend.send('ticket/add', { layerId: b.id, date: '2026-05-22', action: 'close', netPriceHundredths: -2000, feesCents: 500 });
  const c = await backend.send('layer/createCondor', { ...CONDOR, portfolioId, openedOn: '2026-04-01', quantity: 1, creditHundredths: 1000, feesCents: 400 });
  const { opened: d } = await backend.send('layer/roll', { layerId: c.id, date: '2026-04-15', closePriceHundredths: -400, closeFeesCents: 400, expiration: CONDOR.expiration, strikes: CONDOR.strikes, creditHundredths: 700, openFeesCents: 400 });
  await backend.send('ticket/add', { layerId: d.id, date: '2026-04-29', action: 'close', netPriceHundredths: -150, feesCents: 400 });
  const e = await backend.send('layer/createCondor', { ...CONDOR, portfolioId, openedOn: '2026-05-26', expiration: '2026-07-17', strikes: { putLong: 540000, putShort: 545000, callShort: 600000, callLong: 605000 }, creditHundredths: 1100, feesCents: 800 });
  await backend.send('decision/record', { portfolioId, ruleId: 'roll', subject: `layer-${c.id}`, evaluatedOn: '2026-04-15', decision: 'acted', reason: 'short put tested; rolled down and out', prompt: {}, layerId: c.id });
  await backend.send('decision/record', { portfolioId, ruleId: 'take-profit', subject: `layer-${b.id}`, evaluatedOn: '2026-05-12', decision: 'dismissed', reason: 'FOMC next week, "wait"', prompt: {}, layerId: b.id });
  await backend.send('note/create', { portfolioId, date: '2026-05-20', layerId: a.id, body: 'Closed A at 5.00, 60% of credit.\nSecond line, with a comma.', tags: ['exit'] });
  await backend.send('note/create', { portfolioId, date: '2026-03-15', body: 'Before the range', tags: [] });
  return { portfolioId, layerIds: { a: a.id, b: b.id, c: c.id, d: d.id, e: e.id } };
}
