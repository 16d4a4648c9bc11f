/**
 * Crash safety: a writer is SIGKILLed at random moments (≥ 50 times) and a migration is
 * killed part-way. After each kill the journal must open, pass integrity_check, hold every
 * acknowledged action, and contain no half-written one.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, readUserVersion } from '../db/migrate';
import { MIGRATIONS, SCHEMA_VERSION } from '../db/migrations';
import { openDatabase } from '../db/open-database';

let dir: string;
const bundle = (name: string) => join(dir, `${name}.cjs`);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'alvh-crash-'));
  // The children run the real TypeScript backend, bundled once for plain Node.
  await build({
    entryPoints: { 'crash-writer': join(__dirname, 'crash-writer.ts'), 'migration-child': join(__dirname, 'migration-child.ts') },
    bundle: true, platform: 'node', format: 'cjs', outdir: dir, outExtension: { '.js': '.cjs' }, external: ['better-sqlite3'], logLevel: 'error',
    nodePaths: [join(__dirname, '..', '..', '..', 'node_modules')],
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a child, kills it with SIGKILL after `killAfterMs` of output (or at once), and returns what it acknowledged. */
function runAndKill(script: string, dbPath: string, killAfterMs: number): Promise<string[]> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, dbPath], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NODE_PATH: join(__dirname, '..', '..', '..', 'node_modules') } });
    let buffer = '';
    let timer: NodeJS.Timeout | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      timer ??= setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.on('exit', () => {
      if (timer) clearTimeout(timer);
      // Only complete lines were acknowledged.
      resolve(buffer.split('\n').slice(0, -1));
    });
  });
}

function checkJournal(dbPath: string, acknowledged: { layers: Set<number>; tickets: Set<number> }): void {
  const db = openDatabase(dbPath);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const layerIds = new Set(db.prepare('SELECT id FROM layers').pluck().all() as number[]);
    const ticketIds = new Set(db.prepare('SELECT id FROM tickets').pluck().all() as number[]);
    for (const id of acknowledged.layers) expect(layerIds.has(id), `acknowledged layer ${id}`).toBe(true);
    for (const id of acknowledged.tickets) expect(ticketIds.has(id), `acknowledged ticket ${id}`).toBe(true);
    // No half-written action: every layer has its four legs and opening ticket, every ticket its four leg fills,
    // and each layer's cached summary matches its tickets.
    expect(db.prepare("SELECT count(*) FROM layers l WHERE (SELECT count(*) FROM legs WHERE layer_id = l.id) <> 4 OR NOT EXISTS (SELECT 1 FROM tickets WHERE layer_id = l.id AND action = 'open')").pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM tickets t WHERE (SELECT count(*) FROM ticket_legs WHERE ticket_id = t.id) <> 4').pluck().get()).toBe(0);
    expect(db.prepare(`SELECT count(*) FROM layers l WHERE l.open_quantity <>
      (SELECT SUM(CASE WHEN action = 'open' THEN quantity ELSE -quantity END) FROM tickets WHERE layer_id = l.id)`).pluck().get()).toBe(0);
  } finally {
    db.close();
  }
}

