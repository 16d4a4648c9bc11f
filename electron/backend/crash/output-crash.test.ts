/**
 * Outputs under SIGKILL. The start-up backup, a manual backup, each report format
 * and a restore are killed 10 times each at random moments; after every kill: no partial
 * file under a final name, the daily rotation holds only verified copies, recovery restores
 * the newest verified backup, and every acknowledged write is present.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../backend';
import { AUTOMATIC_NAME, backupKind, backupsDir } from '../backup/backups-folder';
import { exportJson } from '../backup/json-backup';
import { inspectBackup, newestVerifiedBackup } from '../backup/verified-copy';
import { restoreLatestBackup } from '../session/restore-latest';
import { seedReportJournal } from '../testing/report-journal';

const KILLS = 10;
/** Kills land from the first acknowledged write to past one whole output (reports start a CLI run, so they take longer). */
const KILL_WINDOW_MS: Record<string, number> = { startup: 400, manual: 400, pdf: 3000, csv: 2500, json: 2500, restore: 1500 };
let dir: string;
const NODE_PATH = join(__dirname, '..', '..', '..', 'node_modules');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'alvh-output-crash-'));
  await build({
    entryPoints: { 'output-child': join(__dirname, '..', '..', 'cli', 'testing', 'output-crash-child.ts') },
    bundle: true, platform: 'node', format: 'cjs', outdir: dir, outExtension: { '.js': '.cjs' }, external: ['better-sqlite3', 'pdfkit', 'fontkit'], logLevel: 'error',
    nodePaths: [NODE_PATH],
  });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let seed = 20261206;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

/** Starts the child and SIGKILLs it `killAfterMs` after its first output line; resolves with the complete lines. */
function runAndKill(args: string[], killAfterMs: number): Promise<string[]> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(dir, 'output-child.cjs'), ...args], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NODE_PATH } });
    let buffer = '';
    let timer: NodeJS.Timeout | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      timer ??= setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.on('exit', () => {
      if (timer) clearTimeout(timer);
      resolve(buffer.split('\n').slice(0, -1));
    });
  });
}

async function seededJournal(name: string): Promise<string> {
  const folder = join(dir, name);
  mkdirSync(join(folder, 'out'), { recursive: true });
  const dbPath = join(folder, 'journal.sqlite');
  const b = createBackend({ dbPath, logError: () => undefined });
  await seedReportJournal(b);
  b.close();
  return dbPath;
}

/** Every file under a final name is whole: SQLite copies pass integrity_check, the rest parse to their end. */
function expectNoPartialFiles(folder: string): void {
  for (const name of readdirSync(folder, { recursive: true }).map(String)) {
    const path = join(folder, name);
    if (!statSync(path).isFile() || name.endsWith('.partial') || /journal\.sqlite(-wal|-shm)?$/.test(name) || name.includes('.bad')) continue;
    if (name.endsWith('.sqlite')) expect(inspectBackup(path, { full: true, requireData: true }), name).toMatchObject({ ok: true });
    else if (name.endsWith('.json')) expect(() => JSON.parse(readFileSync(path, 'utf8')), name).not.toThrow();
    else if (name.endsWith('.pdf')) expect(readFileSync(path).subarray(-6).toString('latin1'), name).toMatch(/%%EOF\s*$/);
    else if (name.endsWith('.csv')) expect(readFileSync(path, 'utf8').endsWith('\r\n'), name).toBe(true);
  }
}

function expectAcknowledged(dbPath: string, written: Set<number>): void {
  const db = new Database(dbPath, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const ids = new Set(db.prepare('SELECT id FROM portfolios').pluck().all() as number[]);
    for (const id of written) expect(ids.has(id), `acknowledged portfolio ${id}`).toBe(true);
  } finally {
    db.close();
  }
}

/** Recovery on a damaged copy of the journal restores the newest verified backup. */
function expectRecoveryPicksNewestVerified(dbPath: string): void {
  const backups = backupsDir(dbPath);
  const newest = newestVerifiedBackup(backups);
  if (newest === null) return;
  const trial = join(dir, `recovery-${Math.floor(random() * 1e9)}`);
  mkdirSync(join(trial, 'backups'), { recursive: true });
  for (const name of readdirSync(backups)) {
    if (!backupKind(name)) continue;
    copyFileSync(join(backups, name), join(trial, 'backups', name));
    const { atime, mtime } = statSync(join(backups, name));
    utimesSync(join(trial, 'backups', name), atime, mtime);
  }
  writeFileSync(join(trial, 'journal.sqlite'), 'damaged');
  const result = restoreLatestBackup(join(trial, 'journal.sqlite'), new Date());
  expect(result.restored).toBe(newest.file.name);
  expect(inspectBackup(join(trial, 'journal.sqlite'), { full: true, requireData: true }).ok).toBe(true);
  rmSync(trial, { recursive: true, force: true });
}

describe('outputs killed at random moments', () => {
  it.each(['startup', 'manual', 'pdf', 'csv', 'json'])('%s: no partial file under a final name, verified rotation, newest verified recovered, acknowledged writes kept', async (op) => {
    const dbPath = await seededJournal(op);
    const written = new Set<number>();
    let outputs = 0;
    for (let kill = 0; kill < KILLS; kill += 1) {
      const lines = await runAndKill([dbPath, op, join(dbPath, '..', 'out')], Math.floor(random() * (KILL_WINDOW_MS[op] ?? 400)));
      for (const line of lines) {
        if (line.startsWith('W ')) written.add(Number(line.slice(2)));
        else outputs += 1;
      }
      expectNoPartialFiles(join(dbPath, '..'));
      expectAcknowledged(dbPath, written);
      const automatic = existsSync(backupsDir(dbPath)) ? readdirSync(backupsDir(dbPath)).filter((f) => AUTOMATIC_NAME.test(f)) : [];
      expect(automatic.length).toBeLessThanOrEqual(14);
      for (const name of automatic) expect(inspectBackup(join(backupsDir(dbPath), name), { full: true, requireData: true }).ok, name).toBe(true);
      expectRecoveryPicksNewestVerified(dbPath);
    }
    console.log(`${op}: ${KILLS} kills, ${outputs} outputs completed, ${written.size} writes acknowledged and present`);
  }, 300_000);

  it('restore: the journal is the old one or the restored one, never a mix or empty', async () => {
    const dbPath = await seededJournal('restore');
    const b = createBackend({ dbPath, logError: () => undefined });
    const backupFile = join(dir, 'restore', 'backup.json');
    writeFileSync(backupFile, exportJson(b.context.db));
    const restoredCount = Number(b.context.db.prepare('SELECT count(*) FROM tickets').pluck().get());
    await b.send('portfolio/create', { name: 'Only before the restore', riskCapitalCents: 100 });
    b.close();
    for (let kill = 0; kill < KILLS; kill += 1) {
      await runAndKill([dbPath, 'restore', join(dbPath, '..', 'out'), backupFile], Math.floor(random() * (KILL_WINDOW_MS.restore ?? 400)));
      const db = new Database(dbPath, { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(Number(db.prepare('SELECT count(*) FROM tickets').pluck().get())).toBe(restoredCount);
      expect([1, 2]).toContain(Number(db.prepare('SELECT count(*) FROM portfolios').pluck().get()));
      db.close();
      expectNoPartialFiles(join(dbPath, '..'));
      expectRecoveryPicksNewestVerified(dbPath);
    }
  }, 300_000);
});
