import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import { CONDOR, tablesChecksum, tempBackend, type TempBackend } from './testing/temp-backend';

let t: TempBackend;
beforeEach(() => { t = tempBackend(); });
afterEach(() => t.cleanup());

async function portfolioWithCondor() {
  const portfolio = await t.backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 10_000_000 });
  const layer = await t.backend.send('layer/createCondor', { portfolioId: portfolio.id, ...CONDOR });
  return { portfolio, layer };
}

describe('portfolios', () => {
  it('creates with the default 40/25/15 schedule and rejects a duplicate name', async () => {
    const p = await t.backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 10_000_000 });
    expect(p.settings.allocationPct).toEqual([40, 25, 15]);
    const dup = await t.backend.call('portfolio/create', { name: 'main', riskCapitalCents: 1 });
    expect(dup).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('stores a settings patch and keeps the other defaults', async () => {
    const p = await t.backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 100, settings: { allocationPct: [50, 30, 10] } });
    const updated = await t.backend.send('portfolio/update', { portfolioId: p.id, settings: { rsiThreshold: 65 } });
    expect(updated.settings).toMatchObject({ allocationPct: [50, 30, 10], rsiThreshold: 65, hedgeBudgetPct: 5 });
  });

  it('rejects settings that contradict each other, keeping the stored ones', async () => {
    const p = await t.backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 100 });
    expect(await t.backend.call('portfolio/update', { portfolioId: p.id, settings: { addLayerMinAgeDays: 25 } })).toMatchObject({ ok: false, error: { issues: [{ path: 'settings.addLayerMinAgeDays' }] } });
    expect((await t.backend.send('portfolio/get', { portfolioId: p.id })).settings.addLayerMinAgeDays).toBe(15);
  });

  it('deletes a mistyped market close', async () => {
    await t.backend.send('market/upsert', { symbol: 'VIX', date: '2026-01-02', closeHundredths: 1700 });
    await t.backend.send('market/delete', { symbol: 'VIX', date: '2026-01-02' });
    expect(await t.backend.send('market/list', { symbol: 'VIX' })).toEqual([]);
    expect(await t.backend.call('market/delete', { symbol: 'VIX', date: '2026-01-02' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('rejects an allocation schedule over 100%', async () => {
    const r = await t.backend.call('portfolio/create', { name: 'X', riskCapitalCents: 100, settings: { allocationPct: [60, 30, 20] } });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'settings.allocationPct' }] } });
  });
});

