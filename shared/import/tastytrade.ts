/**
 * tastytrade transactions CSV → what the journal will create: parse (line-numbered, all or
 * nothing), group rows into orders, drop orders already imported or repeated in the file,
 * and plan the layers and tickets against the journal's open layers. Pure: the backend
 * previews this plan or applies it in one transaction.
 */
import type { ApiIssue } from '../api/errors';
import { parseTastytradeCsv, type SkippedRows } from './tastytrade-csv';
import { groupOrders, linesLabel } from './tastytrade-orders';
import { planOrders, type OpenLayer, type PlannedLayer, type PlannedTicket } from './tastytrade-plan';

export type { OpenLayer, PlannedLayer, PlannedTicket, LayerRef, PlannedLeg } from './tastytrade-plan';
export type { SkippedRows } from './tastytrade-csv';

export const TASTYTRADE_BROKER = 'tastytrade';

export interface DuplicateOrder {
  orderNumber: string;
  lines: number[];
  reason: string;
}

/** What an import creates (preview) or created (apply). */
export interface TastytradeImportSummary {
  applied: boolean;
  /** Orders found in the file, duplicates included. */
  orders: number;
  layers: PlannedLayer[];
  tickets: PlannedTicket[];
  duplicates: DuplicateOrder[];
  skipped: SkippedRows[];
  /** Things imported with a remark (a net price rounded to the cent). */
  warnings: ApiIssue[];
  /** Ids of the layers created, in the order of `layers` (empty in a preview). */
  createdLayerIds: number[];
}

export type TastytradePlan = { ok: true; summary: TastytradeImportSummary } | { ok: false; issues: ApiIssue[]; totalErrors: number };

export interface JournalState {
  openLayers: readonly OpenLayer[];
  /** Order numbers already imported into this portfolio. */
  importedOrders: ReadonlySet<string>;
}

export function planTastytradeImport(csv: string, journal: JournalState): TastytradePlan {
  const parsed = parseTastytradeCsv(csv);
  if (!parsed.ok) return parsed;
  const { orders, repeated } = groupOrders(parsed.fills);
  const duplicates: DuplicateOrder[] = repeated.map((r) => ({ orderNumber: r.orderNumber, lines: r.lines, reason: `repeated in the file (same rows as ${linesLabel(r.firstLines)})` }));
  const fresh = orders.filter((order) => {
    if (!journal.importedOrders.has(order.orderNumber)) return true;
    duplicates.push({ orderNumber: order.orderNumber, lines: order.lines, reason: 'already imported' });
    return false;
  });
  duplicates.sort((a, b) => (a.lines[0] ?? 0) - (b.lines[0] ?? 0));
  const plan = planOrders(fresh, journal.openLayers);
  if (plan.errors.length > 0) return { ok: false, issues: plan.errors, totalErrors: plan.errors.length };
  return {
    ok: true,
    summary: { applied: false, orders: orders.length + repeated.length, layers: plan.layers, tickets: plan.tickets, duplicates, skipped: parsed.skipped, warnings: plan.warnings, createdLayerIds: [] },
  };
}
