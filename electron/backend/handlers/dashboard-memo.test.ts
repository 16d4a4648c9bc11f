/**
 * dashboard/get and rules/prompts keep their answers until the journal changes (db/memo.ts) and keeps the closed
 * history across writes to open layers (closed-history-cache.ts). Whatever the order of writes,
 * every read must equal what a backend that never cached anything answers on the same file.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates';
import { createBackend } from '../backend';
import { CONDOR, tempBackend, type TempBackend } from '../testing/temp-backend';

const AS_OF = '2026-06-01';

type Write =
  | { kind: 'mark'; layer: number; price: number }
  | { kind: 'fees'; layer: number; fees: number }
  | { kind: 'close'; layer: number }
  | { kind: 'settings'; loanShare: number }
  | { kind: 'close-price'; symbol: 'SPX' | 'VIX'; hundredths: number }
  | { kind: 'new-layer'; credit: number }
  | { kind: 'read-what-if'; shift: number }
  | { kind: 'event'; days: number }
  | { kind: 'dismiss' };

const write: fc.Arbitrary<Write> = fc.oneof(
  fc.record({ kind: fc.constant('mark' as const), layer: fc.nat(5), price: fc.integer({ min: 50, max: 3000 }) }),
  fc.record({ kind: fc.constant('fees' as const), layer: fc.nat(5), fees: fc.integer({ min: 0, max: 5000 }) }),
  fc.record({ kind: fc.constant('close' as const), layer: fc.nat(5) }),
  fc.record({ kind: fc.constant('settings' as const), loanShare: fc.integer({ min: 0, max: 100 }) }),
  fc.record({ kind: fc.constant('close-price' as const), symbol: fc.constantFrom('SPX' as const, 'VIX' as const), hundredths: fc.integer({ min: 1000, max: 700_000 }) }),
  fc.record({ kind: fc.constant('new-layer' as const), credit: fc.integer({ min: 100, max: 3000 }) }),
  fc.record({ kind: fc.constant('read-what-if' as const), shift: fc.integer({ min: -5, max: 10 }) }),
  fc.record({ kind: fc.constant('event' as const), days: fc.integer({ min: 0, max: 20 }) }),
  fc.record({ kind: fc.constant('dismiss' as const) }),
);

async function apply(t: TempBackend, portfolioId: number, w: Write): Promise<void> {
  const layers = await t.backend.send('layer/list', { portfolioId, asOf: AS_OF });
  const layer = layers[w.kind === 'mark' || w.kind === 'fees' || w.kind === 'close' ? w.layer % layers.length : 0];
  switch (w.kind) {
    case 'mark':
      if (layer) await t.backend.send('mark/set', { layerId: layer.id, date: AS_OF, priceHundredths: w.price });
      return;
    case 'fees': {
      const ticket = layer && (await t.backend.send('layer/get', { layerId: layer.id })).tickets[0];
      if (ticket) await t.backend.send('ticket/update', { ticketId: ticket.id, feesCents: w.fees });
      return;
    }
    case 'close':
      if (layer && layer.status === 'open') await t.backend.send('ticket/add', { layerId: layer.id, date: '2026-05-20', action: 'close', netPriceHundredths: -300, feesCents: 100 });
      return;
    case 'settings':
      await t.backend.send('portfolio/update', { portfolioId, settings: { marginLoanSharePct: w.loanShare } });
      return;
    case 'close-price':
      await t.backend.send('market/upsert', { symbol: w.symbol, date: AS_OF, closeHundredths: w.hundredths });
      return;
    case 'new-layer':
      await t.backend.send('layer/createCondor', { ...CONDOR, portfolioId, openedOn: '2026-05-11', quantity: 1, creditHundredths: w.credit });
      return;
    case 'read-what-if':
      await t.backend.send('dashboard/get', { portfolioId, asOf: AS_OF, volShiftPoints: w.shift });
      return;
    case 'event':
      await t.backend.call('event/create', { date: addDays(AS_OF, w.days), kind: 'FOMC', note: `meeting ${w.days}` });
      return;
    case 'dismiss': {
      const prompt = (await t.backend.send('rules/prompts', { portfolioId, asOf: AS_OF })).prompts[0];
      if (prompt) await t.backend.send('decision/record', { portfolioId, ruleId: prompt.rule, subject: prompt.subject, evaluatedOn: AS_OF, decision: 'dismissed', prompt: {} });
    }
  }
}

describe('dashboard/get and rules/prompts memos', () => {
  it('after any sequence of writes and reads, every read equals a fresh backend’s (property)', async () => {
    await fc.assert(fc.asyncProperty(fc.array(write, { minLength: 1, maxLength: 8 }), async (writes) => {
      const t = tempBackend();
      try {
        const { id: portfolioId } = await t.backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 100_000_00 });
        await t.backend.send('market/upsert', { symbol: 'SPX', date: '2026-05-29', closeHundredths: 572_500 });
        await t.backend.send('market/upsert', { symbol: 'VIX', date: '2026-05-29', closeHundredths: 1_500 });
        await t.backend.send('layer/createCondor', { ...CONDOR, portfolioId, openedOn: '2026-04-01' });
        await t.backend.send('layer/createCondor', { ...CONDOR, portfolioId, openedOn: '2026-05-04', quantity: 1, creditHundredths: 800 });
        for (const w of writes) {
          await t.backend.send('dashboard/get', { portfolioId, asOf: AS_OF });
          await t.backend.send('rules/prompts', { portfolioId, asOf: AS_OF });
          await apply(t, portfolioId, w);
          const fresh = createBackend({ dbPath: t.dbPath, logError: () => undefined });
          try {
            expect(await t.backend.send('rules/prompts', { portfolioId, asOf: AS_OF })).toEqual(await fresh.send('rules/prompts', { portfolioId, asOf: AS_OF }));
            for (const volShiftPoints of [0, 3]) {
              expect(await t.backend.send('dashboard/get', { portfolioId, asOf: AS_OF, volShiftPoints })).toEqual(await fresh.send('dashboard/get', { portfolioId, asOf: AS_OF, volShiftPoints }));
            }
          } finally {
            fresh.close();
          }
        }
      } finally {
        t.cleanup();
      }
    }), { numRuns: 25 });
  });
});
