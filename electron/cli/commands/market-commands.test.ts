/**
 * The issue-15 reproduction on the command line, with CBOE's whole history files:
 * `alvh market import --symbol SPX VIX_History.csv` is refused and changes nothing; --dry-run
 * previews; --replace imports; `alvh market undo` restores the closes byte-identically.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HAS_MARKET_DATA, MARKET_DIR } from '../../backend/testing/market-slice';
import { runCli } from '../run-cli';

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'alvh-market-cli-'));
  db = join(dir, 'journal.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, {});
  return { code, out, err };
}

/** Every market table exactly as stored on disk. */
function marketTables(): string {
  const handle = new Database(db, { readonly: true });
  try {
    return ['market_bars', 'market_revisions'].map((t) => `${t}:${JSON.stringify(handle.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).raw().all())}`).join('\n');
  } finally {
    handle.close();
  }
}

function closes(): string {
  const handle = new Database(db, { readonly: true });
  try {
    return JSON.stringify(handle.prepare('SELECT * FROM market_bars ORDER BY symbol, date').raw().all());
  } finally {
    handle.close();
  }
}

const SPX = join(MARKET_DIR, 'SPX_History.csv');
const VIX = join(MARKET_DIR, 'VIX_History.csv');

describe.skipIf(!HAS_MARKET_DATA)('alvh market import / undo with the real CBOE files', () => {
  it('refuses VIX_History.csv as SPX (tables byte-identical), previews it, imports it with --replace, and undo restores the closes', async () => {
    expect((await cli('market', 'import', '--db', db, '--symbol', 'SPX', SPX)).out[0]).toBe(`SPX imported: 24,746 rows (1927-12-30 … 2026-07-09): 24,746 added, 0 updated, 0 unchanged, 0 skipped`);
    const vix = await cli('market', 'import', '--db', db, '--symbol', 'VIX', VIX);
    expect(vix.out.slice(0, 2)).toEqual([
      'VIX imported: 9,223 rows (1990-01-02 … 2026-07-07): 9,190 added, 0 updated, 0 unchanged, 33 skipped',
      expect.stringMatching(/^skipped \(NYSE closed\): 2004-06-11 National Day of Mourning for President Reagan, 2022-05-30 Memorial Day, .*, … 13 more$/),
    ]);
    const before = marketTables();
    const stored = closes();

    const refused = await cli('market', 'import', '--db', db, '--symbol', 'SPX', VIX);
    expect(refused.code).toBe(1);
    expect(refused.err[0]).toContain(`alvh market import: ${VIX} was not imported as SPX closes — 9,190 close(s) are outside SPX's plausible range`);
    expect(refused.err[0]).toContain('these look like the VIX closes already stored, not SPX: 9,190 of the 9,190 dates they share are equal to the hundredth');
    expect(refused.err[0]).toContain('Nothing was written; import with replace (--replace) to store it anyway.');
    expect(marketTables()).toBe(before);

    const preview = await cli('market', 'import', '--db', db, '--symbol', 'SPX', '--dry-run', VIX);
    expect(preview.code).toBe(0);
    expect(preview.out[0]).toBe('SPX would import: 9,223 rows (1990-01-02 … 2026-07-07): 0 added, 9,190 updated, 0 unchanged, 33 skipped');
    expect(preview.out).toContain('nothing written; the import would be refused: add --replace to store it anyway (9,190 row(s) would change)');
    expect(preview.out.some((line) => line.startsWith('REFUSED (other-symbol): these look like the VIX closes already stored'))).toBe(true);
    expect(marketTables()).toBe(before);

    const replaced = await cli('market', 'import', '--db', db, '--symbol', 'SPX', '--replace', VIX);
    expect(replaced.out[0]).toBe('SPX imported: 9,223 rows (1990-01-02 … 2026-07-07): 0 added, 9,190 updated, 0 unchanged, 33 skipped');
    expect(replaced.out.at(-1)).toBe('revision 3: "alvh market undo --symbol SPX" restores the previous closes');
    expect(closes()).not.toBe(stored);

    const undo = await cli('market', 'undo', '--db', db, '--symbol', 'SPX');
    expect(undo.out).toEqual([`SPX: undid revision 3, the import of ${VIX} on ${new Date().toISOString().slice(0, 10)}: 9,190 close(s) restored`]);
    expect(closes()).toBe(stored);
    const history = await cli('market', 'revisions', '--db', db, '--json');
    expect((JSON.parse(history.out[0] ?? '[]') as { id: number; undoneAt: string | null }[]).map((r) => [r.id, r.undoneAt !== null])).toEqual([[3, true], [2, false], [1, false]]);
  }, 120_000);
});

describe('alvh market flags', () => {
  it('refuses a bad --tolerance and names the flag', async () => {
    expect((await cli('market', 'import', '--db', db, '--symbol', 'SPX', '--tolerance', 'abc', 'x.csv')).err).toEqual(['alvh market import: --tolerance must be a percentage above 0 and at most 100, got "abc"']);
  });

  it('undo with nothing to undo says so', async () => {
    expect(await cli('market', 'undo', '--db', db)).toMatchObject({ code: 1, err: ['alvh market undo: There is no market import or edit to undo'] });
  });
});
