/**
 * The ticket write rules (shared/domain/ticket-rules.ts) as the handlers enforce them: each
 * guard has a test here that turns red when the handler stops applying it, and each refused
 * call leaves the journal unchanged.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rejection } from '../testing/rejection';
import { CONDOR, tablesChecksum, tempBackend, type TempBackend } from '../testing/temp-backend';

let t: TempBackend;
beforeEach(() => { t = tempBackend(); });
afterEach(() => t.cleanup());

async function condorLayer() {
  const portfolio = await t.backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 10_000_000 });
  return t.backend.send('layer/createCondor', { portfolioId: portfolio.id, ...CONDOR });
}

/** The refused call's error, after checking that it changed nothing. */
async function refused(call: () => Promise<unknown>) {
  const before = tablesChecksum(t.backend);
  const error = await rejection(call());
  expect(tablesChecksum(t.backend)).toBe(before);
  return error;
}

const openingTicketId = (layer: { tickets: { id: number; action: string }[] }) => layer.tickets.find((x) => x.action === 'open')?.id ?? 0;

describe('ticket/update', () => {
  it('refuses to move the opening ticket after a later ticket', async () => {
    const layer = await condorLayer();
    await t.backend.send('ticket/add', { layerId: layer.id, date: '2026-05-20', action: 'close', quantity: 1, netPriceHundredths: -525 });
    const error = await refused(() => t.backend.send('ticket/update', { ticketId: openingTicketId(layer), date: '2026-05-21' }));
    expect(error).toMatchObject({ code: 'invalid_input', issues: [{ path: 'date', message: 'the opening ticket cannot move after a later ticket' }] });
    // Up to the later ticket's own date it may move.
    expect((await t.backend.send('ticket/update', { ticketId: openingTicketId(layer), date: '2026-05-20' })).openedOn).toBe('2026-05-20');
  });

  it('moves the layer\'s open date with its opening ticket', async () => {
    const layer = await condorLayer();
    const moved = await t.backend.send('ticket/update', { ticketId: openingTicketId(layer), date: '2026-04-28' });
    expect(moved.openedOn).toBe('2026-04-28');
    expect((await t.backend.send('layer/get', { layerId: layer.id })).openedOn).toBe('2026-04-28');
    const [summary] = await t.backend.send('layer/list', { portfolioId: layer.portfolioId });
    expect(summary?.openedOn).toBe('2026-04-28');
  });

  it('refuses to move a later ticket before the layer\'s open date', async () => {
    const layer = await condorLayer();
    const closed = await t.backend.send('ticket/add', { layerId: layer.id, date: '2026-05-20', action: 'close', quantity: 1, netPriceHundredths: -525 });
    const closeId = closed.tickets.find((x) => x.action === 'close')?.id ?? 0;
    const error = await refused(() => t.backend.send('ticket/update', { ticketId: closeId, date: '2026-04-30' }));
    expect(error.issues).toEqual([{ path: 'date', message: `must be on or after the open date ${CONDOR.openedOn}` }]);
  });
});

describe('ticket/delete', () => {
  it('refuses to delete a roll ticket while the layer it opened exists, then allows it', async () => {
    const layer = await condorLayer();
    const { closed, opened } = await t.backend.send('layer/roll', {
      layerId: layer.id, date: '2026-05-25', closePriceHundredths: -600, expiration: '2026-07-17',
      strikes: { putLong: 555000, putShort: 560000, callShort: 595000, callLong: 600000 }, creditHundredths: 1400,
    });
    const rollId = closed.tickets.find((x) => x.action === 'roll')?.id ?? 0;
    const error = await refused(() => t.backend.send('ticket/delete', { ticketId: rollId }));
    expect(error).toMatchObject({ code: 'conflict', message: `This roll opened layer ${opened.id}; delete that layer first` });
    await t.backend.send('layer/delete', { layerId: opened.id });
    expect((await t.backend.send('ticket/delete', { ticketId: rollId })).status).toBe('open');
  });

  it('refuses to delete the only opening ticket', async () => {
    const layer = await condorLayer();
    const error = await refused(() => t.backend.send('ticket/delete', { ticketId: openingTicketId(layer) }));
    expect(error).toMatchObject({ code: 'conflict', message: 'This is the layer\'s opening ticket; delete the layer instead' });
  });
});

describe('ticket/add', () => {
  const putLeg = { instrument: 'option', underlying: 'SPXW', right: 'put', side: 'short', strikeHundredths: 545000, expiration: '2026-06-18' } as const;

  it('refuses an adjust that names a leg twice', async () => {
    const layer = await condorLayer();
    const legId = layer.legs[0]?.id ?? 0;
    const error = await refused(() => t.backend.send('ticket/add', {
      layerId: layer.id, date: '2026-05-10', action: 'adjust', netPriceHundredths: -150, legs: [{ legId, quantity: -1 }, { legId, quantity: -1 }],
    }));
    expect(error.issues).toEqual([{ path: 'legs.1.legId', message: `leg ${legId} is named twice` }]);
  });

  it('refuses an adjust that names a leg of another layer', async () => {
    const layer = await condorLayer();
    const other = await t.backend.send('layer/createCondor', { portfolioId: layer.portfolioId, ...CONDOR });
    const legId = other.legs[0]?.id ?? 0;
    const error = await refused(() => t.backend.send('ticket/add', { layerId: layer.id, date: '2026-05-10', action: 'adjust', netPriceHundredths: -150, legs: [{ legId, quantity: -1 }] }));
    expect(error.issues).toEqual([{ path: 'legs.0.legId', message: `leg ${legId} is not part of layer ${layer.id}` }]);
  });

  it('refuses a new leg whose multiplier differs from the layer\'s', async () => {
    const layer = await condorLayer();
    const error = await refused(() => t.backend.send('ticket/add', {
      // A valid leg on its own (ETF shares, multiplier 1), but not in a layer of SPX options.
      layerId: layer.id, date: '2026-05-10', action: 'adjust', netPriceHundredths: -150, newLegs: [{ instrument: 'etf', underlying: 'ETF', symbol: 'VXX', side: 'long', multiplier: 1 }],
    }));
    expect(error.issues).toEqual([{ path: 'newLegs.0.multiplier', message: 'must match the layer\'s multiplier 100' }]);
    expect((await t.backend.send('ticket/add', { layerId: layer.id, date: '2026-05-10', action: 'adjust', netPriceHundredths: -150, newLegs: [{ ...putLeg, multiplier: 100 }] })).legs).toHaveLength(5);
  });

  it('refuses a ticket dated before the open date, and an expiry before the expiration', async () => {
    const layer = await condorLayer();
    const early = await refused(() => t.backend.send('ticket/add', { layerId: layer.id, date: '2026-04-30', action: 'close', netPriceHundredths: -525 }));
    expect(early.issues).toEqual([{ path: 'date', message: `must be on or after the open date ${CONDOR.openedOn}` }]);
    const expiry = await refused(() => t.backend.send('ticket/add', { layerId: layer.id, date: '2026-06-17', action: 'expire', netPriceHundredths: 0 }));
    expect(expiry.issues).toEqual([{ path: 'date', message: `the layer expires on ${CONDOR.expiration}; it cannot expire earlier` }]);
  });
});
