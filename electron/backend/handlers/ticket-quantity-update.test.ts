import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rejection } from '../testing/rejection';
import { CONDOR, tempBackend, type TempBackend } from '../testing/temp-backend';

let t: TempBackend;
beforeEach(() => { t = tempBackend(); });
afterEach(() => t.cleanup());

async function condor() {
  const { id: portfolioId } = await t.backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 100_000_00 });
  return t.backend.send('layer/createCondor', { ...CONDOR, portfolioId, quantity: 3 });
}

describe('ticket/update quantity (edit, not delete and re-enter)', () => {
  it('rescales an opening ticket and the layer follows: 3 → 4 units, credit cash 4 × 12.50 × 100', async () => {
    const layer = await condor();
    const open = layer.tickets[0];
    const updated = await t.backend.send('ticket/update', { ticketId: open?.id ?? 0, quantity: 4 });
    expect(updated.openQuantity).toBe(4);
    expect(updated.tickets[0]?.legs.map((l) => l.quantity)).toEqual([4, -4, -4, 4]);
    expect(updated.tickets[0]?.cashCents).toBe(4 * 1250 * 100 - CONDOR.feesCents);
  });

  it('corrects a partial close and keeps the rest open', async () => {
    const layer = await condor();
    const partial = await t.backend.send('ticket/add', { layerId: layer.id, date: '2026-05-20', action: 'close', quantity: 1, netPriceHundredths: -500, feesCents: 600 });
    const close = partial.tickets[1];
    const updated = await t.backend.send('ticket/update', { ticketId: close?.id ?? 0, quantity: 2 });
    expect(updated.openQuantity).toBe(1);
    expect(updated.status).toBe('open');
    expect(updated.tickets[1]?.legs.map((l) => l.quantity)).toEqual([-2, 2, 2, -2]);
  });

  it('refuses an opening quantity below what was closed, and changes nothing', async () => {
    const layer = await condor();
    const partial = await t.backend.send('ticket/add', { layerId: layer.id, date: '2026-05-20', action: 'close', quantity: 2, netPriceHundredths: -500, feesCents: 600 });
    const error = await rejection(t.backend.send('ticket/update', { ticketId: partial.tickets[0]?.id ?? 0, quantity: 1, feesCents: 1 }));
    expect(error.issues?.[0]).toEqual({ path: 'quantity', message: 'the close of 2026-05-20 would take off 2 units while only 1 would be open' });
    const after = await t.backend.send('layer/get', { layerId: layer.id });
    expect(after.openQuantity).toBe(1);
    expect(after.tickets[0]?.feesCents).toBe(CONDOR.feesCents);
  });
});
