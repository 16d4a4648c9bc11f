/** The day's OPEN is stored beside the close (migration 5) and survives a closes-only re-import. */
import { afterEach, describe, expect, it } from 'vitest';
import { tempBackend, type TempBackend } from '../testing/temp-backend';

let t: TempBackend;
afterEach(() => t.cleanup());

describe('market opens', () => {
  it('stores the CBOE OPEN, keeps it when a date,close file re-imports the day, replaces it when a file with opens does', async () => {
    t = tempBackend();
    const b = t.backend;
    // Real rows of VIX_History.csv (2026-07-06/07).
    await b.send('market/import', { symbol: 'VIX', csv: 'DATE,OPEN,HIGH,LOW,CLOSE\n07/06/2026,16.400000,16.500000,15.560000,15.570000\n07/07/2026,15.870000,16.640000,15.530000,16.130000\n' });
    expect(await b.send('market/list', { symbol: 'VIX' })).toEqual([
      { symbol: 'VIX', date: '2026-07-06', closeHundredths: 1557, openHundredths: 1640 },
      { symbol: 'VIX', date: '2026-07-07', closeHundredths: 1613, openHundredths: 1587 },
    ]);
    const closesOnly = await b.send('market/import', { symbol: 'VIX', csv: 'date,close\n2026-07-06,15.57\n2026-07-07,16.20\n' });
    expect([closesOnly.unchanged, closesOnly.updated]).toEqual([1, 1]);
    expect((await b.send('market/list', { symbol: 'VIX' })).map((bar) => bar.openHundredths)).toEqual([1640, 1587]);
    const newOpen = await b.send('market/import', { symbol: 'VIX', csv: 'DATE,OPEN,HIGH,LOW,CLOSE\n07/06/2026,16.70,17.14,15.56,15.57\n' });
    expect(newOpen.updated).toBe(1);
    expect((await b.send('market/list', { symbol: 'VIX', from: '2026-07-06', to: '2026-07-06' }))[0]?.openHundredths).toBe(1670);
  });

  it('the database refuses an open of 0 or less', () => {
    t = tempBackend();
    const { db } = t.backend.context;
    expect(() => db.prepare("INSERT INTO market_bars (symbol, date, close_hundredths, open_hundredths) VALUES ('SPX', '2026-01-02', 590000, 0)").run()).toThrow(/CHECK constraint/);
  });
});
