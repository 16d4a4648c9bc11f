/**
 * Import torture through the real handlers and the real CLI: a million-row file, failures at
 * the last row and inside the write, encodings as bytes. A rejected import must leave every
 * table exactly as it was (tablesChecksum).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CALENDAR_EXACT_FROM, isTradingDay } from '../../shared/calendar';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli';
import { createBackend } from './backend';
import { rejection } from './testing/rejection';
import { tablesChecksum, tempBackend, type TempBackend } from './testing/temp-backend';

let t: TempBackend;
beforeEach(() => {
  t = tempBackend();
});
afterEach(() => t.cleanup());

const ROWS = 1_000_000;
const DISTINCT_DAYS = 100_000;
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(1900, 0, 1);

/** MM/DD/YYYY for day `d` after 1900-01-01. */
function usDate(d: number): string {
  const date = new Date(FIRST_DAY + d * DAY_MS);
  return `${String(date.getUTCMonth() + 1).padStart(2, '0')}/${String(date.getUTCDate()).padStart(2, '0')}/${date.getUTCFullYear()}`;
}

/**
 * A CBOE-layout file of `ROWS` data rows over 100,000 distinct days (1900-01-01 … 2173-10-15;
 * one symbol cannot hold a million distinct trading days), each day repeated ten times with the
 * same close — a history appended to itself, which the importer counts once and reports.
 */
function millionRowCsv(): string {
  const dates = Array.from({ length: DISTINCT_DAYS }, (_, d) => usDate(d));
  const lines = new Array<string>(ROWS + 1);
  lines[0] = 'DATE,OPEN,HIGH,LOW,CLOSE';
  for (let i = 0; i < ROWS; i += 1) {
    const d = i % DISTINCT_DAYS;
    const close = (1000 + (d % 5000) / 4).toFixed(2);
    lines[i + 1] = `${dates[d]},${close},${close},${close},${close}`;
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The same text with data row 999,999 (the last but one) replaced. */
function withRow999999(csv: string, row: string): string {
  const lastStart = csv.lastIndexOf('\r\n', csv.length - 3) + 2;
  const start = csv.lastIndexOf('\r\n', lastStart - 3) + 2;
  return `${csv.slice(0, start)}${row}${csv.slice(lastStart - 2)}`;
}

async function seedJournal(): Promise<void> {
  await t.backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 10_000_000 });
  await t.backend.send('market/import', { symbol: 'SPX', csv: 'date,close\n2026-01-02,5900.25\n2026-01-05,5910.50\n' });
  await t.backend.send('event/import', { text: '2026-01-28,FOMC,Decision\n' });
}

describe('a million-row market file through market/import', () => {
  it('imports every row (100,000 days + 900,000 repeats), or nothing when row 999,999 or the write fails', { timeout: 180_000 }, async () => {
    await seedJournal();
    const rssBefore = process.memoryUsage().rss;
    const before = tablesChecksum(t.backend);
    const csv = millionRowCsv();

    // 1. Row 999,999 (line 1,000,000) is an impossible date: refused with its line, nothing written.
    let start = performance.now();
    const bad = await rejection(t.backend.send('market/import', { symbol: 'SPX', csv: withRow999999(csv, '02/30/2026,1,1,1,1'), fileName: 'big.csv' }));
    const rejectMs = performance.now() - start;
    expect(bad.code).toBe('invalid_input');
    expect(bad.message).toBe('big.csv was not imported: 1 bad row(s); first at line 1000000: "02/30/2026" is not a date (MM/DD/YYYY or YYYY-MM-DD)');
    expect(tablesChecksum(t.backend)).toBe(before);

    // 2. The write itself fails at the very last new day: the one transaction rolls back whole.
    t.backend.context.db.exec(`CREATE TEMP TRIGGER fail_last_insert BEFORE INSERT ON main.market_bars WHEN NEW.date = '2173-10-15'
      BEGIN SELECT RAISE(ABORT, 'injected failure'); END`);
    // The made-up levels are not SPX's (market trust checks): `replace` stores them anyway, which is what this test is about.
    const failed = await rejection(t.backend.send('market/import', { symbol: 'SPX', csv, replace: true }));
    expect(failed.code).toBe('conflict'); // RAISE(ABORT) is SQLITE_CONSTRAINT_TRIGGER
    expect(tablesChecksum(t.backend)).toBe(before);
    t.backend.context.db.exec('DROP TRIGGER temp.fail_last_insert');

    // 3. The good file: every row accounted for.
    start = performance.now();
    const summary = await t.backend.send('market/import', { symbol: 'SPX', csv, replace: true });
    const importMs = performance.now() - start;
    // From 1971 (where the NYSE calendar is exact) weekends and holidays are reported and skipped.
    const closed = Array.from({ length: DISTINCT_DAYS }, (_, d) => usDate(d)).map((us) => `${us.slice(6)}-${us.slice(0, 2)}-${us.slice(3, 5)}`).filter((iso) => iso >= CALENDAR_EXACT_FROM && !isTradingDay(iso)).length;
    expect(closed).toBeGreaterThan(20_000);
    expect(summary).toMatchObject({ symbol: 'SPX', rows: DISTINCT_DAYS, skipped: closed, added: DISTINCT_DAYS - closed - 2, updated: 2, unchanged: 0, duplicateRows: ROWS - DISTINCT_DAYS, firstDate: '1900-01-01', lastDate: '2173-10-15', replaced: true });
    expect(t.backend.context.db.prepare("SELECT count(*) FROM market_bars WHERE symbol = 'SPX'").pluck().get()).toBe(DISTINCT_DAYS - closed);

    const peakGrowthMiB = (process.resourceUsage().maxRSS * 1024 - rssBefore) / 2 ** 20;
    console.log(`[import-torture] ${ROWS.toLocaleString('en-US')} rows (${(csv.length / 2 ** 20).toFixed(0)} MiB): refused at row 999,999 in ${rejectMs.toFixed(0)} ms; imported in ${importMs.toFixed(0)} ms; peak RSS growth ≤ ${peakGrowthMiB.toFixed(0)} MiB`);
    // Memory stays proportional to the text (a few times its size), not to rows × objects.
    expect(peakGrowthMiB).toBeLessThan(1024);
  });
});

