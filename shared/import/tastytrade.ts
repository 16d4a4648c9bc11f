/**
 * tastytrade transactions CSV → what the journal will create: parse (line-numbered, all or
 * nothing), group rows into orders, drop orders (and expiration rows) already imported or
 * repeated in the file, and plan the layers and tickets against the journal's open layers.
 * Pure: the backend previews this plan or applies it in one transaction.
 */
import type { ApiIssue } from '../api/errors';
import { parseTastytradeCsv, type SkippedRows, type TastyDelivery } from './tastytrade-csv';
import { deliveryDays } from './tastytrade-deliveries';
import { groupOrders, linesLabel } from './tastytrade-orders';
import { planOrders, type OpenLayer, type PlannedLayer, type PlannedTicket } from './tastytrade-plan';

export type { OpenLayer, PlannedLayer, PlannedTicket, LayerRef, PlannedLeg } from './tastytrade-plan';
export type { SkippedRows } from './tastytrade-csv';

export const TASTYTRADE_BROKER = 'tastytrade';

export interface DuplicateOrder {
  /** The order number, or an expiration row's key (`2024-09-20 SPXW240920P05250000 Expiration`). */
  orderNumber: string;
  lines: number[];
  reason: string;
  /** An expiration or settlement row rather than an order. */
  delivery?: true;
}

/** What an import creates (preview) or created (apply). */
export interface TastytradeImportSummary {
  applied: boolean;
  /** Orders found in the file, duplicates included. */
  orders: number;
  /** Expiration and cash-settlement rows of SPX/SPXW options found in the file, duplicates included. */
  deliveries: number;
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
  /** Order numbers (and expiration row keys) already imported into this portfolio. */
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
  const freshDeliveries = dropKnownDeliveries(parsed.deliveries, journal.importedOrders, duplicates);
  duplicates.sort((a, b) => (a.lines[0] ?? 0) - (b.lines[0] ?? 0));
  const plan = planOrders(fresh, journal.openLayers, deliveryDays(freshDeliveries));
  if (plan.errors.length > 0) return { ok: false, issues: plan.errors, totalErrors: plan.errors.length };
  const skipped = [...parsed.skipped];
  if (plan.unheld.length > 0) {
    const lines = [...new Set(plan.unheld.map((d) => d.line))].sort((a, b) => a - b);
    skipped.push({ reason: 'expiration or settlement of legs no open layer holds (never imported, or already closed in the journal)', count: lines.length, lines: lines.slice(0, 20) });
  }
  return {
    ok: true,
    summary: {
      applied: false, orders: orders.length + repeated.length, deliveries: parsed.deliveries.length, layers: plan.layers, tickets: plan.tickets, duplicates, skipped,
      warnings: plan.warnings, createdLayerIds: [],
    },
  };
}

/** Expiration rows already imported (by key) or repeated word for word in the file are duplicates. */
function dropKnownDeliveries(deliveries: readonly TastyDelivery[], imported: ReadonlySet<string>, duplicates: DuplicateOrder[]): TastyDelivery[] {
  const seen = new Map<string, number>();
  return deliveries.filter((d) => {
    const first = seen.get(d.raw);
    if (first !== undefined) {
      duplicates.push({ orderNumber: d.key, lines: [d.line], reason: `repeated in the file (same row as line ${first})`, delivery: true });
      return false;
    }
    seen.set(d.raw, d.line);
    if (!imported.has(d.key)) return true;
    duplicates.push({ orderNumber: d.key, lines: [d.line], reason: 'already imported', delivery: true });
    return false;
  });
}
