/**
 * Issue 14: per-leg fill prices (migration 0007). The tastytrade import stores each leg's own fill, checked by
 * hand against the fixture's rows; the JSON backup carries them byte for byte; a net edit
 * forgets them; a tampered backup price is refused; layer/createCondor takes them when they make the credit.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportJson, restoreJson } from '../backup/json-backup';
import { rejection } from '../testing/rejection';
import { portfolioBackend, TASTYTRADE_SAMPLE } from '../testing/portfolio-backend';
import { tablesChecksum, tempBackend, type TempBackend } from '../testing/temp-backend';

const SAMPLE = TASTYTRADE_SAMPLE;

let t: TempBackend;
let portfolioId: number;
beforeEach(async () => ({ t, portfolioId } = await portfolioBackend()));
afterEach(() => t.cleanup());

/** Every stored ticket leg as "date action strike+right side: signed qty @ price" (null = no price). */
function storedLegs(): string[] {
  const rows = t.backend.context.db.prepare(`
    SELECT t.date, t.action, l.strike_hundredths AS strike, l.right, l.side, tl.quantity, tl.price_hundredths AS price
    FROM ticket_legs tl JOIN tickets t ON t.id = tl.ticket_id JOIN legs l ON l.id = tl.leg_id ORDER BY t.id, l.strike_hundredths, l.right`).all() as
    { date: string; action: string; strike: number; right: string; side: string; quantity: number; price: number | null }[];
  return rows.map((r) => `${r.date} ${r.action} ${r.strike / 100}${r.right === 'put' ? 'P' : 'C'} ${r.side}: ${r.quantity} @ ${r.price}`);
}

