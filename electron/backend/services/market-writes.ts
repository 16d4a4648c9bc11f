/**
 * Every change to market closes: an import (previewed, checked, then applied), a hand edit or
 * delete, an undo. Each write is one revision (repos/market-revisions.ts) in the caller's
 * transaction, and every market cache follows it (bumpMarketStamp in repos/market.ts,
 * marketChanged here).
 */
import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { ImportSummary, MarketSymbol, MarketUndoResult } from '../../../shared/domain/types';
import { parseMarketColumns, type MarketCsvRefusal } from '../../../shared/import/market-csv';
import { changeColumnsOf, type BarChange } from '../../../shared/market/close-columns';
import { planImport, type ImportPlan } from '../../../shared/market/import-plan';
import * as market from '../repos/market';
import * as revisions from '../repos/market-revisions';
import { marketChanged } from './market-cache';
import { hundredthsToPoints } from '../../../shared/money';

export interface ImportRequest {
  symbol: MarketSymbol;
  csv: string;
  fileName?: string;
  dryRun: boolean;
  replace: boolean;
  tolerancePct: number;
  now: Date;
}

export function importCloses(db: Database.Database, request: ImportRequest): ImportSummary {
  const { symbol, dryRun, replace, tolerancePct } = request;
  const source = request.fileName ?? 'the file';
  const parsed = parseMarketColumns(request.csv);
  if (!parsed.ok) throw badRowsError(source, parsed);
  const stored = market.storedBars(db, symbol);
  const other = market.storedBars(db, symbol === 'SPX' ? 'VIX' : 'SPX');
  const plan = planImport({ symbol, closes: parsed.columns, stored, other, tolerancePct });
  if (plan.refusals.length > 0 && !dryRun && !replace) throw refusedError(source, symbol, plan.refusals);
  const revisionId = dryRun ? null : applyImport(db, request, plan);
  return {
    symbol, rows: parsed.columns.dateKeys.length, added: plan.added, updated: plan.updated, unchanged: plan.unchanged, duplicateRows: parsed.duplicateRows,
    skipped: plan.skipped, skippedDays: plan.skippedDays, firstDate: plan.firstDate, lastDate: plan.lastDate, biggestChanges: plan.biggestChanges,
    refusals: plan.refusals, dryRun, replaced: replace && plan.refusals.length > 0, revisionId, tolerancePct,
  };
}

/** Refusal of a file with bad rows: how many, and the first. */
function badRowsError(source: string, parsed: MarketCsvRefusal): ApiError {
  const more = parsed.totalErrors > parsed.issues.length ? ` (and ${parsed.totalErrors - parsed.issues.length} more)` : '';
  const first = parsed.issues[0];
  return new ApiError('invalid_input', `${source} was not imported: ${parsed.totalErrors} bad row(s)${more}; first at ${first?.path}: ${first?.message}`, parsed.issues);
}

/** Refusal of a file the plausibility rules reject (without replace): every rule, every row. */
function refusedError(source: string, symbol: MarketSymbol, refusals: ImportPlan['refusals']): ApiError {
  const reasons = refusals.map((r) => r.message).join('. ');
  const issues = refusals.flatMap((r) => r.rows.map((row) => {
    const compared = row.comparedHundredths === null ? '' : `, compared with ${hundredthsToPoints(row.comparedHundredths)}`;
    return { path: row.date, message: `${r.rule}: file ${hundredthsToPoints(row.fileHundredths)}${compared}` };
  }));
  return new ApiError('conflict', `${source} was not imported as ${symbol} closes — ${reasons}. Nothing was written; import with replace (--replace) to store it anyway.`, issues);
}

/** Writes the planned changes as one import revision; its id, or null when nothing changed. */
function applyImport(db: Database.Database, request: ImportRequest, plan: ImportPlan): number | null {
  if (plan.changes.length === 0) return null;
  const { symbol, replace } = request;
  market.applyBarChanges(db, symbol, plan.changes);
  const reason = replace && plan.refusals.length > 0 ? 'imported with replace over the refusals' : '';
  const meta = { symbol, kind: 'import' as const, createdAt: request.now.toISOString(), source: (request.fileName ?? '').slice(0, 300), reason };
  // Into a symbol with no bar yet, every change is an added date: SQLite writes the revision's JSON from the rows.
  const revisionId = plan.firstOfSymbol ? revisions.recordFirstImport(db, meta, plan.changes) : revisions.recordRevision(db, meta, plan.changes);
  marketChanged(db);
  return revisionId;
}

/** A hand edit (`after` set) or delete (`after` null) of one date, as one revision; false when nothing changed. */
export function editClose(db: Database.Database, symbol: MarketSymbol, change: BarChange, reason: string, now: Date): boolean {
  const same = change.before?.closeHundredths === change.after?.closeHundredths && change.before?.openHundredths === change.after?.openHundredths;
  if (same) return false;
  const changes = changeColumnsOf([change]);
  market.applyBarChanges(db, symbol, changes);
  revisions.recordRevision(db, { symbol, kind: change.after === null ? 'delete' : 'edit', createdAt: now.toISOString(), source: '', reason }, changes);
  marketChanged(db);
  return true;
}

/**
 * Undoes the newest revision that still stands (of `symbol` when given): writes back every bar it
 * replaced and deletes every date it added. Refused when a stored bar no longer is what the
 * revision wrote (changed outside the history, e.g. by an older app), so undo never guesses.
 */
export function undoLast(db: Database.Database, symbol: MarketSymbol | undefined, now: Date): MarketUndoResult {
  const revision = revisions.lastStanding(db, symbol);
  if (!revision) throw new ApiError('not_found', `There is no ${symbol ?? 'market'} import or edit to undo`);
  const changes = revisions.reversedChanges(db, revision.id);
  const moved = changes.filter((c) => {
    const stored = market.barOn(db, revision.symbol, c.date);
    return stored?.closeHundredths !== c.before?.closeHundredths || stored?.openHundredths !== c.before?.openHundredths;
  });
  if (moved.length > 0) {
    throw new ApiError('conflict', `Cannot undo revision ${revision.id}: ${moved.length} ${revision.symbol} close(s) changed since, outside the revision history (first ${moved[0]?.date}); nothing was changed`);
  }
  market.applyBarChanges(db, revision.symbol, changeColumnsOf(changes));
  const undoneAt = now.toISOString();
  revisions.markUndone(db, revision.id, undoneAt);
  marketChanged(db);
  return { revision: { ...revision, undoneAt }, restored: changes.length };
}
