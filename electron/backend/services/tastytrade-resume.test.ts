/**
 * Issue 16, defect 6: a long import commits in batches, so it must be resumable. The real CLI
 * (bundled for plain Node) imports 30 copies of the tastytrade sample (150 tickets: opens,
 * partial closes, rolls, expirations) five orders per batch and is SIGKILLed at different
 * moments; the journal must then hold whole orders only, and running the same command again
 * must give exactly the journal one uninterrupted import gives — nothing doubled, nothing lost.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../backend';
import { manySampleCopies } from '../testing/tastytrade-many';

const ROOT = join(__dirname, '..', '..', '..');
let dir: string;
let cli: string;
let csvPath: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'alvh-resume-'));
  cli = join(dir, 'cli.cjs');
  await build({
    entryPoints: [join(ROOT, 'electron', 'cli', 'main.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: cli,
    external: ['better-sqlite3', 'pdfkit'], logLevel: 'error', define: { __APP_VERSION__: '"test"' },
  });
  csvPath = join(dir, 'orders.csv');
  writeFileSync(csvPath, manySampleCopies(30));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function newJournal(name: string): Promise<string> {
  const dbPath = join(dir, name);
  const backend = createBackend({ dbPath, logError: () => undefined });
  await backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 10_000_000_000 });
  backend.close();
  return dbPath;
}

interface Run { code: number | null; signal: string | null; out: string; err: string }

/** Runs `alvh import tastytrade`; with `killWhen`, SIGKILLs it as soon as that many tickets are committed. */
function runImport(dbPath: string, batchOrders: number | null, killWhen?: number): Promise<Run> {
  const args = [cli, 'import', 'tastytrade', '--db', dbPath, '--portfolio', 'Main', csvPath, ...(batchOrders === null ? [] : ['--batch-orders', String(batchOrders)])];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') } });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => { out += c.toString(); });
    child.stderr.on('data', (c: Buffer) => { err += c.toString(); });
    const watch = killWhen === undefined ? null : setInterval(() => {
      if (committedTickets(dbPath) >= killWhen) child.kill('SIGKILL');
    }, 5);
    child.on('exit', (code, signal) => {
      if (watch) clearInterval(watch);
      resolve({ code, signal, out, err });
    });
  });
}

function committedTickets(dbPath: string): number {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return Number(db.prepare('SELECT count(*) FROM tickets').pluck().get());
  } finally {
    db.close();
  }
}

const TABLES = ['layers', 'legs', 'tickets', 'ticket_legs', 'broker_orders', 'hedge_links', 'layer_snapshots'];

/** Every row of the journal's trading tables, creation times left out (they are the clock, not the trade). */
function journalRows(dbPath: string): Record<string, unknown[]> {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return Object.fromEntries(TABLES.map((table) => {
      const columns = (db.prepare(`SELECT name FROM pragma_table_info('${table}') WHERE name NOT IN ('created_at', 'updated_at')`).pluck().all() as string[]).join(', ');
      return [table, db.prepare(`SELECT ${columns} FROM ${table} ORDER BY ${columns}`).raw().all()];
    }));
  } finally {
    db.close();
  }
}

/** Tickets per order number: an order is whole when it has as many as in the full import. */
function ticketsPerOrder(dbPath: string): Map<string, number> {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('SELECT order_number, count(*) AS n FROM broker_orders GROUP BY order_number').all() as { order_number: string; n: number }[];
    return new Map(rows.map((r) => [r.order_number, r.n]));
  } finally {
    db.close();
  }
}

describe('a long tastytrade import killed part-way', () => {
  it('keeps whole orders only, and a re-run completes it to exactly the uninterrupted result', async () => {
    const reference = await newJournal('reference.sqlite');
    const whole = await runImport(reference, null);
    expect(whole.code, whole.err).toBe(0);
    expect(whole.out).toContain('Imported: 150 ticket(s)');
    const expected = journalRows(reference);
    const expectedPerOrder = ticketsPerOrder(reference);

    for (const killWhen of [1, 40, 100]) {
      const dbPath = await newJournal(`killed-${killWhen}.sqlite`);
      const killed = await runImport(dbPath, 5, killWhen);
      expect(killed.signal, `killed after ${killWhen} tickets: ${killed.err}`).toBe('SIGKILL');
      const partial = committedTickets(dbPath);
      expect(partial).toBeGreaterThanOrEqual(killWhen);
      expect(partial).toBeLessThan(150);
      for (const [order, n] of ticketsPerOrder(dbPath)) expect(n, `order ${order} is whole`).toBe(expectedPerOrder.get(order));

      const rerun = await runImport(dbPath, 5);
      expect(rerun.code, rerun.err).toBe(0);
      expect(rerun.out).toMatch(/\d+ duplicate\(s\) skipped/u);
      expect(journalRows(dbPath)).toEqual(expected);
    }
  }, 180_000);
});
