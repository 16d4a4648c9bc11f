import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from '../backend';
import { exportJson, restoreJson } from '../backup/json-backup';
import { layerStampGeneration } from '../db/layer-stamps';
import { closedLayerHistory } from '../repos/layers';
import { freshReader } from '../testing/fresh-reader';
import { CONDOR, tempBackend, type TempBackend } from '../testing/temp-backend';
import { cachedClosedLayerHistory } from './closed-history-cache';

let t: TempBackend;
beforeEach(() => { t = tempBackend(); });
afterEach(() => t.cleanup());

const AS_OF = '2026-06-01';

async function seed() {
  const { id: portfolioId } = await t.backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 100_000_00 });
  const closed = await t.backend.send('layer/createCondor', { ...CONDOR, portfolioId, openedOn: '2026-04-01' });
  await t.backend.send('ticket/add', { layerId: closed.id, date: '2026-04-20', action: 'close', netPriceHundredths: -500, feesCents: 600 });
  const open = await t.backend.send('layer/createCondor', { ...CONDOR, portfolioId, openedOn: '2026-05-04', quantity: 1, creditHundredths: 800, feesCents: 500 });
  return { portfolioId, closed, open };
}

/**
 * What a connection that never cached anything answers on the same file. Read-only, so it does not
 * drop what the long-lived connection derived (a connection that writes on open would).
 */
function fresh(portfolioId: number) {
  const generation = layerStampGeneration(t.backend.context.db);
  const other = freshReader(t.dbPath);
  try {
    return other.ask('dashboard/get', { portfolioId, asOf: AS_OF });
  } finally {
    other.close();
    expect(layerStampGeneration(t.backend.context.db)).toBe(generation);
  }
}

describe('dashboard/get closed-layer history cache', () => {
  it('keeps the closed history across a ticket on an open layer, and the dashboard equals a fresh backend', async () => {
    const { portfolioId, open } = await seed();
    const { db } = t.backend.context;
    const before = cachedClosedLayerHistory(db, portfolioId, AS_OF);
    await t.backend.send('dashboard/get', { portfolioId, asOf: AS_OF });
    const ticket = (await t.backend.send('layer/get', { layerId: open.id })).tickets[0];
    await t.backend.send('ticket/update', { ticketId: ticket?.id ?? 0, feesCents: 777 });
    expect(cachedClosedLayerHistory(db, portfolioId, AS_OF)).toBe(before);
    expect(await t.backend.send('dashboard/get', { portfolioId, asOf: AS_OF })).toEqual(fresh(portfolioId));
  });

  it('follows a ticket on a closed layer and a layer closing before the date', async () => {
    const { portfolioId, closed, open } = await seed();
    const { db } = t.backend.context;
    const start = cachedClosedLayerHistory(db, portfolioId, AS_OF);
    expect(start.layers.map((l) => l.id)).toEqual([closed.id]);
    const close = (await t.backend.send('layer/get', { layerId: closed.id })).tickets.at(-1);
    await t.backend.send('ticket/update', { ticketId: close?.id ?? 0, feesCents: 900, netPriceHundredths: -650 });
    expect(cachedClosedLayerHistory(db, portfolioId, AS_OF)).toEqual(closedLayerHistory(db, portfolioId, AS_OF));
    expect(await t.backend.send('dashboard/get', { portfolioId, asOf: AS_OF })).toEqual(fresh(portfolioId));

    await t.backend.send('ticket/add', { layerId: open.id, date: '2026-05-20', action: 'close', netPriceHundredths: -100, feesCents: 100 });
    const both = cachedClosedLayerHistory(db, portfolioId, AS_OF);
    expect(both.layers.map((l) => l.id).sort()).toEqual([closed.id, open.id].sort());
    expect(both).toEqual(closedLayerHistory(db, portfolioId, AS_OF));
    expect(await t.backend.send('dashboard/get', { portfolioId, asOf: AS_OF })).toEqual(fresh(portfolioId));

    // Reopened (its closing ticket deleted): out of the history again.
    const last = (await t.backend.send('layer/get', { layerId: open.id })).tickets.at(-1);
    await t.backend.send('ticket/delete', { ticketId: last?.id ?? 0 });
    expect(cachedClosedLayerHistory(db, portfolioId, AS_OF).layers.map((l) => l.id)).toEqual([closed.id]);
    await t.backend.send('layer/delete', { layerId: closed.id });
    expect(cachedClosedLayerHistory(db, portfolioId, AS_OF).layers).toEqual([]);
    expect(await t.backend.send('dashboard/get', { portfolioId, asOf: AS_OF })).toEqual(fresh(portfolioId));
  });

  it('refreshes after another connection writes and after a restore', async () => {
    const { portfolioId, closed } = await seed();
    const { db } = t.backend.context;
    const backup = exportJson(db);
    const atBackup = await t.backend.send('dashboard/get', { portfolioId, asOf: AS_OF });
    const other = createBackend({ dbPath: t.dbPath, logError: () => undefined });
    try {
      const close = (await other.send('layer/get', { layerId: closed.id })).tickets.at(-1);
      await other.send('ticket/update', { ticketId: close?.id ?? 0, feesCents: 1234 });
    } finally {
      other.close();
    }
    expect(cachedClosedLayerHistory(db, portfolioId, AS_OF)).toEqual(closedLayerHistory(db, portfolioId, AS_OF));
    expect(cachedClosedLayerHistory(db, portfolioId, AS_OF).ticketCashByDay.some((d) => d.feesCents === 1234)).toBe(true);
    const changed = await t.backend.send('dashboard/get', { portfolioId, asOf: AS_OF });
    expect(changed).toEqual(fresh(portfolioId));

    restoreJson(db, backup);
    expect(cachedClosedLayerHistory(db, portfolioId, AS_OF)).toEqual(closedLayerHistory(db, portfolioId, AS_OF));
    expect(await t.backend.send('dashboard/get', { portfolioId, asOf: AS_OF })).toEqual(atBackup);
  });
});
