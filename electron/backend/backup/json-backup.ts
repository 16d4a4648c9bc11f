/**
 * The lossless JSON backup: every table's rows exactly as stored, in a documented, versioned
 * envelope (docs/backup.md). No timestamp inside, so export → restore → export is byte-identical;
 * the file name can carry the date.
 */
import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { forgetLayerStamps } from '../db/layer-stamps';
import { forgetMarketStamps } from '../db/market-stamps';
import { readUserVersion } from '../db/migrate';
import { findLayer } from '../repos/layers';
import { rewriteLayerSummary } from '../services/layer-service';
import { checkBackupRows } from './backup-rows';

export const BACKUP_FORMAT = 'alvh-journal-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** Tables in dependency order (parents first), each with the columns that order its rows. */
export const BACKUP_TABLES: readonly { name: string; orderBy: string }[] = [
  { name: 'portfolios', orderBy: 'id' },
  { name: 'settings', orderBy: 'portfolio_id, key' },
  { name: 'layers', orderBy: 'id' },
  { name: 'hedge_links', orderBy: 'hedge_layer_id, layer_id' },
  { name: 'legs', orderBy: 'id' },
  { name: 'tickets', orderBy: 'id' },
  { name: 'ticket_legs', orderBy: 'ticket_id, leg_id' },
  { name: 'marks', orderBy: 'layer_id, date' },
  { name: 'market_bars', orderBy: 'symbol, date' },
  { name: 'economic_events', orderBy: 'id' },
  { name: 'notes', orderBy: 'id' },
  { name: 'decisions', orderBy: 'id' },
  { name: 'layer_snapshots', orderBy: 'layer_id' },
  { name: 'broker_orders', orderBy: 'ticket_id, order_number' },
  { name: 'market_revisions', orderBy: 'id' },
];

/**
 * The oldest schema whose backups restore into this app: later versions only added tables
 * (schema 4: broker_orders; schema 5: market_revisions) and nullable columns (schema 5:
 * market_bars.open_hundredths; schema 7: ticket_legs.price_hundredths), so an older backup
 * restores with those tables empty and those values NULL.
 */
export const OLDEST_RESTORABLE_SCHEMA = 3;

export interface JsonBackup {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  schemaVersion: number;
  tables: Record<string, Record<string, unknown>[]>;
}

export function exportJson(db: Database.Database): string {
  const backup: JsonBackup = { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, schemaVersion: readUserVersion(db), tables: {} };
  db.transaction(() => {
    for (const { name, orderBy } of BACKUP_TABLES) backup.tables[name] = db.prepare(`SELECT * FROM "${name}" ORDER BY ${orderBy}`).all() as Record<string, unknown>[];
  }).deferred();
  return `${JSON.stringify(backup, null, 1)}\n`;
}

/** True when no user data is stored (an empty journal a backup may be restored into without asking). */
export function isEmptyJournal(db: Database.Database): boolean {
  return BACKUP_TABLES.every(({ name }) => db.prepare(`SELECT count(*) FROM "${name}"`).pluck().get() === 0);
}

/**
 * Restores a JSON backup into `db`, replacing its rows, in one transaction: on any error
 * nothing changes. The backup's schema must be the app's (older backups are refused with a
 * message rather than guessed at).
 */
