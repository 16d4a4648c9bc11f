import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { exportJson, restoreJson } from '../backup/json-backup';
import { tablesChecksum, tempBackend, type TempBackend } from '../testing/temp-backend';

const SAMPLE = readFileSync(join(__dirname, '../testing/fixtures/tastytrade-sample.csv'), 'utf8');

let t: TempBackend;
let portfolioId: number;
beforeEach(async () => {
  t = tempBackend();
  portfolioId = (await t.backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 10_000_000 })).id;
});
afterEach(() => t.cleanup());

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('import/tastytradePreview', () => {
  it('shows the layers and tickets with net prices and writes nothing', async () => {
    const before = tablesChecksum(t.backend);
    const preview = await t.backend.send('import/tastytradePreview', { portfolioId, csv: SAMPLE, fileName: 'tastytrade.csv' });
    expect(tablesChecksum(t.backend)).toBe(before);
    expect(preview.applied).toBe(false);
    expect(preview.layers.map((l) => [l.openedOn, l.expiration, l.quantity, l.netPriceHundredths])).toEqual([['2024-07-01', '2024-08-16', 2, 600], ['2024-07-25', '2024-09-20', 1, 630]]);
    expect(preview.tickets.map((tk) => [tk.action, tk.netPriceHundredths])).toEqual([['open', 600], ['close', -440], ['roll', -270], ['open', 630]]);
    expect(preview.skipped.reduce((n, s) => n + s.count, 0)).toBe(3);
  });

  it('rejects an unknown portfolio and a malformed file, writing nothing', async () => {
    expect((await rejection(t.backend.send('import/tastytradePreview', { portfolioId: 99, csv: SAMPLE }))).code).toBe('not_found');
    const before = tablesChecksum(t.backend);
    const bad = SAMPLE.replace(',620.00,1,620.00,', ',six,1,620.00,');
    const error = await rejection(t.backend.send('import/tastytradeApply', { portfolioId, csv: bad, fileName: 'bad.csv' }));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe('bad.csv was not imported: 1 problem(s); first at line 12: Value "six" is not an amount in dollars');
    expect(error.issues).toEqual([{ path: 'line 12', message: 'Value "six" is not an amount in dollars' }]);
    expect(tablesChecksum(t.backend)).toBe(before);
  });
});

describe('import/tastytradeApply', () => {
  it('creates the condor, its partial close and the linked roll; a second import is all duplicates', async () => {
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
    expect(rolled).toMatchObject({ status: 'open', rolledFromId: firstId, openQuantity: 1, openPriceHundredths: 630, expiration: '2024-09-20', strikes: { putLong: 520000, putShort: 525000, callShort: 580000, callLong: 585000 } });
    const orders = t.backend.context.db.prepare('SELECT order_number, count(*) AS tickets FROM broker_orders GROUP BY order_number ORDER BY order_number').all();
    expect(orders).toEqual([{ order_number: '331000001', tickets: 1 }, { order_number: '331000002', tickets: 1 }, { order_number: '331000003', tickets: 2 }]);

    const before = tablesChecksum(t.backend);
    const again = await t.backend.send('import/tastytradeApply', { portfolioId, csv: SAMPLE });
    expect(again.tickets).toEqual([]);
    expect(again.duplicates.map((d) => d.reason)).toEqual(['already imported', 'already imported', 'already imported']);
    expect(tablesChecksum(t.backend)).toBe(before);
    // Another portfolio has its own order numbers.
    const other = await t.backend.send('portfolio/create', { name: 'Other', riskCapitalCents: 10_000_000 });
    expect((await t.backend.send('import/tastytradePreview', { portfolioId: other.id, csv: SAMPLE })).tickets).toHaveLength(4);
  });

  it('attaches a later export\'s closes to layers imported (or typed in) before', async () => {
    const lines = SAMPLE.split('\n');
    const header = lines[0] ?? '';
    await t.backend.send('import/tastytradeApply', { portfolioId, csv: [header, ...lines.slice(15, 19)].join('\n') });
    const later = await t.backend.send('import/tastytradeApply', { portfolioId, csv: [header, ...lines.slice(10, 14)].join('\n') });
    expect(later.tickets.map((tk) => [tk.action, tk.layerLabel, tk.quantity])).toEqual([['close', `layer ${later.tickets[0]?.layer.kind === 'existing' ? later.tickets[0].layer.layerId : 0}`, 1]]);
  });

  it('a closing order matching no open legs rejects the whole file', async () => {
    const lines = SAMPLE.split('\n');
    const before = tablesChecksum(t.backend);
    // The opening order is dropped: the partial close and the roll now close nothing.
    const error = await rejection(t.backend.send('import/tastytradeApply', { portfolioId, csv: lines.slice(0, 15).join('\n') }));
    expect(error.issues.map((i) => i.path)).toEqual(['lines 11–14', 'lines 2–9']);
    expect(tablesChecksum(t.backend)).toBe(before);
  });

  it('imported order numbers survive the JSON backup byte for byte', async () => {
    await t.backend.send('import/tastytradeApply', { portfolioId, csv: SAMPLE });
    const first = exportJson(t.backend.context.db);
    expect((JSON.parse(first) as { tables: Record<string, unknown[]> }).tables.broker_orders).toHaveLength(4);
    const target = tempBackend();
    try {
      restoreJson(target.backend.context.db, first);
      expect(exportJson(target.backend.context.db)).toBe(first);
      expect((await target.backend.send('import/tastytradePreview', { portfolioId, csv: SAMPLE })).duplicates).toHaveLength(3);
      // A backup written before broker orders existed (schema 3) still restores.
      const old = JSON.parse(first) as { schemaVersion: number; tables: Record<string, unknown[]> };
      old.schemaVersion = 3;
      delete old.tables.broker_orders;
      restoreJson(target.backend.context.db, JSON.stringify(old));
      expect(target.backend.context.db.prepare('SELECT count(*) FROM broker_orders').pluck().get()).toBe(0);
      expect(target.backend.context.db.prepare('SELECT count(*) FROM tickets').pluck().get()).toBe(4);
    } finally {
      target.cleanup();
    }
  });
});
