import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateJournal } from '../../../bench/generate-journal';
import { runCli } from '../../cli/run-cli';
import { createBackend, type Backend } from '../backend';
import { openDatabase } from '../db/open-database';
import { HAS_MARKET_DATA } from '../testing/market-slice';
import { CONDOR, tablesChecksum } from '../testing/temp-backend';
import { backupDatabase, dailyBackup, latestBackup } from './db-backup';
import { exportJson, restoreJson } from './json-backup';

let dir: string;
const opened: Backend[] = [];
const backendAt = (name: string) => {
  const b = createBackend({ dbPath: join(dir, name), now: () => new Date('2026-06-01T15:00:00Z'), logError: () => undefined });
  opened.push(b);
  return b;
};
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'alvh-backup-')); });
afterEach(() => {
  for (const b of opened.splice(0)) b.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A small journal with one of everything the database stores. */
async function everyEntity(b: Backend): Promise<void> {
  // SPX with OPENs (CBOE layout), VIX without (date,close): both shapes of a stored bar.
  await b.send('market/import', { symbol: 'SPX', csv: 'DATE,OPEN,HIGH,LOW,CLOSE\n04/30/2026,5710.25,5730,5700,5725.5\n05/01/2026,5725.5,5740,5720.1,5731.25\n' });
  await b.send('market/import', { symbol: 'VIX', csv: 'date,close\n2026-04-30,15.2\n2026-05-01,14.9\n' });
  const p = await b.send('portfolio/create', { name: 'Main', riskCapitalCents: 10_000_000, settings: { rsiThreshold: 62, allocationPct: [45, 25, 15] } });
  const layer = await b.send('layer/createCondor', { portfolioId: p.id, ...CONDOR, notes: 'base — “quotes” & émoji 💥', tags: ['base', 'fomc'] });
  await b.send('ticket/add', { layerId: layer.id, date: '2026-05-20', action: 'close', quantity: 1, netPriceHundredths: -525, feesCents: 500, note: 'half off' });
  const { opened: rolled } = await b.send('layer/roll', { layerId: layer.id, date: '2026-05-25', closePriceHundredths: -600, expiration: '2026-07-17', strikes: { putLong: 555000, putShort: 560000, callShort: 595000, callLong: 600000 }, creditHundredths: 1400 });
  await b.send('layer/create', {
    portfolioId: p.id, openedOn: '2026-05-02', role: 'hedge', quantity: 5, netPriceHundredths: -120, protectsLayerIds: [rolled.id],
    legs: [{ instrument: 'option', underlying: 'VIX', right: 'call', side: 'long', strikeHundredths: 2000, expiration: '2026-06-17', multiplier: 100 }],
  });
  await b.send('mark/set', { layerId: rolled.id, date: '2026-05-28', priceHundredths: 990 });
  await b.send('event/create', { date: '2026-06-17', kind: 'FOMC', note: 'June' });
  await b.send('note/create', { portfolioId: p.id, date: '2026-05-20', layerId: layer.id, body: 'Took half off at 58%', tags: ['review'] });
  await b.send('decision/record', { portfolioId: p.id, ruleId: 'roll', subject: `layer-${layer.id}`, evaluatedOn: '2026-05-25', decision: 'acted', reason: 'rolled out', prompt: { title: 'Roll' }, layerId: layer.id });
}

describe('JSON backup', () => {
  it('export → restore into an empty journal → export is byte-identical (every entity)', async () => {
    const source = backendAt('source.sqlite');
    await everyEntity(source);
    const first = exportJson(source.context.db);
    const counts = JSON.parse(first) as { tables: Record<string, unknown[]> };
    for (const table of ['portfolios', 'settings', 'layers', 'hedge_links', 'legs', 'tickets', 'ticket_legs', 'marks', 'market_bars', 'economic_events', 'notes', 'decisions', 'layer_snapshots']) {
      expect(counts.tables[table]?.length, table).toBeGreaterThan(0);
    }
    expect(counts.tables.market_bars?.[0]).toEqual({ symbol: 'SPX', date: '2026-04-30', close_hundredths: 572550, open_hundredths: 571025 });
    const target = backendAt('target.sqlite');
    restoreJson(target.context.db, first);
    expect(exportJson(target.context.db)).toBe(first);
    expect(tablesChecksum(target)).toBe(tablesChecksum(source));
    expect(await target.send('market/list', { symbol: 'SPX' })).toEqual(await source.send('market/list', { symbol: 'SPX' }));
    expect((await target.send('market/list', { symbol: 'VIX' }))[0]?.openHundredths).toBeNull();
    // The restored journal works: the layers list still equals the replay of its tickets.
    expect(await target.send('layer/list', { portfolioId: 1 })).toEqual(await source.send('layer/list', { portfolioId: 1 }));
  });

  it.skipIf(!HAS_MARKET_DATA)('round-trips a generated multi-year journal', async () => {
    const source = backendAt('big.sqlite');
    await generateJournal(source, { layers: 300, ticketsPerLayer: 10, openLayers: 20, notes: 300 });
    const first = exportJson(source.context.db);
    const target = backendAt('big-restored.sqlite');
    restoreJson(target.context.db, first);
    expect(exportJson(target.context.db)).toBe(first);
  }, 120_000);

  it('rejects malformed backups with a clear message and changes nothing', async () => {
    const target = backendAt('t.sqlite');
    await target.send('portfolio/create', { name: 'Keep me', riskCapitalCents: 100 });
    const before = tablesChecksum(target);
    const good = exportJson(target.context.db);
    const cases: [string, RegExp][] = [
      ['{nope', /not valid JSON/],
      ['{"format":"something-else"}', /not an ALVH Journal backup/],
      [good.replace('"formatVersion": 1', '"formatVersion": 9'), /format version 9/],
      [good.replace(/"schemaVersion": \d+/, '"schemaVersion": 99'), /schema 99/],
      [good.replace('"name": "Keep me"', '"name": "Keep me", "hacked": 1'), /unknown column "hacked"/],
      [good.replace('"risk_capital_cents": 100', '"risk_capital_cents": -5'), /Backup table portfolios, row 1, field risk_capital_cents = -5/],
    ];
    for (const [text, message] of cases) {
      expect(() => restoreJson(target.context.db, text)).toThrow(message);
      expect(tablesChecksum(target)).toBe(before);
    }
  });
});

describe('database backups', () => {
  it('VACUUM INTO copies taken while another process writes all pass integrity_check', async () => {
    const dbPath = join(dir, 'live.sqlite');
    backendAt('live.sqlite');
    await build({ entryPoints: [join(__dirname, '..', 'crash', 'crash-writer.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: join(dir, 'writer.cjs'), external: ['better-sqlite3'], logLevel: 'error' });
    const child = spawn(process.execPath, [join(dir, 'writer.cjs'), dbPath], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NODE_PATH: join(__dirname, '..', '..', '..', 'node_modules') } });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    const reader = openDatabase(dbPath);
    try {
      for (let i = 0; i < 5; i += 1) {
        const copy = join(dir, `copy-${i}.sqlite`);
        backupDatabase(reader, copy);
        const check = new Database(copy, { readonly: true });
        expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(check.prepare('SELECT count(*) FROM layers').pluck().get()).toBeGreaterThan(0);
        check.close();
        await new Promise((r) => setTimeout(r, 30));
      }
      expect(() => backupDatabase(reader, join(dir, 'copy-0.sqlite'))).toThrow(/already exists/);
    } finally {
      child.kill('SIGKILL');
      reader.close();
    }
  }, 60_000);

  it('daily backups: one per day, the newest N kept, the latest found for recovery', async () => {
    const b = backendAt('daily.sqlite');
    // A copy with no data is not a backup recovery could use, so the journal holds some.
    await b.send('portfolio/create', { name: 'Main', riskCapitalCents: 100 });
    const backups = join(dir, 'backups');
    for (const day of ['2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04']) dailyBackup(b.context.db, backups, day, 3);
    expect(dailyBackup(b.context.db, backups, '2026-05-04', 3)).toBeNull();
    expect(readdirSync(backups).sort()).toEqual(['journal-2026-05-02.sqlite', 'journal-2026-05-03.sqlite', 'journal-2026-05-04.sqlite']);
    expect(latestBackup(backups)).toBe(join(backups, 'journal-2026-05-04.sqlite'));
  });
});

describe('alvh backup / restore', () => {
  const cli = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, {});
    return { code, out, err };
  };

  it('backs up to JSON and SQLite, restores into a new file, and asks before replacing data', async () => {
    const src = join(dir, 'src.sqlite');
    const b = createBackend({ dbPath: src, logError: () => undefined });
    await everyEntity(b);
    const expected = exportJson(b.context.db);
    b.close();
    expect((await cli('backup', '--db', src, '--out', join(dir, 'b.json'))).code).toBe(0);
    expect((await cli('backup', '--db', src, '--out', join(dir, 'b.sqlite'))).code).toBe(0);
    expect((await cli('backup', '--db', src, '--out', join(dir, 'b.json'))).err[0]).toMatch(/already exists/);

    for (const from of ['b.json', 'b.sqlite']) {
      const target = join(dir, `restored-from-${from}.sqlite`);
      expect((await cli('restore', '--db', target, join(dir, from))).code).toBe(0);
      const check = openDatabase(target);
      expect(exportJson(check)).toBe(expected);
      check.close();
    }
    const refused = await cli('restore', '--db', join(dir, 'restored-from-b.json.sqlite'), join(dir, 'b.json'));
    expect(refused.code).toBe(1);
    expect(refused.err[0]).toMatch(/--force/);
    const forced = await cli('restore', '--db', join(dir, 'restored-from-b.json.sqlite'), join(dir, 'b.json'), '--force');
    expect(forced.code).toBe(0);
    const safety = forced.out[0]?.replace('previous journal saved to ', '') ?? '';
    expect(existsSync(safety)).toBe(true);
    writeFileSync(join(dir, 'bad.json'), '{"format":"x"}');
    expect((await cli('restore', '--db', join(dir, 'empty.sqlite'), join(dir, 'bad.json'))).err[0]).toMatch(/not an ALVH Journal backup/);
  });
});
