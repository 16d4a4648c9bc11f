/**
 * Market data a trader can trust: a file that is not the symbol's closes is refused
 * before anything is written, with the rows that show it; `replace` overrides; every import and
 * hand edit is one revision that undo reverts byte-identically. Real CBOE slices (fixtures).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rejection } from '../testing/rejection';
import { marketBars, marketTables, opensAsCloses, scaledCloses, shiftedDates, SPX_2026, VIX_2026, withCloses } from '../testing/market-fixtures';
import { tempBackend, type TempBackend } from '../testing/temp-backend';

let t: TempBackend;
beforeEach(() => { t = tempBackend(); });
afterEach(() => t.cleanup());

const importFile = (symbol: 'SPX' | 'VIX', csv: string, extra: { replace?: boolean; dryRun?: boolean; tolerancePct?: number } = {}) =>
  t.backend.send('market/import', { symbol, csv, fileName: `${symbol.toLowerCase()}.csv`, ...extra });

async function storeBoth(): Promise<void> {
  await importFile('SPX', SPX_2026);
  await importFile('VIX', VIX_2026);
}

describe('refusals: the wrong file changes nothing and says why', () => {
  it('VIX_History.csv chosen with Index = SPX is refused, naming the stored VIX closes; tables byte-identical', async () => {
    await storeBoth();
    const before = marketTables(t.backend);
    const error = await rejection(importFile('SPX', VIX_2026));
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/^spx\.csv was not imported as SPX closes — /);
    expect(error.message).toContain("127 close(s) are outside SPX's plausible range (e.g. 2026-01-02: 14.51, where SPX is plausible between 3,171.50 and 15,220.00)");
    expect(error.message).toContain('these look like the VIX closes already stored, not SPX: 127 of the 127 dates they share are equal to the hundredth');
    expect(error.message).toContain('the file differs from the stored SPX closes by 99.75% (median), more than the 2% tolerance; largest: 2026-05-29: 15.32 vs 7,580.06 stored (99.8%)');
    expect(error.message).toContain('Nothing was written');
    expect(error.issues[0]).toEqual({ path: '2026-01-02', message: 'implausible-level: file 14.51' });
    expect(marketTables(t.backend)).toBe(before);
  });

  it('into an empty journal the levels and the volatility signature still refuse it', async () => {
    const preview = await importFile('SPX', VIX_2026, { dryRun: true });
    expect(preview.refusals.map((r) => r.rule)).toEqual(['implausible-level', 'signature', 'spikes']);
    expect(preview.refusals[1]?.message).toMatch(/^its closes move like VIX, not SPX: annualised volatility of log changes 128% over 126 changes \(SPX's worst over 60 rows: 74%; limit 100%\)$/);
    expect(marketTables(t.backend)).toBe(marketTables(tempBackend().backend));
  });

  it('a file 3% off the stored closes exceeds the 2% median tolerance, listing the largest differences; a 5% tolerance accepts it', async () => {
    await importFile('SPX', SPX_2026);
    const before = marketTables(t.backend);
    const error = await rejection(importFile('SPX', scaledCloses(SPX_2026, 1.03)));
    expect(error.message).toMatch(/on the 129 dates already stored, the file differs from the stored SPX closes by 3\.00% \(median\), more than the 2% tolerance; largest: 2026-\d\d-\d\d: [\d,.]+ vs [\d,.]+ stored \(3\.0%\)/);
    expect(marketTables(t.backend)).toBe(before);
    const accepted = await importFile('SPX', scaledCloses(SPX_2026, 1.03), { tolerancePct: 5 });
    expect([accepted.updated, accepted.refusals]).toEqual([129, []]);
  });

  it('shifted dates (each close one trading day late) are recognised as the stored closes shifted', async () => {
    await importFile('SPX', SPX_2026);
    const preview = await importFile('SPX', shiftedDates(SPX_2026), { dryRun: true });
    expect(preview.refusals.map((r) => r.rule)).toEqual(['shifted-dates']);
    expect(preview.refusals[0]?.message).toBe("these look like SPX's stored closes dated 1 trading day later than they should be (shifted dates): 128 of the 128 dates they share are equal to the hundredth");
    // 2026-01-05 in the bad file carries 2026-01-02's close (6,858.47).
    expect(preview.refusals[0]?.rows[0]).toEqual({ date: '2026-01-05', fileHundredths: 685847, comparedHundredths: 685847 });
  });

  it('a column of OPENs labelled CLOSE is recognised against the stored opens (SPX opens sit 0.5% from closes: under the tolerance)', async () => {
    await importFile('SPX', SPX_2026);
    const preview = await importFile('SPX', opensAsCloses(SPX_2026), { dryRun: true });
    expect(preview.refusals.map((r) => r.rule)).toEqual(['stored-opens']);
    expect(preview.refusals[0]?.message).toContain("these look like SPX's OPEN prices stored for those days, not its closes (a column of opens?)");
  });

  it('a few corrupt rows (a lost decimal digit, swapped digits) are refused by row, into an empty journal too', async () => {
    const corrupt = withCloses(SPX_2026, { '03/02/2026': '686.42', '03/03/2026': '6864.2', '05/04/2026': '4785.49' });
    const preview = await importFile('SPX', corrupt, { dryRun: true });
    // 6864.2 on 2026-03-03 is a plausible close (SPX closed 6,816.63): only the two impossible rows are named.
    expect(preview.refusals.map((r) => r.rule)).toEqual(['implausible-level', 'signature', 'spikes']);
    expect(preview.refusals[0]?.rows).toEqual([{ date: '2026-03-02', fileHundredths: 68642, comparedHundredths: null }]);
    expect(preview.refusals[2]?.rows.map((r) => r.date)).toEqual(['2026-03-02', '2026-05-04']);
  });

  it('the right file re-imported is accepted as unchanged', async () => {
    await storeBoth();
    const again = await importFile('SPX', SPX_2026);
    expect([again.unchanged, again.refusals, again.revisionId]).toEqual([129, [], null]);
  });
});

describe('non-trading days are reported and skipped', () => {
  it("CBOE's VIX rows on NYSE holidays are not stored, and the summary names them", async () => {
    const summary = await importFile('VIX', VIX_2026);
    expect(summary).toMatchObject({ rows: 132, added: 127, skipped: 5, firstDate: '2026-01-02', lastDate: '2026-07-07' });
    expect(summary.skippedDays).toEqual([
      { date: '2026-01-19', reason: 'Martin Luther King Jr. Day' },
      { date: '2026-02-16', reason: "Washington's Birthday" },
      { date: '2026-05-25', reason: 'Memorial Day' },
      { date: '2026-06-19', reason: 'Juneteenth National Independence Day' },
      { date: '2026-07-03', reason: 'Independence Day' },
    ]);
    expect(await t.backend.send('market/list', { symbol: 'VIX', from: '2026-05-25', to: '2026-05-25' })).toEqual([]);
  });
});

describe('preview, override, undo', () => {
  it('a dry run reports the counts and biggest changes and writes nothing', async () => {
    await importFile('SPX', SPX_2026);
    const before = marketTables(t.backend);
    const edited = withCloses(SPX_2026, { '07/09/2026': '7560.35' });
    const preview = await importFile('SPX', edited, { dryRun: true });
    expect(preview).toMatchObject({ dryRun: true, added: 0, updated: 1, unchanged: 128, skipped: 0, firstDate: '2026-01-02', lastDate: '2026-07-09', revisionId: null });
    expect(preview.biggestChanges).toEqual([{ date: '2026-07-09', beforeHundredths: 748549, afterHundredths: 756035, changePct: 100 * (756035 / 748549 - 1) }]);
    expect(marketTables(t.backend)).toBe(before);
  });

  it('with replace the wrong file imports; undo restores the previous closes byte-identically and says so in the history', async () => {
    await storeBoth();
    const before = marketBars(t.backend);
    // market/list is memoised until market data changes: it must follow the import and the undo.
    const listed = await t.backend.send('market/list', { symbol: 'SPX' });
    const replaced = await importFile('SPX', VIX_2026, { replace: true });
    expect(replaced).toMatchObject({ replaced: true, updated: 127, skipped: 5 });
    expect(marketBars(t.backend)).not.toBe(before);
    expect((await t.backend.send('market/list', { symbol: 'SPX' }))[0]?.closeHundredths).toBe(1451);
    const undone = await t.backend.send('market/undo', { symbol: 'SPX' });
    expect(undone).toMatchObject({ restored: 127, revision: { id: replaced.revisionId, kind: 'import', source: 'spx.csv', rowsChanged: 127, reason: 'imported with replace over the refusals' } });
    expect(marketBars(t.backend)).toBe(before);
    expect(await t.backend.send('market/list', { symbol: 'SPX' })).toEqual(listed);
    const [latest] = await t.backend.send('market/revisions', { symbol: 'SPX' });
    expect(latest?.undoneAt).toBe('2026-06-01T15:00:00.000Z');
  });

  it('undoing a first import deletes what it added; undo with nothing left is refused', async () => {
    const empty = marketBars(t.backend);
    await importFile('SPX', SPX_2026);
    await t.backend.send('market/undo', {});
    expect(marketBars(t.backend)).toBe(empty);
    expect((await rejection(t.backend.send('market/undo', {}))).message).toBe('There is no market import or edit to undo');
  });

  it('hand edits and deletes are revisions with their reason, undone newest first', async () => {
    await importFile('SPX', SPX_2026);
    const imported = marketBars(t.backend);
    await t.backend.send('market/upsert', { symbol: 'SPX', date: '2026-07-09', closeHundredths: 748600, reason: 'broker statement' });
    await t.backend.send('market/delete', { symbol: 'SPX', date: '2026-07-08', reason: 'half day misprint' });
    const history = await t.backend.send('market/revisions', { symbol: 'SPX' });
    expect(history.map((r) => [r.kind, r.reason, r.rowsChanged, r.firstDate])).toEqual([
      ['delete', 'half day misprint', 1, '2026-07-08'],
      ['edit', 'broker statement', 1, '2026-07-09'],
      ['import', '', 129, '2026-01-02'],
    ]);
    await t.backend.send('market/undo', { symbol: 'SPX' });
    expect((await t.backend.send('market/list', { symbol: 'SPX', from: '2026-07-08', to: '2026-07-08' }))[0]?.closeHundredths).toBe(748271);
    await t.backend.send('market/undo', { symbol: 'SPX' });
    expect(marketBars(t.backend)).toBe(imported);
  });

  it('undo refuses when a close changed outside the history (e.g. an older app), and changes nothing', async () => {
    await importFile('SPX', SPX_2026);
    t.backend.context.db.prepare("UPDATE market_bars SET close_hundredths = 1 WHERE symbol = 'SPX' AND date = '2026-01-02'").run();
    const before = marketTables(t.backend);
    expect((await rejection(t.backend.send('market/undo', {}))).message).toMatch(/^Cannot undo revision 1: 1 SPX close\(s\) changed since, outside the revision history \(first 2026-01-02\)/);
    expect(marketTables(t.backend)).toBe(before);
  });
});