describe('iron-condor layers', () => {
  it('creates four legs and an opening ticket with exact cash', async () => {
    const { layer } = await portfolioWithCondor();
    expect(layer.legs.map((l) => `${l.side} ${l.right} ${l.strikeHundredths}`)).toEqual(['long put 550000', 'short put 555000', 'short call 590000', 'long call 595000']);
    expect(layer.tickets).toHaveLength(1);
    // 12.50 points × 100 × 2 condors − $10 fees = $2,490.
    expect(layer.netCashCents).toBe(249_000);
    expect(layer.openQuantity).toBe(2);
    expect(layer.dte).toBe(17); // 2026-06-01 → 2026-06-18
    expect(Object.values(layer.openContracts)).toEqual([2, -2, -2, 2]);
  });

  it.each([
    [{ strikes: { ...CONDOR.strikes, putLong: 560000 } }, 'strikes.putLong'],
    [{ strikes: { ...CONDOR.strikes, callLong: 590000 } }, 'strikes.callLong'],
    [{ expiration: '2026-05-01' }, 'expiration'],
    [{ creditHundredths: 5000 }, 'creditHundredths'],
    [{ quantity: 0 }, 'quantity'],
    [{ expiration: '2026-02-30' }, 'expiration'],
    [{ creditHundredths: 12.5 }, 'creditHundredths'],
  ])('rejects %o at %s and writes nothing', async (patch, path) => {
    const p = await t.backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 100 });
    const before = tablesChecksum(t.backend);
    const r = await t.backend.call('layer/createCondor', { portfolioId: p.id, ...CONDOR, ...patch });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues?.map((i) => i.path)).toContain(path);
    expect(tablesChecksum(t.backend)).toBe(before);
  });

  it('partial close keeps the layer open with pro-rata realised P&L, full close closes it', async () => {
    const { layer } = await portfolioWithCondor();
    const partial = await t.backend.send('ticket/add', { layerId: layer.id, date: '2026-05-20', action: 'close', quantity: 1, netPriceHundredths: -525, feesCents: 500 });
    expect(partial.status).toBe('open');
    expect(partial.openQuantity).toBe(1);
    // Closed unit: (12.50 − 5.25) × 100 − $5 close fees − $5 of the opening fees = $715.
    expect(partial.realizedPnlCents).toBe(-52_500 - 500 + 124_500);
    const closed = await t.backend.send('ticket/add', { layerId: layer.id, date: '2026-05-21', action: 'close', netPriceHundredths: -500 });
    expect(closed.status).toBe('closed');
    expect(closed.closedOn).toBe('2026-05-21');
    expect(closed.realizedPnlCents).toBe(249_000 - 53_000 - 50_000);
    expect(Object.values(closed.openContracts).every((q) => q === 0)).toBe(true);
  });

  it('refuses to close more units than are open, and a ticket on a closed layer', async () => {
    const { layer } = await portfolioWithCondor();
    const before = tablesChecksum(t.backend);
    expect(await t.backend.call('ticket/add', { layerId: layer.id, date: '2026-05-20', action: 'close', quantity: 3, netPriceHundredths: -100 })).toMatchObject({ ok: false, error: { issues: [{ path: 'quantity' }] } });
    expect(await t.backend.call('ticket/add', { layerId: layer.id, date: '2026-04-20', action: 'close', netPriceHundredths: -100 })).toMatchObject({ ok: false, error: { issues: [{ path: 'date' }] } });
    expect(await t.backend.call('ticket/add', { layerId: layer.id, date: '2026-05-20', action: 'expire', netPriceHundredths: 0 })).toMatchObject({ ok: false, error: { issues: [{ path: 'date' }] } });
    expect(tablesChecksum(t.backend)).toBe(before);
    await t.backend.send('ticket/add', { layerId: layer.id, date: '2026-06-18', action: 'expire', netPriceHundredths: 0 });
    expect((await t.backend.send('layer/get', { layerId: layer.id })).status).toBe('expired');
    expect((await t.backend.call('ticket/add', { layerId: layer.id, date: '2026-06-18', action: 'close', netPriceHundredths: 0 })).ok).toBe(false);
  });

  it('rolls in one step: the old layer is rolled, the new one links back', async () => {
    const { layer } = await portfolioWithCondor();
    const { closed, opened } = await t.backend.send('layer/roll', {
      layerId: layer.id, date: '2026-05-25', closePriceHundredths: -600, expiration: '2026-07-17',
      strikes: { putLong: 555000, putShort: 560000, callShort: 595000, callLong: 600000 }, creditHundredths: 1400,
    });
    expect(closed).toMatchObject({ status: 'rolled', rolledToId: opened.id, openQuantity: 0, closedOn: '2026-05-25' });
    expect(opened).toMatchObject({ status: 'open', rolledFromId: layer.id, openQuantity: 2, openedOn: '2026-05-25', role: 'base' });
    expect((await t.backend.call('layer/delete', { layerId: layer.id })).ok).toBe(false);
  });

  it('a failing roll (bad new strikes) leaves the old layer open and untouched', async () => {
    const { layer } = await portfolioWithCondor();
    const before = tablesChecksum(t.backend);
    const r = await t.backend.call('layer/roll', {
      layerId: layer.id, date: '2026-05-25', closePriceHundredths: -600, expiration: '2026-07-17',
      strikes: { putLong: 565000, putShort: 560000, callShort: 595000, callLong: 600000 }, creditHundredths: 1400,
    });
    expect(r.ok).toBe(false);
    expect(tablesChecksum(t.backend)).toBe(before);
  });

  it('adjusts named legs and can add a leg; deleting the close ticket reopens', async () => {
    const { layer } = await portfolioWithCondor();
    const [longPut, shortPut] = layer.legs;
    const adjusted = await t.backend.send('ticket/add', {
      layerId: layer.id, date: '2026-05-10', action: 'adjust', netPriceHundredths: -150,
      legs: [{ legId: longPut?.id ?? 0, quantity: -2 }, { legId: shortPut?.id ?? 0, quantity: 2 }],
      newLegs: [{ instrument: 'option', underlying: 'SPXW', right: 'put', side: 'short', strikeHundredths: 545000, expiration: '2026-06-18', multiplier: 100 }],
    });
    expect(adjusted.legs).toHaveLength(5);
    expect(adjusted.openQuantity).toBe(2);
    expect(adjusted.status).toBe('open');
    // An adjust that flattens every leg closes the layer; deleting it reopens the layer.
    const flattened = await t.backend.send('ticket/add', { layerId: layer.id, date: '2026-05-12', action: 'adjust', netPriceHundredths: -100, legs: Object.entries(adjusted.openContracts).filter(([, q]) => q !== 0).map(([legId, q]) => ({ legId: Number(legId), quantity: -q })) });
    expect(flattened).toMatchObject({ status: 'closed', openQuantity: 0, closedOn: '2026-05-12', realizedPnlCents: 249_000 - 30_000 - 20_000 });
    const last = flattened.tickets[flattened.tickets.length - 1];
    const reopened = await t.backend.send('ticket/delete', { ticketId: last?.id ?? 0 });
    expect(reopened).toMatchObject({ status: 'open', openQuantity: 2, closedOn: null });
    expect(reopened.tickets).toHaveLength(2);
  });

  it('creates a VIX call-spread hedge linked to the condor it protects', async () => {
    const { portfolio, layer } = await portfolioWithCondor();
    const hedge = await t.backend.send('layer/create', {
      portfolioId: portfolio.id, openedOn: '2026-05-02', role: 'hedge', quantity: 5, netPriceHundredths: -120, protectsLayerIds: [layer.id],
      legs: [
        { instrument: 'option', underlying: 'VIX', right: 'call', side: 'long', strikeHundredths: 2000, expiration: '2026-06-17', multiplier: 100 },
        { instrument: 'option', underlying: 'VIX', right: 'call', side: 'short', strikeHundredths: 3000, expiration: '2026-06-17', multiplier: 100 },
      ],
    });
    expect(hedge.netCashCents).toBe(-60_000);
    expect(hedge.protectsLayerIds).toEqual([layer.id]);
    const mixed = await t.backend.call('layer/create', {
      portfolioId: portfolio.id, openedOn: '2026-05-02', role: 'hedge', quantity: 1, netPriceHundredths: -100,
      legs: [{ instrument: 'future', underlying: 'VX', side: 'long', expiration: '2026-06-17', multiplier: 1000 }, { instrument: 'etf', underlying: 'ETF', symbol: 'vxx', side: 'long', multiplier: 1 }],
    });
    expect(mixed).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('boundary', () => {
  it('answers unknown operations, wrong types and unknown ids with typed errors', async () => {
    expect(await t.backend.call('nope/nothing', {})).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    expect(await t.backend.call('portfolio/get', { portfolioId: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'portfolioId' }] } });
    expect(await t.backend.call('portfolio/get', { portfolioId: 99 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await t.backend.call('portfolio/create', { name: 'x', riskCapitalCents: 1, extra: true })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await expect(t.backend.send('layer/get', { layerId: 5 })).rejects.toBeInstanceOf(ApiError);
  });

  it('imports market CSV idempotently and rejects a bad file whole', async () => {
    const csv = 'DATE,OPEN,HIGH,LOW,CLOSE\r\n01/02/2026,1,1,1,17.24\r\n01/05/2026,1,1,1,18.19\r\n';
    expect(await t.backend.send('market/import', { symbol: 'VIX', csv })).toMatchObject({ added: 2, unchanged: 0 });
    expect(await t.backend.send('market/import', { symbol: 'VIX', csv })).toMatchObject({ added: 0, unchanged: 2 });
    const before = tablesChecksum(t.backend);
    const bad = await t.backend.call('market/import', { symbol: 'VIX', csv: `${csv}01/06/2026,1,1,1,-3\n` });
    expect(bad).toMatchObject({ ok: false, error: { issues: [{ path: 'line 4' }] } });
    expect(tablesChecksum(t.backend)).toBe(before);
    expect(await t.backend.send('market/list', { symbol: 'VIX' })).toEqual([
      { symbol: 'VIX', date: '2026-01-02', closeHundredths: 1724, openHundredths: 100 },
      { symbol: 'VIX', date: '2026-01-05', closeHundredths: 1819, openHundredths: 100 },
    ]);
  });
});

describe('cached layer summaries', () => {
  it('the layers list always equals the figures replayed from the tickets', async () => {
    const { portfolio, layer } = await portfolioWithCondor();
    await t.backend.send('ticket/add', { layerId: layer.id, date: '2026-05-20', action: 'close', quantity: 1, netPriceHundredths: -525, feesCents: 500 });
    await t.backend.send('layer/roll', { layerId: layer.id, date: '2026-05-25', closePriceHundredths: -600, expiration: '2026-07-17', strikes: { putLong: 555000, putShort: 560000, callShort: 595000, callLong: 600000 }, creditHundredths: 1400 });
    const second = await t.backend.send('layer/createCondor', { portfolioId: portfolio.id, ...CONDOR, quantity: 3 });
    const ticket = await t.backend.send('ticket/add', { layerId: second.id, date: '2026-05-22', action: 'close', quantity: 3, netPriceHundredths: -100 });
    await t.backend.send('ticket/delete', { ticketId: ticket.tickets[ticket.tickets.length - 1]?.id ?? 0 });
    const list = await t.backend.send('layer/list', { portfolioId: portfolio.id });
    expect(list).toHaveLength(3);
    for (const summary of list) {
      const { legs: _l, tickets: _t, openContracts: _o, protectsLayerIds: _p, ...replayed } = await t.backend.send('layer/get', { layerId: summary.id });
      expect(summary).toEqual(replayed);
    }
  });
});

describe('entry snapshots', () => {
  it('stores the layer’s own T+0 curve and Greeks at entry, priced with the closes of the open date', async () => {
    await t.backend.send('market/upsert', { symbol: 'SPX', date: '2026-04-30', closeHundredths: 572_500 });
    await t.backend.send('market/upsert', { symbol: 'VIX', date: '2026-04-30', closeHundredths: 1_500 });
    const { layer } = await portfolioWithCondor();
    const snap = await t.backend.send('layer/snapshot', { layerId: layer.id });
    expect(snap).toMatchObject({ layerId: layer.id, takenOn: '2026-05-01', spx: 5725, vix: 15 });
    expect(snap?.grid.length).toBe(snap?.pnl.length);
    expect(snap?.greeks?.thetaPerDay).toBeGreaterThan(0);
    // A later close does not rewrite history.
    await t.backend.send('market/upsert', { symbol: 'SPX', date: '2026-05-15', closeHundredths: 600_000 });
    expect(await t.backend.send('layer/snapshot', { layerId: layer.id })).toEqual(snap);
  });
});
