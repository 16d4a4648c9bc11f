/**
 * Issue 16, concurrency: a 20,000-order tastytrade import through the CLI (another process,
 * committing every 500 orders) while the host answers 200 reads and writes on the same journal.
 * Reads must answer within 100 ms at the 95th percentile (WAL: they never wait for the import's
 * lock), no call may fail (writes wait on timers for the lock, which the import lets go between
 * batches), and nothing may be lost. The same reads are then timed on the imported journal at
 * rest, to tell the cost of a bigger journal from the cost of sharing it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../electron/backend/backend';

const ORDERS = 20_000;
const HOST_CALLS = 200;
/** Spreads the calls over the import's write transaction (about a minute on a 2-core machine). */
const CALL_SPACING_MS = 250;

/** A newest-first tastytrade export of `count` iron condors opened one per order. */
export function condorExport(count: number): string {
  const header = 'Date,Type,Sub Type,Action,Symbol,Instrument Type,Description,Value,Quantity,Average Price,Commissions,Fees,Multiplier,Root Symbol,Underlying Symbol,Expiration Date,Strike Price,Call or Put,Order #,Total,Currency';
  const rows: string[] = [];
  for (let i = count - 1; i >= 0; i -= 1) {
    const opened = new Date(Date.UTC(2015, 0, 5) + Math.floor(i / 8) * 86_400_000 + (i % 8) * 60_000 + 15 * 3_600_000);
    const expiry = new Date(opened.getTime() + 45 * 86_400_000);
    const yy = String(expiry.getUTCFullYear()).slice(2);
    const mm = String(expiry.getUTCMonth() + 1).padStart(2, '0');
    const dd = String(expiry.getUTCDate()).padStart(2, '0');
    const legs: [string, string, 'P' | 'C', number, number][] = [['Sell to Open', 'SELL_TO_OPEN', 'P', 4000, 300], ['Buy to Open', 'BUY_TO_OPEN', 'P', 3950, -200], ['Sell to Open', 'SELL_TO_OPEN', 'C', 4400, 250], ['Buy to Open', 'BUY_TO_OPEN', 'C', 4450, -150]];
    for (const [sub, action, right, strike, value] of legs) {
      const symbol = `SPXW  ${yy}${mm}${dd}${right}${String(strike * 1000).padStart(8, '0')}`;
      rows.push(`${opened.toISOString().slice(0, 19)}+0000,Trade,${sub},${action},${symbol},Equity Option,x,${(value).toFixed(2)},1,${value.toFixed(2)},-1.00,-0.66,100,SPXW,SPX,${Number(mm)}/${Number(dd)}/${yy},${strike},${right === 'P' ? 'PUT' : 'CALL'},${500000000 + i},0,USD`);
    }
  }
  return `${header}\n${rows.join('\n')}\n`;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

export async function runConcurrencyBench(cliPath: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'alvh-concurrency-'));
  try {
    const dbPath = join(dir, 'journal.sqlite');
    const csvPath = join(dir, 'orders.csv');
    writeFileSync(csvPath, condorExport(ORDERS));
    const host = createBackend({ dbPath, logError: () => undefined });
    const portfolio = await host.send('portfolio/create', { name: 'Main', riskCapitalCents: 10_000_000_000 });
    const started = performance.now();
    const cli = new Promise<{ code: number; ms: number; err: string }>((resolve) => {
      const child = spawn(process.execPath, [cliPath, 'import', 'tastytrade', '--db', dbPath, '--portfolio', 'Main', csvPath], { stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      child.stderr.on('data', (c: Buffer) => { err += c.toString(); });
      child.on('exit', (code) => resolve({ code: code ?? -1, ms: performance.now() - started, err }));
    });
    let cliDone = false;
    void cli.then(() => { cliDone = true; });
    const reads: number[] = [];
    const writes: number[] = [];
    const noteIds: number[] = [];
    let failures = 0;
    let duringImport = 0;
    // Reads and writes come independently, as from a window: a write waiting for the lock does not hold reads back.
    const timed = async (kind: 'read' | 'write', i: number) => {
      const t0 = performance.now();
      const response = kind === 'write'
        ? await host.call('note/create', { portfolioId: portfolio.id, date: '2026-06-01', body: `host note ${i}`, tags: [] })
        : await host.call(i % 2 === 0 ? 'layer/list' : 'portfolio/list', i % 2 === 0 ? { portfolioId: portfolio.id, status: 'open', limit: 50 } : {});
      (kind === 'write' ? writes : reads).push(performance.now() - t0);
      if (!cliDone) duringImport += 1;
      if (!response.ok) failures += 1;
      else if (kind === 'write') noteIds.push((response.value as { id: number }).id);
    };
    const pending: Promise<void>[] = [];
    for (let i = 0; i < HOST_CALLS; i += 1) {
      await new Promise((r) => setTimeout(r, CALL_SPACING_MS));
      pending.push(timed(i % 4 === 3 ? 'write' : 'read', i));
    }
    await Promise.all(pending);
    const imported = await cli;
    const atRest: number[] = [];
    for (let i = 0; i < 50; i += 1) {
      const t0 = performance.now();
      await host.call(i % 2 === 0 ? 'layer/list' : 'portfolio/list', i % 2 === 0 ? { portfolioId: portfolio.id, status: 'open', limit: 50 } : {});
      atRest.push(performance.now() - t0);
    }
    atRest.sort((a, b) => a - b);
    const stored = Number(host.context.db.prepare('SELECT count(*) FROM notes WHERE id IN (SELECT value FROM json_each(?))').pluck().get(JSON.stringify(noteIds)));
    const layers = Number(host.context.db.prepare('SELECT count(*) FROM layers').pluck().get());
    host.close();
    reads.sort((a, b) => a - b);
    writes.sort((a, b) => a - b);
    console.log(`CLI import of ${ORDERS} orders: exit ${imported.code} in ${(imported.ms / 1000).toFixed(1)} s${imported.code === 0 ? '' : ` (${imported.err.trim().slice(0, 200)})`}; layers in the journal: ${layers}`);
    console.log(`host calls: ${HOST_CALLS} (${duringImport} while the import ran), failed: ${failures}`);
    console.log(`  reads  (${reads.length}): p50 ${percentile(reads, 50).toFixed(1)} ms, p95 ${percentile(reads, 95).toFixed(1)} ms, max ${percentile(reads, 100).toFixed(1)} ms`);
    console.log(`  the same reads after the import, journal at rest (${atRest.length}): p50 ${percentile(atRest, 50).toFixed(1)} ms, p95 ${percentile(atRest, 95).toFixed(1)} ms`);
    console.log(`  writes (${writes.length}): p50 ${percentile(writes, 50).toFixed(1)} ms, p95 ${percentile(writes, 95).toFixed(1)} ms, max ${percentile(writes, 100).toFixed(1)} ms`);
    console.log(`  acknowledged host writes present: ${stored}/${noteIds.length}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
