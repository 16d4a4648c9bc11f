import type Database from 'better-sqlite3';
import { bookAsOf } from '../../../shared/domain/layer-as-of';
import { daysToExpiration, summarizeLedger, type LedgerView } from '../../../shared/domain/layer-ledger';
import type { ClosedHistory } from '../../../shared/dashboard';
import type { CondorStrikes, LayerDetail, LayerOption, LayerRole, LayerStatus, LayerSummary, LayerTotals, Leg, Ticket, TicketAction } from '../../../shared/domain/types';
import { bumpLayerStamp, bumpLayerStructure } from '../db/layer-stamps';
import { sql } from '../db/statements';

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
  opened_quantity: number;
  open_quantity: number;
  open_price_hundredths: number;
  net_cash_cents: number;
  realized_pnl_cents: number;
  fees_cents: number;
  expiration: string | null;
  strikes_json: string | null;
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
  /** Signed contracts per leg; `priceHundredths` is the leg's own fill when the source gave one (migration 0007). */
  legs: { legId: number; quantity: number; priceHundredths?: number | null | undefined }[];
  createdAt: string;
}

export function insertLayer(db: Database.Database, l: { portfolioId: number; role: LayerRole; openedOn: string; rolledFromId: number | null; notes: string; tags: string[]; createdAt: string }): number {
  const info = sql(db, "INSERT INTO layers (portfolio_id, role, status, opened_on, rolled_from_id, notes, tags_json, created_at) VALUES (?, ?, 'open', ?, ?, ?, ?, ?)")
    .run(l.portfolioId, l.role, l.openedOn, l.rolledFromId, l.notes, JSON.stringify(l.tags), l.createdAt);
  const id = Number(info.lastInsertRowid);
  bumpLayerStamp(db, id);
  bumpLayerStructure(db);
  return id;
}

