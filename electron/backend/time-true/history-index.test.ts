/**
 * The closed history is read once (every closed layer) and indexed; any as-of date takes the
 * layers closed before it (shared/dashboard/history-digest.ts). That must equal the digest of
 * the history read for that date alone — the full recompute. Runs in every clone (no ../shared).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import { digestHistory } from '../../../shared/dashboard/history-digest';
import { addDays } from '../../../shared/dates';
import { closedLayerHistory } from '../repos/layers';
import { tempBackend } from '../testing/temp-backend';

const round = (x: number) => Math.round(x * 1e6) / 1e6;

describe('closed-history index', () => {
  it('the digest as of D from the indexed full history equals the digest of the layers closed before D', async () => {
    const t = tempBackend(new Date('2026-12-31T20:00:00Z'));
    try {
      const p = await t.backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 500_000_00 });
      for (let i = 0; i < 12; i++) {
        const openedOn = addDays('2026-01-05', i * 14);
        const layer = await t.backend.send('layer/createCondor', {
          portfolioId: p.id, openedOn, expiration: addDays(openedOn, 45), quantity: 3 + (i % 4), creditHundredths: 800 + 37 * i, feesCents: 300, role: 'base',
          strikes: { putLong: 500000, putShort: 505000 + (i % 3) * 500, callShort: 560000, callLong: 565000 + (i % 2) * 1000 },
        });
        if (i % 3 === 0) await t.backend.send('ticket/add', { layerId: layer.id, date: addDays(openedOn, 9), action: 'close', quantity: 1, netPriceHundredths: -400 });
        if (i < 10) await t.backend.send('ticket/add', { layerId: layer.id, date: addDays(openedOn, 20 + (i % 5)), action: 'close', netPriceHundredths: -(300 + 11 * i) });
      }
      const db = t.backend.context.db;
      const full = closedLayerHistory(db, p.id, '9999-12-31');
      const settings = { ...DEFAULT_SETTINGS, marginLoanSharePct: 30, recyclePremium: true };
      for (let d = 0; d < 200; d += 7) {
        const asOf = addDays('2026-01-01', d);
        const indexed = digestHistory(full, settings, asOf);
        const direct = digestHistory(closedLayerHistory(db, p.id, asOf), settings, asOf);
        expect(indexed.realizedPnl).toBe(direct.realizedPnl);
        expect(indexed.flows.map((f) => ({ date: f.date, amount: round(f.amount) })))
          .toEqual(direct.flows.map((f) => ({ date: f.date, amount: round(f.amount) })));
        expect(indexed.marginDeltas).toEqual(direct.marginDeltas);
        const sum = (xs: { capital: number; rate: number }[]) => round(xs.reduce((s, x) => s + x.capital * (1 + x.rate), 0));
        expect(sum(indexed.funding)).toBe(sum(direct.funding));
      }
    } finally {
      t.cleanup();
    }
  });
});
