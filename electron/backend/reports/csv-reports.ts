/**
 * The three CSV exports. Money is dollars with 2 decimals, prices and strikes points with
 * 2 decimals, dates YYYY-MM-DD (docs/reports.md lists every column).
 *
 * Tickets are written one row per leg fill, but a ticket's cash belongs to the ticket, not
 * to a leg (one net price for the whole combo). So the ticket-level money columns are filled
 * on the ticket's first row only (`ticketRow` = 1) and left empty on its other rows: summing
 * a money column over the whole sheet counts each ticket exactly once.
 */
import { dollarsToCents } from '../../../shared/money';
import type { Leg, Ticket } from '../../../shared/domain/types';
import { toCsv, type CsvCell } from './csv-format';
import { csvDollars, reportPoints } from './report-format';
import type { ReportData } from './report-data';

export const TICKET_COLUMNS = [
  'date', 'layerId', 'ticketId', 'action', 'ticketRow', 'legId', 'instrument', 'underlying', 'symbol', 'right', 'side', 'strike', 'expiration',
  'contracts', 'netPrice', 'ticketQuantity', 'multiplier', 'ticketPremium', 'ticketFees', 'ticketCash', 'note',
] as const;

export const LAYER_COLUMNS = [
  'layerId', 'role', 'status', 'openedOn', 'closedOn', 'expiration', 'putLong', 'putShort', 'callShort', 'callLong',
  'openedQuantity', 'openQuantity', 'credit', 'netCash', 'realizedPnl', 'fees', 'rolledFromId', 'rolledToId', 'tags',
] as const;

export const MONTH_COLUMNS = ['month', 'realizedPnl', 'fees', 'trades'] as const;

export interface ReportCsvs {
  'tickets.csv': string;
  'layers.csv': string;
  'monthly-pnl.csv': string;
}

export function reportCsvs(data: ReportData): ReportCsvs {
  return { 'tickets.csv': ticketsCsv(data), 'layers.csv': layersCsv(data), 'monthly-pnl.csv': monthlyCsv(data) };
}

export function ticketsCsv(data: ReportData): string {
  const legs = new Map<number, Leg>(data.layers.flatMap((l) => l.legs.map((leg) => [leg.id, leg] as const)));
  const rows = data.tickets.flatMap((t) => {
    // A ticket without leg fills still gets its one row, so its cash is not lost.
    const fills = t.legs.length > 0 ? t.legs : [null];
    return fills.map((fill, i) => ticketRow(t, fill === null ? null : { ...fill, leg: legs.get(fill.legId) ?? null }, i === 0));
  });
  return toCsv(TICKET_COLUMNS, rows);
}

function ticketRow(t: Ticket, fill: { legId: number; quantity: number; leg: Leg | null } | null, first: boolean): CsvCell[] {
  const leg = fill?.leg ?? null;
  const money = (cents: number) => (first ? csvDollars(cents) : null);
  return [
    t.date, t.layerId, t.id, t.action, first ? 1 : 0,
    fill?.legId ?? null, leg?.instrument ?? null, leg?.underlying ?? null, leg?.symbol ?? null, leg?.right ?? null, leg?.side ?? null,
    leg ? reportPoints(leg.strikeHundredths) : null, leg?.expiration ?? null, fill?.quantity ?? null,
    reportPoints(t.netPriceHundredths), t.quantity, t.multiplier,
    money(t.cashCents + t.feesCents), money(t.feesCents), money(t.cashCents), first ? t.note : null,
  ];
}

export function layersCsv(data: ReportData): string {
  const rows = data.layers.map((l): CsvCell[] => [
    l.id, l.role, l.status, l.openedOn, l.closedOn, l.expiration,
    reportPoints(l.strikes?.putLong ?? null), reportPoints(l.strikes?.putShort ?? null), reportPoints(l.strikes?.callShort ?? null), reportPoints(l.strikes?.callLong ?? null),
    l.openedQuantity, l.openQuantity, reportPoints(l.openPriceHundredths), csvDollars(l.netCashCents), csvDollars(l.realizedPnlCents), csvDollars(l.feesCents),
    l.rolledFromId, l.rolledToId, l.tags.join(';'),
  ]);
  return toCsv(LAYER_COLUMNS, rows);
}

/** Months of the range: realised P&L from performance/get's calendar, fees of tickets dated that month, layers closed that month. */
export function monthlyCsv(data: ReportData): string {
  const months = new Map<string, { realizedCents: number; feesCents: number; trades: number }>();
  const month = (key: string) => {
    const found = months.get(key);
    if (found) return found;
    const fresh = { realizedCents: 0, feesCents: 0, trades: 0 };
    months.set(key, fresh);
    return fresh;
  };
  for (const m of data.performance.calendar.months) month(m.month).realizedCents += dollarsToCents(m.realizedDollars);
  for (const t of data.tickets) month(t.date.slice(0, 7)).feesCents += t.feesCents;
  const { from, to } = data.range;
  for (const l of data.layers) {
    if (l.status !== 'open' && l.closedOn !== null && (from === null || l.closedOn >= from) && (to === null || l.closedOn <= to)) month(l.closedOn.slice(0, 7)).trades += 1;
  }
  const rows = [...months.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, m]): CsvCell[] => [key, csvDollars(m.realizedCents), csvDollars(m.feesCents), m.trades]);
  return toCsv(MONTH_COLUMNS, rows);
}