export function restoreJson(db: Database.Database, text: string): { rows: number } {
  // checkBackup validates every row (backup-rows.ts) before the first DELETE.
  const backup = checkBackup(db, text);
  let rows = 0;
  // Ids are reused by the restored rows: caches keyed by layer id and ledger stamp start over.
  forgetLayerStamps(db);
  forgetMarketStamps(db);
  db.transaction(() => {
    for (const { name } of [...BACKUP_TABLES].reverse()) db.prepare(`DELETE FROM "${name}"`).run();
    for (const { name } of BACKUP_TABLES) {
      const tableRows = backup.tables[name] ?? [];
      const columns = new Set((db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(name) as string[]));
      // One INSERT per table and column list (every row of an export has the same keys): preparing
      // a statement per row was most of a large restore's time.
      const inserts = new Map<string, { keys: string[]; insert: Database.Statement }>();
      for (const [i, row] of tableRows.entries()) {
        const rowKeys = Object.keys(row);
        const signature = rowKeys.join('\u0000');
        let prepared = inserts.get(signature);
        if (!prepared) {
          const unknown = rowKeys.find((k) => !columns.has(k));
          if (unknown) throw new ApiError('invalid_input', `Backup table ${name}, row ${i + 1}: unknown column "${unknown}"`);
          prepared = { keys: rowKeys, insert: db.prepare(`INSERT INTO "${name}" (${rowKeys.map((k) => `"${k}"`).join(', ')}) VALUES (${rowKeys.map(() => '?').join(', ')})`) };
          inserts.set(signature, prepared);
        }
        const { keys, insert } = prepared;
        try {
          insert.run(keys.map((k) => row[k] as never));
        } catch (error) {
          throw new ApiError('invalid_input', `Backup table ${name}, row ${i + 1} was refused: ${error instanceof Error ? error.message : String(error)}`);
        }
        rows += 1;
      }
    }
    const broken = db.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) throw new ApiError('invalid_input', `The backup's rows do not reference each other consistently (${broken.length} broken link(s)); nothing was restored`);
    recomputeLayerSummaries(db);
  }).immediate();
  return { rows };
}

/**
 * A layer's summary columns and status are a cache of its tickets: recomputed from them
 * rather than trusted, so a backup whose stored summaries disagree cannot plant wrong figures.
 */
function recomputeLayerSummaries(db: Database.Database): void {
  for (const layerId of db.prepare('SELECT id FROM layers ORDER BY id').pluck().all() as number[]) {
    const layer = findLayer(db, layerId, '9999-12-31');
    if (!layer) continue;
    try {
      rewriteLayerSummary(db, layer);
    } catch (error) {
      throw new ApiError('invalid_input', `Backup table layers, row with id ${layerId}: its tickets do not add up (${error instanceof Error ? error.message : String(error)}); nothing was restored`);
    }
  }
}

/** Parses a backup and checks it fits this journal's schema and every row its table's rules, without writing anything. */
export function checkBackup(db: Database.Database, text: string): JsonBackup {
  const backup = parseBackup(text);
  for (const [name, rows] of Object.entries(backup.tables)) checkBackupRows(name, rows);
  const schemaVersion = readUserVersion(db);
  if (backup.schemaVersion > schemaVersion || backup.schemaVersion < Math.min(OLDEST_RESTORABLE_SCHEMA, schemaVersion)) {
    throw new ApiError('invalid_input', `This backup was written with journal schema ${backup.schemaVersion}; this app uses schema ${schemaVersion}. Restore it with the matching app version.`);
  }
  return backup;
}

function parseBackup(text: string): JsonBackup {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ApiError('invalid_input', `The backup is not valid JSON (${error instanceof Error ? error.message : String(error)}); nothing was restored`);
  }
  const v = value as Partial<JsonBackup> | null;
  if (!v || v.format !== BACKUP_FORMAT) throw new ApiError('invalid_input', 'This file is not an ALVH Journal backup (missing "format": "alvh-journal-backup")');
  if (v.formatVersion !== BACKUP_FORMAT_VERSION) throw new ApiError('invalid_input', `Backup format version ${String(v.formatVersion)} is not supported (this app reads version ${BACKUP_FORMAT_VERSION})`);
  if (typeof v.schemaVersion !== 'number' || typeof v.tables !== 'object' || v.tables === null) throw new ApiError('invalid_input', 'The backup has no schemaVersion or tables');
  for (const [name, rows] of Object.entries(v.tables)) {
    if (!BACKUP_TABLES.some((t) => t.name === name)) throw new ApiError('invalid_input', `The backup has an unknown table "${name}"`);
    if (!Array.isArray(rows)) throw new ApiError('invalid_input', `Backup table ${name} is not a list of rows`);
  }
  return v as JsonBackup;
}
