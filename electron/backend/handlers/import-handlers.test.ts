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

describe('import/tastytradePreview', () => {
  it('shows the layers and tickets with net prices and writes nothing', async () => {
    const before = tablesChecksum(t.backend);
    const preview = await t.backend.send('import/tastytradePreview', { portfolioId, csv: SAMPLE, fileName: 'tastytrade.csv' });
    expect(tablesChecksum(t.backend)).toBe(before);
    expect(preview.applied).toBe(false);
    expect(preview.layers.map((l) => [l.openedOn, l.expiration, l.quantity, l.netPriceHundredths])).toEqual([['2024-07-01', '2024-08-16', 2, 600], ['2024-07-25', '2024-09-20', 1, 630]]);
    expect(preview.tickets.map((tk) => [tk.action, tk.netPriceHundredths])).toEqual([['open', 600], ['close', -440], ['roll', -270], ['open', 630], ['expire', 0]]);
    expect(preview.skipped.reduce((n, s) => n + s.count, 0)).toBe(3);
  });

  it('rejects an unknown portfolio and a malformed file, writing nothing', async () => {
    expect((await rejection(t.backend.send('import/tastytradePreview', { portfolioId: 99, csv: SAMPLE }))).code).toBe('not_found');
    const before = tablesChecksum(t.backend);
    const bad = SAMPLE.replace(',620.00,1,620.00,', ',six,1,620.00,');
    const error = await rejection(t.backend.send('import/tastytradeApply', { portfolioId, csv: bad, fileName: 'bad.csv' }));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe('bad.csv was not imported: 1 problem(s); first at line 16: Value "six" is not an amount in dollars');
    expect(error.issues).toEqual([{ path: 'line 16', message: 'Value "six" is not an amount in dollars' }]);
    expect(tablesChecksum(t.backend)).toBe(before);
  });
});

