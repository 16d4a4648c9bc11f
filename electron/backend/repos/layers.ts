import type Database from 'better-sqlite3';
import { daysToExpiration, summarizeLedger } from '../../../shared/domain/layer-ledger';
import type { LayerDetail, LayerRole, LayerStatus, Leg, Ticket, TicketAction } from '../../../shared/domain/types';

interface LayerRow {
  id: number;
  portfolio_id: number;
  role: LayerRole;
  status: LayerStatus;
  opened_on: string;
  closed_on: string | null;
  rolled_from_id: number | null;
  notes: string;
  tags_json: string;
}

interface LegRow {
  id: number;
  layer_id: number;
  instrument: Leg['instrument'];
  underlying: Leg['underlying'];
  symbol: string | null;
  right: Leg['right'];
  side: Leg['side'];
  strike_hundredths: number | null;
  expiration: string | null;
  ratio: number;
  multiplier: number;
}

interface TicketRow {
  id: number;
  layer_id: number;
  date: string;
  action: TicketAction;
  quantity: number;
  net_price_hundredths: number;
  multiplier: number;
  fees_cents: number;
  note: string;
}

export type NewLeg = Omit<Leg, 'id' | 'layerId'>;

export interface NewTicket {
  layerId: number;
  date: string;
  action: TicketAction;
  quantity: number;
  netPriceHundredths: number;
  multiplier: number;
  feesCents: number;
  note: string;
  legs: { legId: number; quantity: number }[];
  createdAt: string;
}

export function insertLayer(db: Database.Database, l: { portfolioId: number; role: LayerRole; openedOn: string; rolledFromId: number | null; notes: string; tags: string[]; createdAt: string }): number {
  const info = db
    .prepare("INSERT INTO layers (portfolio_id, role, status, opened_on, rolled_from_id, notes, tags_json, created_at) VALUES (?, ?, 'open', ?, ?, ?, ?, ?)")
    .run(l.portfolioId, l.role, l.openedOn, l.rolledFromId, l.notes, JSON.stringify(l.tags), l.createdAt);
  return Number(info.lastInsertRowid);
}

