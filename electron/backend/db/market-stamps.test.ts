import { describe, expect, it } from 'vitest';
import { createBackend } from '../backend';
import { exportJson, restoreJson } from '../backup/json-backup';
import { CONDOR, tempBackend } from '../testing/temp-backend';
import { marketVersion } from './market-stamps';

describe('market/list memo (market stamps)', () => {
  it('survives a ticket write, and refreshes after a market write, another connection\'s commit and a restore', async () => {
    const t = tempBackend();
    const other = createBackend({ dbPath: t.dbPath, logError: () => undefined });
    try {
      const { backend } = t;
      const { db } = backend.context;
      await backend.send('market/upsert', { symbol: 'SPX', date: '2026-05-01', closeHundredths: 500000 });
      const backup = exportJson(db);
      const first = await backend.send('market/list', { symbol: 'SPX' });
      expect(first).toHaveLength(1);
      expect(await backend.send('market/list', { symbol: 'SPX' })).toBe(first);

      // A ticket write does not move the market version: the memo stands.
      const { id: portfolioId } = await backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 100_000_00 });
      const layer = await backend.send('layer/createCondor', { ...CONDOR, portfolioId, openedOn: '2026-04-01' });
      const version = marketVersion(db);
      await backend.send('ticket/update', { ticketId: layer.tickets[0]?.id ?? 0, feesCents: 321 });
      expect(marketVersion(db)).toBe(version);
      expect(await backend.send('market/list', { symbol: 'SPX' })).toBe(first);

      await backend.send('market/upsert', { symbol: 'SPX', date: '2026-05-04', closeHundredths: 501000 });
      expect(await backend.send('market/list', { symbol: 'SPX' })).toHaveLength(2);
      await backend.send('market/delete', { symbol: 'SPX', date: '2026-05-01' });
      expect((await backend.send('market/list', { symbol: 'SPX' })).map((b) => b.date)).toEqual(['2026-05-04']);

      // The CLI, on its own connection.
      await other.send('market/upsert', { symbol: 'SPX', date: '2026-05-05', closeHundredths: 502000 });
      expect((await backend.send('market/list', { symbol: 'SPX' })).map((b) => b.date)).toEqual(['2026-05-04', '2026-05-05']);

      restoreJson(db, backup);
      expect(await backend.send('market/list', { symbol: 'SPX' })).toEqual(first);
      // A no-op import writes nothing and keeps the memo.
      const restored = await backend.send('market/list', { symbol: 'SPX' });
      await backend.send('market/import', { symbol: 'SPX', csv: 'Date,Close\n2026-05-01,5000.00\n' });
      expect(await backend.send('market/list', { symbol: 'SPX' })).toBe(restored);
    } finally {
      other.close();
      t.cleanup();
    }
  });
});