export function insertLegs(db: Database.Database, layerId: number, legs: readonly NewLeg[]): number[] {
  const insert = sql(db, 'INSERT INTO legs (layer_id, instrument, underlying, symbol, right, side, strike_hundredths, expiration, ratio, multiplier) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  return legs.map((leg) => Number(insert.run(layerId, leg.instrument, leg.underlying, leg.symbol, leg.right, leg.side, leg.strikeHundredths, leg.expiration, leg.ratio, leg.multiplier).lastInsertRowid));
}

export function insertTicket(db: Database.Database, t: NewTicket): number {
  const info = sql(db, 'INSERT INTO tickets (layer_id, date, action, quantity, net_price_hundredths, multiplier, fees_cents, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(t.layerId, t.date, t.action, t.quantity, t.netPriceHundredths, t.multiplier, t.feesCents, t.note, t.createdAt);
  const ticketId = Number(info.lastInsertRowid);
  const insertLeg = sql(db, 'INSERT INTO ticket_legs (ticket_id, leg_id, quantity, price_hundredths) VALUES (?, ?, ?, ?)');
  for (const leg of t.legs) insertLeg.run(ticketId, leg.legId, leg.quantity, leg.priceHundredths ?? null);
  return ticketId;
}

/**
 * Stores each leg's own fill price on a ticket already written (the import learns the new legs'
 * ids only after the ticket exists). Legs not named keep what they had.
 */
export function setTicketLegPrices(db: Database.Database, ticketId: number, prices: readonly { legId: number; priceHundredths: number }[]): void {
  const update = sql(db, 'UPDATE ticket_legs SET price_hundredths = ? WHERE ticket_id = ? AND leg_id = ?');
  for (const p of prices) {
    if (update.run(p.priceHundredths, ticketId, p.legId).changes !== 1) throw new Error(`ticket ${ticketId} does not trade leg ${p.legId}`);
  }
  const layerId = findTicketLayerId(db, ticketId);
  if (layerId !== null) bumpLayerStamp(db, layerId);
}

export function updateTicket(db: Database.Database, id: number, t: { date?: string | undefined; netPriceHundredths?: number | undefined; feesCents?: number | undefined; note?: string | undefined }): void {
  if (t.date !== undefined) sql(db, 'UPDATE tickets SET date = ? WHERE id = ?').run(t.date, id);
  if (t.netPriceHundredths !== undefined) {
    // A new net no longer adds up from the legs' own fills: they are forgotten, and the layer anchors on the net.
    sql(db, 'UPDATE ticket_legs SET price_hundredths = NULL WHERE ticket_id = ? AND (SELECT net_price_hundredths FROM tickets WHERE id = ?) <> ?').run(id, id, t.netPriceHundredths);
    sql(db, 'UPDATE tickets SET net_price_hundredths = ? WHERE id = ?').run(t.netPriceHundredths, id);
  }
  if (t.feesCents !== undefined) sql(db, 'UPDATE tickets SET fees_cents = ? WHERE id = ?').run(t.feesCents, id);
  if (t.note !== undefined) sql(db, 'UPDATE tickets SET note = ? WHERE id = ?').run(t.note, id);
}

/** A corrected unit count with its legs rescaled (validated by the caller). */
export function updateTicketQuantity(db: Database.Database, id: number, quantity: number, legs: readonly { legId: number; quantity: number }[]): void {
  sql(db, 'UPDATE tickets SET quantity = ? WHERE id = ?').run(quantity, id);
  const update = sql(db, 'UPDATE ticket_legs SET quantity = ? WHERE ticket_id = ? AND leg_id = ?');
  for (const leg of legs) update.run(leg.quantity, id, leg.legId);
}

export function deleteTicket(db: Database.Database, id: number): void {
  sql(db, 'DELETE FROM tickets WHERE id = ?').run(id);
}

export function findTicketLayerId(db: Database.Database, ticketId: number): number | null {
  const row = sql(db, 'SELECT layer_id FROM tickets WHERE id = ?').get(ticketId) as { layer_id: number } | undefined;
  return row ? row.layer_id : null;
}

export function updateLayerFields(db: Database.Database, id: number, f: { role?: LayerRole | undefined; notes?: string | undefined; tags?: string[] | undefined }): void {
  bumpLayerStamp(db, id);
  if (f.role !== undefined) sql(db, 'UPDATE layers SET role = ? WHERE id = ?').run(f.role, id);
  if (f.notes !== undefined) sql(db, 'UPDATE layers SET notes = ? WHERE id = ?').run(f.notes, id);
  if (f.tags !== undefined) sql(db, 'UPDATE layers SET tags_json = ? WHERE id = ?').run(JSON.stringify(f.tags), id);
}

/** The layer's open date follows its first opening ticket (see openedOnAfterMove in shared/domain/ticket-rules). */
export function setOpenedOn(db: Database.Database, id: number, openedOn: string): void {
  bumpLayerStamp(db, id);
  sql(db, 'UPDATE layers SET opened_on = ? WHERE id = ?').run(openedOn, id);
}

export function setHedgeLinks(db: Database.Database, hedgeLayerId: number, layerIds: readonly number[]): void {
  // The links are part of the hedge layer's detail (protectsLayerIds): caches of it must see them move.
  bumpLayerStamp(db, hedgeLayerId);
  sql(db, 'DELETE FROM hedge_links WHERE hedge_layer_id = ?').run(hedgeLayerId);
  const insert = sql(db, 'INSERT INTO hedge_links (hedge_layer_id, layer_id) VALUES (?, ?)');
  for (const layerId of layerIds) insert.run(hedgeLayerId, layerId);
}

export function deleteLayer(db: Database.Database, id: number): void {
  bumpLayerStamp(db, id);
  bumpLayerStructure(db);
  sql(db, 'DELETE FROM layers WHERE id = ?').run(id);
}

export function layerPortfolioId(db: Database.Database, layerId: number): number | null {
  const row = sql(db, 'SELECT portfolio_id FROM layers WHERE id = ?').get(layerId) as { portfolio_id: number } | undefined;
  return row ? row.portfolio_id : null;
}

/** Loads one layer with legs and tickets, or null. */
export function findLayer(db: Database.Database, id: number, asOf: string): LayerDetail | null {
  const row = sql(db, 'SELECT * FROM layers WHERE id = ?').get(id) as LayerRow | undefined;
  if (!row) return null;
  return loadLayers(db, [row], 'layer_id = ?', [id], asOf)[0] ?? null;
}

/**
 * Caches the ledger's figures on the layer row (see migration 0002); call after every ticket or leg change.
 * It also moves the layer's in-memory stamp (db/layer-stamps.ts), which tells derived caches (performance) it changed.
 */
export function writeLayerSummary(db: Database.Database, id: number, s: LedgerView, status: LayerStatus, closedOn: string | null): void {
  bumpLayerStamp(db, id);
  sql(db, 'UPDATE layers SET status = ?, closed_on = ?, opened_quantity = ?, open_quantity = ?, open_price_hundredths = ?, net_cash_cents = ?, realized_pnl_cents = ?, fees_cents = ?, expiration = ?, strikes_json = ? WHERE id = ?')
    .run(status, closedOn, s.openedQuantity, s.openQuantity, s.openPriceHundredths, s.netCashCents, s.realizedPnlCents, s.feesCents, s.expiration, s.strikes ? JSON.stringify(s.strikes) : null, id);
}

/**
 * The layers table of a portfolio as of `asOf` (shared/domain/layer-as-of.ts): layers opened by
 * then, newest first. A layer that ended on or before asOf reads its cached summary columns (its
 * ledger cannot change after its last ticket); one still open on asOf — or ended after it — is
 * rebuilt from its tickets dated ≤ asOf. The `open` filter keeps what is open or expired-unbooked
 * on asOf, `closed` what had ended by then; both are exact in SQL, so paging stays exact.
 */
export function listLayerSummaries(db: Database.Database, q: { portfolioId: number; asOf: string; status: 'open' | 'closed' | 'all'; limit?: number | undefined; offset: number }): LayerSummary[] {
  const asOf = q.asOf;
  const statusFilter = q.status === 'open' ? "AND (l.status = 'open' OR l.closed_on > ?)" : q.status === 'closed' ? "AND l.status <> 'open' AND l.closed_on <= ?" : 'AND ? IS NOT NULL';
  const rows = sql(db, `SELECT l.*, (SELECT r.id FROM layers r WHERE r.rolled_from_id = l.id LIMIT 1) AS rolled_to_id FROM layers l WHERE l.portfolio_id = ? AND l.opened_on <= ? ${statusFilter} ORDER BY l.opened_on DESC, l.id DESC LIMIT ? OFFSET ?`)
    .all(q.portfolioId, asOf, asOf, q.limit ?? -1, q.offset) as (LayerRow & { rolled_to_id: number | null })[];
  const live = rows.filter((row) => endedBy(row, asOf) === false).map((row) => row.id);
  const rebuilt = new Map(bookAsOf(listLayersByIds(db, live, asOf), asOf).map((l) => [l.id, l]));
  const out: LayerSummary[] = [];
  for (const row of rows) {
    const detail = rebuilt.get(row.id);
    if (detail) out.push(summaryOf(detail));
    else if (endedBy(row, asOf)) out.push(storedSummary(row, row.rolled_to_id));
  }
  return out;
}

/** True when the stored row had ended on or before `asOf`, so its cached columns are its state then. */
function endedBy(row: LayerRow, asOf: string): boolean {
  return row.status !== 'open' && row.closed_on !== null && row.closed_on <= asOf;
}

function storedSummary(row: LayerRow, rolledToId: number | null): LayerSummary {
  return Object.assign(baseSummary(row, rolledToId), {
    openedQuantity: row.opened_quantity,
    openQuantity: row.open_quantity,
    openPriceHundredths: row.open_price_hundredths,
    netCashCents: row.net_cash_cents,
    realizedPnlCents: row.realized_pnl_cents,
    feesCents: row.fees_cents,
    expiration: row.expiration,
    dte: null,
    strikes: row.strikes_json === null ? null : (JSON.parse(row.strikes_json) as CondorStrikes),
  });
}

/** A detail without its legs and tickets: the layers table's row. */
function summaryOf(l: LayerDetail): LayerSummary {
  return {
    id: l.id, portfolioId: l.portfolioId, role: l.role, status: l.status, openedOn: l.openedOn, closedOn: l.closedOn, expiration: l.expiration, dte: l.dte, strikes: l.strikes,
    openedQuantity: l.openedQuantity, openQuantity: l.openQuantity, openPriceHundredths: l.openPriceHundredths, netCashCents: l.netCashCents, realizedPnlCents: l.realizedPnlCents,
    feesCents: l.feesCents, rolledFromId: l.rolledFromId, rolledToId: l.rolledToId, notes: l.notes, tags: l.tags,
  };
}

/** Every layer of a portfolio as a pick-list entry (id, role, status, opened, strikes), newest first: one read of the cached columns. */
export function listLayerOptions(db: Database.Database, portfolioId: number): LayerOption[] {
  const rows = sql(db, 'SELECT id, role, status, opened_on, strikes_json FROM layers WHERE portfolio_id = ? ORDER BY opened_on DESC, id DESC').all(portfolioId) as Pick<LayerRow, 'id' | 'role' | 'status' | 'opened_on' | 'strikes_json'>[];
  return rows.map((r) => ({ id: r.id, role: r.role, status: r.status, openedOn: r.opened_on, strikes: r.strikes_json === null ? null : (JSON.parse(r.strikes_json) as CondorStrikes) }));
}

/** Counts and realised totals over every layer of a portfolio, from the cached ledger columns. */
export function layerTotals(db: Database.Database, portfolioId: number): LayerTotals {
  const row = sql(db, "SELECT count(*) AS total, coalesce(sum(status = 'open'), 0) AS open, coalesce(sum(realized_pnl_cents), 0) AS realizedPnlCents, coalesce(sum(fees_cents), 0) AS feesCents FROM layers WHERE portfolio_id = ?")
    .get(portfolioId) as LayerTotals;
  return { total: row.total, open: row.open, realizedPnlCents: row.realizedPnlCents, feesCents: row.feesCents };
}

/**
 * The fields every layer view shares. Callers extend it with Object.assign, not `{ ...base, more }`:
 * V8 builds a fresh hidden class for each object spread-then-extended, ~6 KB a layer, and on a long
 * journal that garbage turned into 10–20 ms collection pauses inside one-frame reads.
 */
function baseSummary(row: LayerRow, rolledToId: number | null) {
  return {
    id: row.id, portfolioId: row.portfolio_id, role: row.role, status: row.status, openedOn: row.opened_on, closedOn: row.closed_on,
    rolledFromId: row.rolled_from_id, rolledToId, notes: row.notes, tags: JSON.parse(row.tags_json) as string[],
  };
}

/** Loads all layers of a portfolio with legs and tickets (reports, analytics), newest first. */
export function listLayers(db: Database.Database, portfolioId: number, asOf: string): LayerDetail[] {
  const rows = sql(db, 'SELECT * FROM layers WHERE portfolio_id = ? ORDER BY opened_on DESC, id DESC').all(portfolioId) as LayerRow[];
  return loadLayers(db, rows, 'layer_id IN (SELECT id FROM layers WHERE portfolio_id = ?)', [portfolioId], asOf);
}

/** Loads the given layers with legs and tickets (any portfolio), newest first. */
export function listLayersByIds(db: Database.Database, ids: readonly number[], asOf: string): LayerDetail[] {
  if (ids.length === 0) return [];
  const json = JSON.stringify(ids);
  const rows = sql(db, 'SELECT * FROM layers WHERE id IN (SELECT value FROM json_each(?)) ORDER BY opened_on DESC, id DESC').all(json) as LayerRow[];
  return loadLayers(db, rows, 'layer_id IN (SELECT value FROM json_each(?))', [json], asOf);
}

/** What performance reads of a layer besides its ledger (and `created_at`, which tells a layer from an earlier one with its id). */
export interface LayerFieldsRow {
  id: number;
  role: LayerRole;
  status: LayerStatus;
  opened_on: string;
  closed_on: string | null;
  rolled_from_id: number | null;
  tags_json: string;
  created_at: string;
}

export function listLayerFieldRows(db: Database.Database, portfolioId: number): LayerFieldsRow[] {
  return sql(db, 'SELECT id, role, status, opened_on, closed_on, rolled_from_id, tags_json, created_at FROM layers WHERE portfolio_id = ?').all(portfolioId) as LayerFieldsRow[];
}

export function layerFieldRowsByIds(db: Database.Database, ids: readonly number[]): LayerFieldsRow[] {
  return sql(db, 'SELECT id, role, status, opened_on, closed_on, rolled_from_id, tags_json, created_at FROM layers WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as LayerFieldsRow[];
}

/** Every roll link of the journal (child id, parent id), as `loadLayers` reads them for `rolledToId`. */
export function rollLinks(db: Database.Database): { id: number; rolled_from_id: number }[] {
  return sql(db, 'SELECT id, rolled_from_id FROM layers WHERE rolled_from_id IS NOT NULL').all() as { id: number; rolled_from_id: number }[];
}

/**
 * Layers opened by `date` that were still open on it (still open, or closed on/after it),
 * fully loaded: what the rules engine and the payoff need, without replaying the whole history.
 */
export function listLayersActiveOn(db: Database.Database, portfolioId: number, date: string, asOf: string): LayerDetail[] {
  // The portfolio's layers are scanned once here; the legs, tickets and links then come by id
  // (a subquery in each of them would scan all ~2,500 layers of a long journal again).
  const rows = sql(db, "SELECT * FROM layers WHERE portfolio_id = ? AND opened_on <= ? AND (status = 'open' OR closed_on >= ?) ORDER BY opened_on DESC, id DESC").all(portfolioId, date, date) as LayerRow[];
  if (rows.length === 0) return [];
  return loadLayers(db, rows, 'layer_id IN (SELECT value FROM json_each(?))', [JSON.stringify(rows.map((r) => r.id))], asOf);
}

/** Ids of the layers {@link listLayersActiveOn} returns, in its order (newest first). */
export function listLayerIdsActiveOn(db: Database.Database, portfolioId: number, date: string): number[] {
  return sql(db, "SELECT id FROM layers WHERE portfolio_id = ? AND opened_on <= ? AND (status = 'open' OR closed_on >= ?) ORDER BY opened_on DESC, id DESC")
    .pluck().all(portfolioId, date, date) as number[];
}

/** These layers with legs, tickets and links (in the order of `ids`; missing ids are skipped). */
export function findLayersByIds(db: Database.Database, ids: readonly number[], asOf: string): LayerDetail[] {
  if (ids.length === 0) return [];
  const idsJson = JSON.stringify(ids);
  const byId = new Map((sql(db, 'SELECT * FROM layers WHERE id IN (SELECT value FROM json_each(?))').all(idsJson) as LayerRow[]).map((r) => [r.id, r]));
  const rows = ids.flatMap((id) => byId.get(id) ?? []);
  return loadLayers(db, rows, 'layer_id IN (SELECT value FROM json_each(?))', [idsJson], asOf);
}

/** Layers closed before `date`, reduced for the portfolio's IRR, WACC and realised P&L (see ClosedHistory). */
export function closedLayerHistory(db: Database.Database, portfolioId: number, date: string): ClosedHistory {
  const closed = "FROM layers WHERE portfolio_id = ? AND status <> 'open' AND closed_on < ?";
  const layers: (ClosedHistory['layers'][number] & { unitChanges?: { date: string; units: number }[] })[] = (sql(db, `SELECT id, role, status, opened_on, closed_on, strikes_json, opened_quantity, open_price_hundredths, realized_pnl_cents,
      (SELECT multiplier FROM legs WHERE legs.layer_id = layers.id LIMIT 1) AS multiplier ${closed}`).all(portfolioId, date) as ClosedRow[])
    .map((r) => ({
      id: r.id, role: r.role, status: r.status, openedOn: r.opened_on, closedOn: r.closed_on, strikes: r.strikes_json === null ? null : (JSON.parse(r.strikes_json) as CondorStrikes),
      openedQuantity: r.opened_quantity, openPriceHundredths: r.open_price_hundredths, multiplier: r.multiplier ?? 100, realizedPnlCents: r.realized_pnl_cents,
    }));
  // One pass over the tickets (by layer, date, id: the index order, no sort): each layer's cash
  // netted per day (integer cents, so summing here or in SQL is the same), and the units opened
  // and closed per ticket — the margin of a partly closed layer is released pro rata.
  const tickets = sql(db, `SELECT layer_id, date, action, quantity, net_price_hundredths * multiplier * quantity AS premium_cents, fees_cents FROM tickets
      WHERE layer_id IN (SELECT id ${closed}) ORDER BY layer_id, date, id`).all(portfolioId, date) as ClosedTicketRow[];
  const { ticketCashByDay, unitsByLayer } = closedTicketFlows(tickets);
  for (const layer of layers) layer.unitChanges = unitsByLayer.get(layer.id) ?? [];
  return { layers, ticketCashByDay };
}

interface ClosedTicketRow {
  layer_id: number;
  date: string;
  action: TicketAction;
  quantity: number;
  premium_cents: number;
  fees_cents: number;
}

/** Actions that open or close units (an adjustment or a fee-only ticket does neither). */
const UNIT_ACTIONS: ReadonlySet<TicketAction> = new Set<TicketAction>(['open', 'close', 'roll', 'expire', 'settle']);

/** Tickets ordered by layer, date and id → cash per layer and day, and unit changes per layer in ledger order. */
function closedTicketFlows(tickets: readonly ClosedTicketRow[]): { ticketCashByDay: ClosedHistory['ticketCashByDay']; unitsByLayer: Map<number, { date: string; units: number }[]> } {
  const ticketCashByDay: { layerId: number; date: string; premiumCents: number; feesCents: number }[] = [];
  const unitsByLayer = new Map<number, { date: string; units: number }[]>();
  let day: (typeof ticketCashByDay)[number] | undefined;
  for (const t of tickets) {
    if (day === undefined || day.layerId !== t.layer_id || day.date !== t.date) {
      day = { layerId: t.layer_id, date: t.date, premiumCents: 0, feesCents: 0 };
      ticketCashByDay.push(day);
    }
    day.premiumCents += t.premium_cents;
    day.feesCents += t.fees_cents;
    if (!UNIT_ACTIONS.has(t.action)) continue;
    let units = unitsByLayer.get(t.layer_id);
    if (units === undefined) unitsByLayer.set(t.layer_id, (units = []));
    units.push({ date: t.date, units: t.action === 'open' ? t.quantity : -t.quantity });
  }
  return { ticketCashByDay, unitsByLayer };
}

interface ClosedRow {
  id: number;
  role: LayerRole;
  status: LayerStatus;
  opened_on: string;
  closed_on: string | null;
  strikes_json: string | null;
  opened_quantity: number;
  open_price_hundredths: number;
  realized_pnl_cents: number;
  multiplier: number | null;
}

/** Up to this many layers, their roll children are looked up by index; beyond it one scan of every link is cheaper. */
const FEW_LAYERS = 200;

function loadLayers(db: Database.Database, rows: LayerRow[], where: string, params: unknown[], asOf: string): LayerDetail[] {
  const legsByLayer = groupBy((sql(db, `SELECT * FROM legs WHERE ${where} ORDER BY id`).all(...params) as LegRow[]).map(toLeg), (leg) => leg.layerId);
  const ticketRows = sql(db, `SELECT * FROM tickets WHERE ${where} ORDER BY date, id`).all(...params) as TicketRow[];
  const ticketLegRows = sql(db, `SELECT tl.ticket_id, tl.leg_id, tl.quantity, tl.price_hundredths FROM ticket_legs tl JOIN tickets t ON t.id = tl.ticket_id WHERE t.${where} ORDER BY tl.leg_id`)
    .all(...params) as TicketLegRow[];
  const legsByTicket = groupBy(ticketLegRows, (r) => r.ticket_id);
  const ticketsByLayer = groupBy(ticketRows.map((r) => toTicket(r, legsByTicket.get(r.id) ?? [])), (t) => t.layerId);
  const rolledTo = new Map<number, number>();
  const rolledFromIds = rows.map((r) => r.id);
  const children = (rows.length === 1
    ? sql(db, 'SELECT id, rolled_from_id FROM layers WHERE rolled_from_id = ?').all(rolledFromIds[0])
    : rows.length <= FEW_LAYERS
      ? sql(db, 'SELECT id, rolled_from_id FROM layers WHERE rolled_from_id IN (SELECT value FROM json_each(?))').all(JSON.stringify(rolledFromIds))
      : sql(db, 'SELECT id, rolled_from_id FROM layers WHERE rolled_from_id IS NOT NULL').all()) as { id: number; rolled_from_id: number }[];
  for (const r of children) rolledTo.set(r.rolled_from_id, r.id);
  const links = groupBy(sql(db, `SELECT hedge_layer_id, layer_id FROM hedge_links WHERE hedge_${where} ORDER BY layer_id`).all(...params) as { hedge_layer_id: number; layer_id: number }[], (r) => r.hedge_layer_id);
  return rows.map((row) => toDetail(row, legsByLayer.get(row.id) ?? [], ticketsByLayer.get(row.id) ?? [], rolledTo.get(row.id) ?? null, asOf, (links.get(row.id) ?? []).map((r) => r.layer_id)));
}

function toDetail(row: LayerRow, legs: Leg[], tickets: Ticket[], rolledToId: number | null, asOf: string, protectsLayerIds: number[]): LayerDetail {
  const ledger = summarizeLedger(legs, tickets);
  return Object.assign(baseSummary(row, rolledToId), {
    expiration: ledger.expiration,
    dte: row.status === 'open' ? nonNegative(daysToExpiration(ledger.expiration, asOf)) : null,
    strikes: ledger.strikes,
    openedQuantity: ledger.openedQuantity,
    openQuantity: ledger.openQuantity,
    openPriceHundredths: ledger.openPriceHundredths,
    netCashCents: ledger.netCashCents,
    realizedPnlCents: ledger.realizedPnlCents,
    feesCents: ledger.feesCents,
    legs,
    tickets,
    openContracts: ledger.openContracts,
    protectsLayerIds,
  });
}

const nonNegative = (days: number | null): number | null => (days === null ? null : Math.max(0, days));

function toLeg(r: LegRow): Leg {
  return { id: r.id, layerId: r.layer_id, instrument: r.instrument, underlying: r.underlying, symbol: r.symbol, right: r.right, side: r.side, strikeHundredths: r.strike_hundredths, expiration: r.expiration, ratio: r.ratio, multiplier: r.multiplier };
}

interface TicketLegRow { ticket_id: number; leg_id: number; quantity: number; price_hundredths: number | null }

function toTicket(r: TicketRow, legs: TicketLegRow[]): Ticket {
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
    // The price is present only when stored, so tickets entered as a net compare as before.
    legs: legs.map((l) => (l.price_hundredths === null ? { legId: l.leg_id, quantity: l.quantity } : { legId: l.leg_id, quantity: l.quantity, priceHundredths: l.price_hundredths })),
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
