/**
 * A tampered JSON backup is refused with the table, row and field before
 * anything changes, and derived columns (layer summaries) are recomputed, never trusted.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run-cli';
import { seedReportJournal } from '../testing/report-journal';
import { tablesChecksum, tempBackend, type TempBackend } from '../testing/temp-backend';
import { exportJson, restoreJson, type JsonBackup } from './json-backup';

let source: TempBackend;
let target: TempBackend;
let backup: JsonBackup;
beforeEach(async () => {
  source = tempBackend();
  target = tempBackend();
  await seedReportJournal(source.backend);
  backup = JSON.parse(exportJson(source.backend.context.db)) as JsonBackup;
  await target.backend.send('portfolio/create', { name: 'Kept', riskCapitalCents: 100 });
});
afterEach(() => {
  source.cleanup();
  target.cleanup();
});

function tampered(table: string, row: number, field: string, value: unknown): string {
  const copy = structuredClone(backup);
  const rows = copy.tables[table];
  const target = rows?.[row];
  if (!target) throw new Error(`no row ${row} in ${table}`);
  target[field] = value;
  return JSON.stringify(copy);
}

describe('tampered JSON backups', () => {
  it.each([
    ['tickets', 0, 'quantity', 'two', /Backup table tickets, row 1, field quantity = "two"/],
    ['tickets', 1, 'date', '2026-02-30', /Backup table tickets, row 2, field date = "2026-02-30": must be a real date/],
    ['tickets', 0, 'fees_cents', 1e308, /Backup table tickets, row 1, field fees_cents = 1e\+308/],
    ['market_bars', 0, 'close_hundredths', 1e308, /Backup table market_bars, row 1, field close_hundredths/],
    ['layers', 0, 'tags_json', '"base"', /Backup table layers, row 1, field tags_json = "\\"base\\"": must be a JSON list of tags/],
    ['layers', 0, 'opened_on', 'yesterday', /Backup table layers, row 1, field opened_on/],
    ['legs', 0, 'right', 'straddle', /Backup table legs, row 1, field right/],
  ])('%s row %i %s = %j is refused with table, row and field; nothing changes', (table, row, field, value, message) => {
    const before = tablesChecksum(target.backend);
    expect(() => restoreJson(target.backend.context.db, tampered(table, row, field, value))).toThrow(message);
    expect(tablesChecksum(target.backend)).toBe(before);
  });

  it('stored summaries that disagree with the tickets are recomputed, not trusted', () => {
    const copy = structuredClone(backup);
    const layer = copy.tables.layers?.[0];
    if (!layer) throw new Error('no layer');
    const truth = { ...layer };
    Object.assign(layer, { realized_pnl_cents: 99_999_999, net_cash_cents: -1, open_quantity: 42, status: 'open', closed_on: null });
    restoreJson(target.backend.context.db, JSON.stringify(copy));
    const restored = target.backend.context.db.prepare('SELECT * FROM layers WHERE id = ?').get(truth.id) as Record<string, unknown>;
    for (const column of ['realized_pnl_cents', 'net_cash_cents', 'open_quantity', 'status', 'closed_on']) expect(restored[column], column).toEqual(truth[column]);
  });

  it('alvh restore --force validates before it copies anything', async () => {
    const bad = join(target.dir, 'bad.json');
    writeFileSync(bad, tampered('tickets', 0, 'quantity', 'two'));
    target.backend.close();
    const err: string[] = [];
    const code = await runCli(['restore', '--db', target.dbPath, bad, '--force'], { out: () => undefined, err: (l) => err.push(l) }, {});
    expect(code).not.toBe(0);
    expect(err.join('\n')).toMatch(/field quantity/);
    expect(readdirSync(target.dir).filter((f) => f.includes('before-restore'))).toEqual([]);
  });
});