describe('crash safety', () => {
  it('survives 50 SIGKILLs of a writer: integrity ok, every acknowledged action present, none half-written', async () => {
    const dbPath = join(dir, 'journal.sqlite');
    const acknowledged = { layers: new Set<number>(), tickets: new Set<number>() };
    let seed = 20261124;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let kill = 0; kill < 50; kill += 1) {
      const lines = await runAndKill(bundle('crash-writer'), dbPath, Math.floor(random() * 120));
      for (const line of lines) {
        const [kind, id] = line.split(' ');
        (kind === 'L' ? acknowledged.layers : acknowledged.tickets).add(Number(id));
      }
      checkJournal(dbPath, acknowledged);
    }
    expect(acknowledged.tickets.size + acknowledged.layers.size).toBeGreaterThan(100);
  }, 180_000);

  it('a migration killed part-way leaves the old or the new schema, never a mix', async () => {
    // A version-1 journal big enough that the migration's backfill takes a while.
    const v1 = join(dir, 'v1.sqlite');
    const seedDb = new Database(v1);
    seedDb.pragma('journal_mode = WAL');
    migrate(seedDb, MIGRATIONS.slice(0, 1));
    seedDb.exec("INSERT INTO portfolios (id, name, risk_capital_cents, created_at) VALUES (1, 'Big', 100, 'x')");
    const insertLayer = seedDb.prepare("INSERT INTO layers (portfolio_id, role, status, opened_on, created_at) VALUES (1, 'base', 'open', '2026-01-02', 'x')");
    const insertLeg = seedDb.prepare("INSERT INTO legs (layer_id, instrument, underlying, right, side, strike_hundredths, expiration, ratio, multiplier) VALUES (?, 'option', 'SPXW', ?, ?, ?, '2026-02-20', 1, 100)");
    const insertTicket = seedDb.prepare("INSERT INTO tickets (layer_id, date, action, quantity, net_price_hundredths, multiplier, fees_cents, created_at) VALUES (?, '2026-01-02', 'open', 1, 1000, 100, 0, 'x')");
    const insertFill = seedDb.prepare('INSERT INTO ticket_legs (ticket_id, leg_id, quantity) VALUES (?, ?, ?)');
    seedDb.transaction(() => {
      for (let i = 0; i < 6000; i += 1) {
        const layerId = Number(insertLayer.run().lastInsertRowid);
        const ticketId = Number(insertTicket.run(layerId).lastInsertRowid);
        ([['put', 'long', 500000, 1], ['put', 'short', 505000, -1], ['call', 'short', 600000, -1], ['call', 'long', 605000, 1]] as const).forEach(([right, side, strike, q]) => {
          insertFill.run(ticketId, Number(insertLeg.run(layerId, right, side, strike).lastInsertRowid), q);
        });
      }
    })();
    seedDb.pragma('wal_checkpoint(TRUNCATE)');
    seedDb.close();

    const env = { ...process.env, NODE_PATH: join(__dirname, '..', '..', '..', 'node_modules') };
    const migrateCopy = (path: string, killAfterMs: number | null) => new Promise<number>((resolve) => {
      copyFileSync(v1, path);
      const started = performance.now();
      const child = spawn(process.execPath, [bundle('migration-child'), path], { stdio: 'ignore', env });
      const timer = killAfterMs === null ? null : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      child.on('exit', () => {
        if (timer) clearTimeout(timer);
        resolve(performance.now() - started);
      });
    });
    // Time one full run, then spread the kills from process start to past the commit, whatever this machine's speed.
    // Machine speed varies (CI shares its cores), so the kill window adapts: start from one timed
    // full run, and stretch or shrink it until kills have landed both before and after a commit.
    let windowMs = await migrateCopy(join(dir, 'timing.sqlite'), null);
    const seen = new Set<number>();
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let attempt = 0; attempt < 40 && !(attempt >= 12 && seen.size >= 2); attempt += 1) {
      if (attempt > 0 && attempt % 6 === 0 && seen.size < 2) windowMs *= seen.has(1) ? 1.6 : 0.6;
      const path = join(dir, `migrating-${attempt}.sqlite`);
      await migrateCopy(path, Math.round(windowMs * (0.1 + 1.3 * random())));
      const raw = new Database(path);
      const version = readUserVersion(raw);
      const hasSummaryColumns = (raw.prepare("SELECT count(*) FROM pragma_table_info('layers') WHERE name = 'open_quantity'").pluck().get() as number) === 1;
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
      // Each step commits whole: the schema is exactly that of some version, never a mix.
      const hasSnapshotTable = (raw.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'layer_snapshots'").pluck().get() as number) === 1;
      expect(version).toBeGreaterThanOrEqual(1);
      expect(version).toBeLessThanOrEqual(SCHEMA_VERSION);
      expect(hasSummaryColumns).toBe(version >= 2);
      expect(hasSnapshotTable).toBe(version >= 3);
      if (version >= 2) expect(raw.prepare('SELECT count(*) FROM layers WHERE open_quantity <> 1').pluck().get()).toBe(0);
      raw.close();
      seen.add(version);
      // Reopening finishes the job either way.
      const reopened = openDatabase(path);
      expect(readUserVersion(reopened)).toBe(SCHEMA_VERSION);
      reopened.close();
    }
    // The kills landed both before and after a migration committed.
    expect(seen.size).toBeGreaterThanOrEqual(2);
  }, 180_000);
});