describe('tastytrade import: per-leg prices', () => {
  it('stores each leg at its own CSV row\'s price (Value ÷ 100 ÷ Quantity), the nets unchanged', async () => {
    const result = await t.backend.send('import/tastytradeApply', { portfolioId, csv: SAMPLE });
    // By hand from the fixture's rows (Description "@ price" = |Value| ÷ Quantity ÷ 100):
    expect(storedLegs()).toEqual([
      // order 331000001, 2024-07-01, 2 units: 5150P bought @ 10.60, 5200P sold @ 14.20, 5750C sold @ 6.30, 5800C bought @ 3.90 → net 6.00
      '2024-07-01 open 5150P long: 2 @ 1060', '2024-07-01 open 5200P short: -2 @ 1420', '2024-07-01 open 5750C short: -2 @ 630', '2024-07-01 open 5800C long: 2 @ 390',
      // order 331000002, 2024-07-17, 1 unit: 5150P sold @ 6.20, 5200P bought @ 9.10, 5750C bought @ 2.40, 5800C sold @ 0.90 → net −4.40
      '2024-07-17 close 5150P long: -1 @ 620', '2024-07-17 close 5200P short: 1 @ 910', '2024-07-17 close 5750C short: 1 @ 240', '2024-07-17 close 5800C long: -1 @ 90',
      // order 331000003, 2024-07-25: the close half at 3.10 / 5.00 / 1.20 / 0.40 (net −2.70) …
      '2024-07-25 roll 5150P long: -1 @ 310', '2024-07-25 roll 5200P short: 1 @ 500', '2024-07-25 roll 5750C short: 1 @ 120', '2024-07-25 roll 5800C long: -1 @ 40',
      // … and the new condor: 5200P bought @ 14.90, 5250P sold @ 18.50, 5800C sold @ 9.80, 5850C bought @ 7.10 → net 6.30
      '2024-07-25 open 5200P long: 1 @ 1490', '2024-07-25 open 5250P short: -1 @ 1850', '2024-07-25 open 5800C short: -1 @ 980', '2024-07-25 open 5850C long: 1 @ 710',
      // The expiration rows carry no price: the expire ticket's legs have none.
      '2024-09-20 expire 5200P long: -1 @ null', '2024-09-20 expire 5250P short: 1 @ null', '2024-09-20 expire 5800C short: 1 @ null', '2024-09-20 expire 5850C long: -1 @ null',
    ]);
    const layer = await t.backend.send('layer/get', { layerId: result.createdLayerIds[0] ?? 0 });
    expect(layer.tickets[0]?.legs.map((l) => l.priceHundredths)).toEqual([1060, 1420, 630, 390]);
    expect(layer.tickets[0]?.netPriceHundredths).toBe(600);
  });

  it('the JSON backup carries the prices: export → restore → export is byte-identical, and the legs read back', async () => {
    await t.backend.send('import/tastytradeApply', { portfolioId, csv: SAMPLE });
    const first = exportJson(t.backend.context.db);
    const rows = (JSON.parse(first) as { tables: { ticket_legs: { price_hundredths: number | null }[] } }).tables.ticket_legs;
    expect(rows.filter((r) => r.price_hundredths !== null)).toHaveLength(16);
    const target = tempBackend();
    try {
      restoreJson(target.backend.context.db, first);
      expect(exportJson(target.backend.context.db)).toBe(first);
      const restored = target.backend.context.db.prepare('SELECT price_hundredths FROM ticket_legs WHERE price_hundredths IS NOT NULL ORDER BY ticket_id, leg_id').pluck().all();
      expect(restored).toEqual(t.backend.context.db.prepare('SELECT price_hundredths FROM ticket_legs WHERE price_hundredths IS NOT NULL ORDER BY ticket_id, leg_id').pluck().all());
    } finally {
      target.cleanup();
    }
  });

  it('a backup with a negative or fractional leg price is refused with its row, nothing restored', async () => {
    await t.backend.send('import/tastytradeApply', { portfolioId, csv: SAMPLE });
    const good = exportJson(t.backend.context.db);
    const target = tempBackend();
    try {
      const before = tablesChecksum(target.backend);
      for (const [bad, message] of [[-5, /ticket_legs, row 1, field price_hundredths = -5/], [14.2, /ticket_legs, row 1, field price_hundredths = 14.2/]] as const) {
        const tampered = JSON.parse(good) as { tables: { ticket_legs: Record<string, unknown>[] } };
        const row = tampered.tables.ticket_legs[0];
        if (row) row.price_hundredths = bad;
        expect(() => restoreJson(target.backend.context.db, JSON.stringify(tampered))).toThrow(message);
        expect(tablesChecksum(target.backend)).toBe(before);
      }
    } finally {
      target.cleanup();
    }
  });

  it('editing a ticket\'s net forgets its legs\' prices (they no longer make it); another field keeps them', async () => {
    await t.backend.send('import/tastytradeApply', { portfolioId, csv: SAMPLE });
    const ticketId = t.backend.context.db.prepare("SELECT id FROM tickets WHERE action = 'close'").pluck().get() as number;
    const prices = () => t.backend.context.db.prepare('SELECT price_hundredths FROM ticket_legs WHERE ticket_id = ? ORDER BY leg_id').pluck().all(ticketId);
    await t.backend.send('ticket/update', { ticketId, note: 'checked' });
    await t.backend.send('ticket/update', { ticketId, netPriceHundredths: -440 });
    expect(prices()).toEqual([620, 910, 240, 90]);
    await t.backend.send('ticket/update', { ticketId, netPriceHundredths: -450 });
    expect(prices()).toEqual([null, null, null, null]);
  });

  it('a file whose leg rows miss their order\'s net by more than a hundredth is not imported at all', async () => {
    const lines = SAMPLE.split('\n');
    const cells = [',2840.00,2,1420.00,', ',-2120.00,2,-1060.00,', ',1260.00,2,630.00,', ',-780.00,2,-390.00,'];
    const values = ['4261.20', '-3181.50', '1891.20', '-1171.50'];
    const csv = [lines[0], ...[19, 20, 21, 22].map((n, i) => (lines[n] ?? '').replace(cells[i] ?? '', `,${values[i]},3,0.00,`))].join('\n');
    const before = tablesChecksum(t.backend);
    const error = await rejection(t.backend.send('import/tastytradeApply', { portfolioId, csv, fileName: 'odd.csv' }));
    expect(error.message).toMatch(/^odd\.csv was not imported: 1 problem\(s\); first at lines 2–5: order #331000001: the legs' own prices make a net of 5\.98 per unit/);
    expect(tablesChecksum(t.backend)).toBe(before);
  });
});

describe('layer/createCondor with per-leg prices', () => {
  const condor = { openedOn: '2026-05-26', expiration: '2026-07-10', strikes: { putLong: 710000, putShort: 715000, callShort: 790000, callLong: 795000 }, quantity: 9, creditHundredths: 950, feesCents: 5400 };

  it('stores each leg\'s own fill on the opening ticket when they make the credit', async () => {
    // 14.20 − 10.60 + 9.10 − 3.20 = 9.50.
    const layer = await t.backend.send('layer/createCondor', { portfolioId, ...condor, legPricesHundredths: { putLong: 1060, putShort: 1420, callShort: 910, callLong: 320 } });
    expect(layer.tickets[0]?.legs.map((l) => [l.quantity, l.priceHundredths])).toEqual([[9, 1060], [-9, 1420], [-9, 910], [9, 320]]);
  });

  it('refuses leg prices that do not make the credit, naming the field, and writes nothing', async () => {
    const before = tablesChecksum(t.backend);
    const error = await rejection(t.backend.send('layer/createCondor', { portfolioId, ...condor, legPricesHundredths: { putLong: 1060, putShort: 1420, callShort: 910, callLong: 300 } }));
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual([{
      path: 'legPricesHundredths', message: 'the legs\' own prices make a net of 9.70 per unit, but the ticket\'s net is 9.50 (they must agree within 0.01)',
    }]);
    expect(tablesChecksum(t.backend)).toBe(before);
    // Without leg prices the same condor opens on its net alone.
    const plain = await t.backend.send('layer/createCondor', { portfolioId, ...condor });
    expect(plain.tickets[0]?.legs.every((l) => l.priceHundredths === undefined)).toBe(true);
  });
});

describe('an imported layer is anchored per leg on the dashboard', () => {
  it('2024-07-01 (SPX 5,475.09, VIX 12.22, the real closes): each leg at its own fill, open P&L = −fees $13.28', async () => {
    const result = await t.backend.send('import/tastytradeApply', { portfolioId, csv: SAMPLE });
    await t.backend.send('market/upsert', { symbol: 'SPX', date: '2024-07-01', closeHundredths: 547_509 });
    await t.backend.send('market/upsert', { symbol: 'VIX', date: '2024-07-01', closeHundredths: 1_222 });
    const dash = await t.backend.send('dashboard/get', { portfolioId, asOf: '2024-07-01' });
    const anchor = dash.anchors[result.createdLayerIds[0] ?? 0];
    expect(anchor).toMatchObject({ source: 'open', pricePoints: 6, priceOffsetPoints: 0 });
    // The fixture's fills against the default smile: the puts (10.60, 14.20) sit below it, the calls (6.30, 3.90) above.
    expect(anchor?.legs?.map((l) => [l.side, l.strike, l.kind, l.fillPoints, Math.sign(l.volOffset)])).toEqual([
      ['long', 5150, 'put', 10.6, -1], ['short', 5200, 'put', 14.2, -1], ['short', 5750, 'call', 6.3, 1], ['long', 5800, 'call', 3.9, 1],
    ]);
    // 2 × (6.00 × 100) credit, valued at 6.00 on the day: open P&L is the fees, 2 × 4 × $1.66 = $13.28.
    expect(Math.round(dash.openPnlDollars * 100)).toBe(-1328);
  });
});