describe('import/tastytradeApply', () => {
  it('creates the condor, its partial close, the linked roll and its expiration; a second import is all duplicates', async () => {
    const result = await t.backend.send('import/tastytradeApply', { portfolioId, csv: SAMPLE });
    expect(result.applied).toBe(true);
    const [firstId, rolledId] = result.createdLayerIds;
    const first = await t.backend.send('layer/get', { layerId: firstId });
    expect(first).toMatchObject({ status: 'rolled', openedOn: '2024-07-01', openedQuantity: 2, openQuantity: 0, openPriceHundredths: 600, rolledToId: rolledId, closedOn: '2024-07-25' });
    expect(first.tickets.map((tk) => [tk.date, tk.action, tk.quantity, tk.netPriceHundredths, tk.feesCents])).toEqual([
      ['2024-07-01', 'open', 2, 600, 1328], ['2024-07-17', 'close', 1, -440, 264], ['2024-07-25', 'roll', 1, -270, 264],
    ]);
    // Realised: 2 × $600 − $440 − $270 − fees $13.28 − $2.64 − $2.64 = $471.44.
    expect(first.realizedPnlCents).toBe(47_144);
    const rolled = await t.backend.send('layer/get', { layerId: rolledId });
    // The four legs expired worthless on 20 Sep: an expire ticket at 0 closes the layer, P&L the $630 credit less $6.64 fees.
    expect(rolled).toMatchObject({
      status: 'expired', closedOn: '2024-09-20', rolledFromId: firstId, openQuantity: 0, openPriceHundredths: 630, realizedPnlCents: 62_336,
      strikes: { putLong: 520000, putShort: 525000, callShort: 580000, callLong: 585000 },
    });
    expect(rolled.tickets.map((tk) => [tk.date, tk.action, tk.quantity, tk.netPriceHundredths, tk.feesCents, tk.note])).toEqual([
      ['2024-07-25', 'open', 1, 630, 664, ''], ['2024-09-20', 'expire', 1, 0, 0, 'tastytrade expiration'],
    ]);
    const orders = t.backend.context.db.prepare('SELECT order_number, count(*) AS tickets FROM broker_orders GROUP BY order_number ORDER BY order_number').all();
    expect(orders).toEqual([
      { order_number: '2024-09-20 SPXW240920C05800000 Expiration', tickets: 1 }, { order_number: '2024-09-20 SPXW240920C05850000 Expiration', tickets: 1 },
      { order_number: '2024-09-20 SPXW240920P05200000 Expiration', tickets: 1 }, { order_number: '2024-09-20 SPXW240920P05250000 Expiration', tickets: 1 },
      { order_number: '331000001', tickets: 1 }, { order_number: '331000002', tickets: 1 }, { order_number: '331000003', tickets: 2 },
    ]);

    const before = tablesChecksum(t.backend);
    const again = await t.backend.send('import/tastytradeApply', { portfolioId, csv: SAMPLE });
    expect(again.tickets).toEqual([]);
    expect(again.duplicates.map((d) => d.reason)).toEqual(Array(7).fill('already imported'));
    expect(tablesChecksum(t.backend)).toBe(before);
    // Another portfolio has its own order numbers.
    const other = await t.backend.send('portfolio/create', { name: 'Other', riskCapitalCents: 10_000_000 });
    expect((await t.backend.send('import/tastytradePreview', { portfolioId: other.id, csv: SAMPLE })).tickets).toHaveLength(5);
  });

  it('a cash settlement is a settle ticket at the cash; deleting it lets it import again', async () => {
    const lines = SAMPLE.split('\n');
    const header = lines[0] ?? '';
    await t.backend.send('import/tastytradeApply', { portfolioId, csv: [header, ...lines.slice(5)].join('\n') });
    // SPX settled at 5247.50: the short 5250 put assigned for $250 (and a $5 fee), the other legs worthless.
    const settled = lines.slice(1, 5).map((row) => (row.includes('P05250000')
      ? row.replace(',Expiration,,', ',Cash Settled Assignment,,').replace(',0.00,1,0.00,--,0.00,', ',-250.00,1,250.00,--,-5.00,')
      : row));
    const result = await t.backend.send('import/tastytradeApply', { portfolioId, csv: [header, ...settled].join('\n') });
    expect(result.tickets.map((tk) => [tk.action, tk.quantity, tk.netPriceHundredths, tk.feesCents])).toEqual([['settle', 1, -250, 500]]);
    const layer = await t.backend.send('layer/get', { layerId: result.tickets[0]?.layer.kind === 'existing' ? result.tickets[0].layer.layerId : 0 });
    // $630 credit − $250 settlement − $6.64 − $5.00 fees = $368.36.
    expect(layer).toMatchObject({ status: 'expired', openQuantity: 0, realizedPnlCents: 36_836 });
    const settle = layer.tickets.at(-1);
    expect(settle).toMatchObject({ action: 'settle', note: 'tastytrade cash settlement' });
    await t.backend.send('ticket/delete', { ticketId: settle?.id ?? 0 });
    expect((await t.backend.send('import/tastytradePreview', { portfolioId, csv: [header, ...settled].join('\n') })).tickets).toHaveLength(1);
  });

  it('attaches a later export\'s closes to layers imported (or typed in) before', async () => {
    const lines = SAMPLE.split('\n');
    const header = lines[0] ?? '';
    await t.backend.send('import/tastytradeApply', { portfolioId, csv: [header, ...lines.slice(19, 23)].join('\n') });
    const later = await t.backend.send('import/tastytradeApply', { portfolioId, csv: [header, ...lines.slice(14, 18)].join('\n') });
    expect(later.tickets.map((tk) => [tk.action, tk.layerLabel, tk.quantity])).toEqual([['close', `layer ${later.tickets[0]?.layer.kind === 'existing' ? later.tickets[0].layer.layerId : 0}`, 1]]);
  });

  it('a closing order matching no open legs rejects the whole file', async () => {
    const lines = SAMPLE.split('\n');
    const before = tablesChecksum(t.backend);
    // The opening order is dropped: the partial close and the roll now close nothing.
    const error = await rejection(t.backend.send('import/tastytradeApply', { portfolioId, csv: lines.slice(0, 19).join('\n') }));
    expect(error.issues.map((i) => i.path)).toEqual(['lines 15–18', 'lines 6–13']);
    expect(tablesChecksum(t.backend)).toBe(before);
  });

  it('imported order numbers survive the JSON backup byte for byte', async () => {
    await t.backend.send('import/tastytradeApply', { portfolioId, csv: SAMPLE });
    const first = exportJson(t.backend.context.db);
    // 3 orders on 4 tickets, and the 4 expiration rows behind the one expire ticket.
    expect((JSON.parse(first) as { tables: Record<string, unknown[]> }).tables.broker_orders).toHaveLength(8);
    const target = tempBackend();
    try {
      restoreJson(target.backend.context.db, first);
      expect(exportJson(target.backend.context.db)).toBe(first);
      expect((await target.backend.send('import/tastytradePreview', { portfolioId, csv: SAMPLE })).duplicates).toHaveLength(7);
      // A backup written before broker orders existed (schema 3) still restores.
      const old = JSON.parse(first) as { schemaVersion: number; tables: Record<string, unknown[]> };
      old.schemaVersion = 3;
      delete old.tables.broker_orders;
      restoreJson(target.backend.context.db, JSON.stringify(old));
      expect(target.backend.context.db.prepare('SELECT count(*) FROM broker_orders').pluck().get()).toBe(0);
      expect(target.backend.context.db.prepare('SELECT count(*) FROM tickets').pluck().get()).toBe(5);
    } finally {
      target.cleanup();
    }
  });
});