export function insertLegs(db: Database.Database, layerId: number, legs: readonly NewLeg[]): number[] {
  const insert = db.prepare('INSERT INTO legs (layer_id, instrument, underlying, symbol, right, side, strike_hundredths, expiration, ratio, multiplier) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  return legs.map((leg) => Number(insert.run(layerId, leg.instrument, leg.underlying, leg.symbol, leg.right, leg.side, leg.strikeHundredths, leg.expiration, leg.ratio, leg.multiplier).lastInsertRowid));
}

export function insertTicket(db: Database.Database, t: NewTicket): number {
  const info = db
    .prepare('INSERT INTO tickets (layer_id, date, action, quantity, net_price_hundredths, multiplier, fees_cents, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(t.layerId, t.date, t.action, t.quantity, t.netPriceHundredths, t.multiplier, t.feesCents, t.note, t.createdAt);
  const ticketId = Number(info.lastInsertRowid);
  const insertLeg = db.prepare('INSERT INTO ticket_legs (ticket_id, leg_id, quantity) VALUES (?, ?, ?)');
  for (const leg of t.legs) insertLeg.run(ticketId, leg.legId, leg.quantity);
  return ticketId;
}

export function updateTicket(db: Database.Database, id: number, t: { date?: string | undefined; netPriceHundredths?: number | undefined; feesCents?: number | undefined; note?: string | undefined }): void {
  if (t.date !== undefined) db.prepare('UPDATE tickets SET date = ? WHERE id = ?').run(t.date, id);
  if (t.netPriceHundredths !== undefined) db.prepare('UPDATE tickets SET net_price_hundredths = ? WHERE id = ?').run(t.netPriceHundredths, id);
  if (t.feesCents !== undefined) db.prepare('UPDATE tickets SET fees_cents = ? WHERE id = ?').run(t.feesCents, id);
  if (t.note !== undefined) db.prepare('UPDATE tickets SET note = ? WHERE id = ?').run(t.note, id);
}

export function deleteTicket(db: Database.Database, id: number): void {
  db.prepare('DELETE FROM tickets WHERE id = ?').run(id);
}

export function findTicketLayerId(db: Database.Database, ticketId: number): number | null {
  const row = db.prepare('SELECT layer_id FROM tickets WHERE id = ?').get(ticketId) as { layer_id: number } | undefined;
  return row ? row.layer_id : null;
}

export function updateLayerFields(db: Database.Database, id: number, f: { role?: LayerRole | undefined; notes?: string | undefined; tags?: string[] | undefined }): void {
  if (f.role !== undefined) db.prepare('UPDATE layers SET role = ? WHERE id = ?').run(f.role, id);
  if (f.notes !== undefined) db.prepare('UPDATE layers SET notes = ? WHERE id = ?').run(f.notes, id);
  if (f.tags !== undefined) db.prepare('UPDATE layers SET tags_json = ? WHERE id = ?').run(JSON.stringify(f.tags), id);
}

export function setLayerStatus(db: Database.Database, id: number, status: LayerStatus, closedOn: string | null): void {
  db.prepare('UPDATE layers SET status = ?, closed_on = ? WHERE id = ?').run(status, closedOn, id);
}

export function setHedgeLinks(db: Database.Database, hedgeLayerId: number, layerIds: readonly number[]): void {
  db.prepare('DELETE FROM hedge_links WHERE hedge_layer_id = ?').run(hedgeLayerId);
  const insert = db.prepare('INSERT INTO hedge_links (hedge_layer_id, layer_id) VALUES (?, ?)');
  for (const layerId of layerIds) insert.run(hedgeLayerId, layerId);
}

export function deleteLayer(db: Database.Database, id: number): void {
  db.prepare('DELETE FROM layers WHERE id = ?').run(id);
}

export function layerPortfolioId(db: Database.Database, layerId: number): number | null {
  const row = db.prepare('SELECT portfolio_id FROM layers WHERE id = ?').get(layerId) as { portfolio_id: number } | undefined;
  return row ? row.portfolio_id : null;
}

/** Loads one layer with legs and tickets, or null. */
export function findLayer(db: Database.Database, id: number, asOf: string): LayerDetail | null {
  const row = db.prepare('SELECT * FROM layers WHERE id = ?').get(id) as LayerRow | undefined;
  if (!row) return null;
  return loadLayers(db, [row], 'layer_id = ?', [id], asOf)[0] ?? null;
}

/** Loads all layers of a portfolio with three queries, newest first. */
export function listLayers(db: Database.Database, portfolioId: number, asOf: string): LayerDetail[] {
  const rows = db.prepare('SELECT * FROM layers WHERE portfolio_id = ? ORDER BY opened_on DESC, id DESC').all(portfolioId) as LayerRow[];
  return loadLayers(db, rows, 'layer_id IN (SELECT id FROM layers WHERE portfolio_id = ?)', [portfolioId], asOf);
}

function loadLayers(db: Database.Database, rows: LayerRow[], where: string, params: unknown[], asOf: string): LayerDetail[] {
  const legsByLayer = groupBy((db.prepare(`SELECT * FROM legs WHERE ${where} ORDER BY id`).all(...params) as LegRow[]).map(toLeg), (leg) => leg.layerId);
  const ticketRows = db.prepare(`SELECT * FROM tickets WHERE ${where} ORDER BY date, id`).all(...params) as TicketRow[];
  const ticketLegRows = db
    .prepare(`SELECT tl.ticket_id, tl.leg_id, tl.quantity FROM ticket_legs tl JOIN tickets t ON t.id = tl.ticket_id WHERE t.${where} ORDER BY tl.leg_id`)
    .all(...params) as { ticket_id: number; leg_id: number; quantity: number }[];
  const legsByTicket = groupBy(ticketLegRows, (r) => r.ticket_id);
  const ticketsByLayer = groupBy(ticketRows.map((r) => toTicket(r, legsByTicket.get(r.id) ?? [])), (t) => t.layerId);
  const rolledTo = new Map<number, number>();
  for (const r of db.prepare('SELECT id, rolled_from_id FROM layers WHERE rolled_from_id IS NOT NULL').all() as { id: number; rolled_from_id: number }[]) rolledTo.set(r.rolled_from_id, r.id);
  return rows.map((row) => toDetail(row, legsByLayer.get(row.id) ?? [], ticketsByLayer.get(row.id) ?? [], rolledTo.get(row.id) ?? null, asOf));
}

function toDetail(row: LayerRow, legs: Leg[], tickets: Ticket[], rolledToId: number | null, asOf: string): LayerDetail {
  const ledger = summarizeLedger(legs, tickets);
  return {
    id: row.id,
    portfolioId: row.portfolio_id,
    role: row.role,
    status: row.status,
    openedOn: row.opened_on,
    closedOn: row.closed_on,
    expiration: ledger.expiration,
    dte: row.status === 'open' ? daysToExpiration(ledger.expiration, asOf) : null,
    strikes: ledger.strikes,
    openedQuantity: ledger.openedQuantity,
    openQuantity: ledger.openQuantity,
    openPriceHundredths: ledger.openPriceHundredths,
    netCashCents: ledger.netCashCents,
    realizedPnlCents: ledger.realizedPnlCents,
    feesCents: ledger.feesCents,
    rolledFromId: row.rolled_from_id,
    rolledToId,
    notes: row.notes,
    tags: JSON.parse(row.tags_json) as string[],
    legs,
    tickets,
    openContracts: ledger.openContracts,
  };
}

function toLeg(r: LegRow): Leg {
  return { id: r.id, layerId: r.layer_id, instrument: r.instrument, underlying: r.underlying, symbol: r.symbol, right: r.right, side: r.side, strikeHundredths: r.strike_hundredths, expiration: r.expiration, ratio: r.ratio, multiplier: r.multiplier };
}

function toTicket(r: TicketRow, legs: { leg_id: number; quantity: number }[]): Ticket {
  return {
    id: r.id,
    layerId: r.layer_id,
    date: r.date,
    action: r.action,
    quantity: r.quantity,
    netPriceHundredths: r.net_price_hundredths,
    multiplier: r.multiplier,
    feesCents: r.fees_cents,
    cashCents: r.net_price_hundredths * r.multiplier * r.quantity - r.fees_cents,
    note: r.note,
    legs: legs.map((l) => ({ legId: l.leg_id, quantity: l.quantity })),
  };
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