describe('rejected imports change nothing', () => {
  it.each([
    ['a truncated CSV (cut mid-row)', 'market', 'DATE,OPEN,HIGH,LOW,CLOSE\n01/02/2026,5900,5950,5880,5940\n01/05/2026,5940,59'],
    ['a CSV cut inside a quote', 'market', 'date,close,memo\n2026-01-02,10,"ok"\n2026-01-05,11,"cut'],
    ['conflicting duplicate dates', 'market', 'date,close\n2026-01-02,5900.25\n2026-01-02,5900.26\n'],
    ['a NaN close', 'market', 'date,close\n2026-02-02,NaN\n'],
    ['a truncated calendar', 'events', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20260211\r\nSUMMARY:CPI\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nDTSTART:2026'],
    ['an events CSV with 2026-02-30', 'events', '2026-02-11,CPI,ok\n2026-02-30,PPI,bad\n'],
  ])('%s', async (_, kind, text) => {
    await seedJournal();
    const before = tablesChecksum(t.backend);
    const error = await rejection(kind === 'market' ? t.backend.send('market/import', { symbol: 'SPX', csv: text }) : t.backend.send('event/import', { text, fileName: 'x.ics' }));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/line \d+/);
    expect(tablesChecksum(t.backend)).toBe(before);
  });

  it('reports a re-imported events file as unchanged, and within-file repeats once', async () => {
    const text = '2026-01-28,FOMC,x\n2026-01-28,FOMC,x\n2026-02-11,CPI,\n';
    expect(await t.backend.send('event/import', { text })).toEqual({ rows: 3, added: 2, unchanged: 1 });
    expect(await t.backend.send('event/import', { text })).toEqual({ rows: 3, added: 0, unchanged: 3 });
  });
});

describe('the CLI decodes files as the renderer does', () => {
  const csv = 'date,close\r\n2026-01-02,5900.25\r\n2026-01-05,5910.50\r\n';
  const utf16 = (text: string, bigEndian: boolean) => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    return bigEndian ? Buffer.from(le.map((_, i) => le[i ^ 1] ?? 0)) : le;
  };
  async function cli(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, {});
    return { code, out, err };
  }

  it.each([
    ['UTF-8', Buffer.from(csv)],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv)])],
    ['UTF-16LE with BOM', utf16(csv, false)],
    ['UTF-16BE with BOM', utf16(csv, true)],
  ])('imports market closes from %s', async (_, bytes) => {
    t.backend.close();
    rmSync(t.dbPath, { force: true });
    const file = join(t.dir, 'spx.csv');
    writeFileSync(file, bytes);
    const r = await cli('market', 'import', '--db', t.dbPath, '--symbol', 'SPX', '--json', file);
    expect(r).toMatchObject({ code: 0, err: [] });
    expect(JSON.parse(r.out.join(''))).toMatchObject({ rows: 2, added: 2 });
    t = tempBackend();
  });

  it('imports an .ics in UTF-16LE and refuses a Latin-1 events CSV with its line, changing nothing', async () => {
    const ics = utf16('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20260128\r\nSUMMARY:FOMC — décision\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n', false);
    writeFileSync(join(t.dir, 'cal.ics'), ics);
    const latin1 = Buffer.from('2026-02-11,CPI,ok\n2026-03-11,CPI,prévu\n', 'latin1');
    writeFileSync(join(t.dir, 'events.csv'), latin1);
    const db = join(t.dir, 'cli.sqlite');
    expect(await cli('events', 'import', '--db', db, join(t.dir, 'cal.ics'))).toMatchObject({ code: 0, out: ['1 events: 1 added, 0 already there'] });
    const refused = await cli('events', 'import', '--db', db, join(t.dir, 'events.csv'));
    expect(refused.code).not.toBe(0);
    expect(refused.err.join('\n')).toContain('events.csv is not UTF-8 text: byte 0xE9 on line 2');
    const check = createBackend({ dbPath: db });
    try {
      expect((await check.send('event/list', {})).map((e) => e.kind)).toEqual(['FOMC']);
    } finally {
      check.close();
    }
  });
});
