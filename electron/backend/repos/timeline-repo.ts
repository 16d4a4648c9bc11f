/**
 * The journal timeline's SQL: one query per kind (tickets, notes, decisions, events), each
 * already filtered, ordered newest first and cut to the page size by SQLite with the date
 * indexes (tickets_by_layer, notes_by_portfolio, decisions_by_portfolio, events_by_date);
 * the handler merges the four short lists. Order everywhere: date DESC, kind rank DESC, id DESC.
 */
import type Database from 'better-sqlite3';
import type { DecisionKind, EventKind, TicketAction } from '../../../shared/domain/types';
import type { TimelineItem, TimelineKind } from '../../../shared/journal/types';
import { ACTION_TITLES, decisionTitle, noteTitle } from '../../../shared/journal/timeline-titles';
import { addDays } from '../../../shared/dates';
import { sql } from '../db/statements';

/** Within a day: events first, then tickets, decisions, notes (descending rank). */
export const KIND_RANK: Record<TimelineKind, number> = { event: 3, ticket: 2, decision: 1, note: 0 };

/** Where the previous page stopped: items strictly after it in timeline order come next. */
export interface TimelineCursor {
  date: string;
  rank: number;
  id: number;
}

export interface TimelineFilter {
  portfolioId?: number | undefined;
  layerId?: number | undefined;
  tag?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  text?: string | undefined;
  before?: TimelineCursor | undefined;
  /** Rows to fetch at most (the page size + 1, to know whether more exist). */
  limit: number;
  /** Today: where the tickets' search window starts when neither `to` nor `before` bounds it. */
  today: string;
}

export function encodeCursor(item: Pick<TimelineItem, 'date' | 'kind' | 'id'>): string {
  return `${item.date}~${KIND_RANK[item.kind]}~${item.id}`;
}

export function decodeCursor(text: string): TimelineCursor {
  const [date = '', rank = '0', id = '0'] = text.split('~');
  return { date, rank: Number(rank), id: Number(id) };
}

/** A LIKE pattern matching `text` anywhere, with %, _ and \ taken literally (ESCAPE '\'). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** WHERE clauses and their parameters, built up in step so the two never disagree. */
class Where {
  readonly clauses: string[] = [];
  readonly params: unknown[] = [];
  add(clause: string, ...params: unknown[]): void {
    this.clauses.push(clause);
    this.params.push(...params);
  }
  toSql(): string {
    return this.clauses.length === 0 ? '' : `WHERE ${this.clauses.join(' AND ')}`;
  }
}

/** Date range and cursor on the kind's date and id columns (both usable by a date index). */
function addDateBounds(where: Where, f: TimelineFilter, kind: TimelineKind, dateCol: string, idCol: string): void {
  if (f.from !== undefined) where.add(`${dateCol} >= ?`, f.from);
  if (f.to !== undefined) where.add(`${dateCol} <= ?`, f.to);
  const c = f.before;
  if (c === undefined) return;
  const rank = KIND_RANK[kind];
  if (rank < c.rank) where.add(`${dateCol} <= ?`, c.date);
  else if (rank > c.rank) where.add(`${dateCol} < ?`, c.date);
  else where.add(`(${dateCol} < ? OR (${dateCol} = ? AND ${idCol} < ?))`, c.date, c.date, c.id);
}

const hasTag = (tagsCol: string) => `EXISTS (SELECT 1 FROM json_each(${tagsCol}) WHERE value = ? COLLATE NOCASE)`;

interface TicketRow {
  id: number; layer_id: number; portfolio_id: number; date: string; action: TicketAction; quantity: number; net_price_hundredths: number;
  multiplier: number; fees_cents: number; note: string; layer_notes: string; tags_json: string;
}

/**
 * Tickets have no portfolio-wide date index (only tickets_by_layer (layer_id, date)), so
 * "newest N of the portfolio" would sort every ticket of a ten-year journal. Instead look in
 * a window below the upper bound — one index range per layer — and widen it ×4 until it holds
 * N rows: rows outside the window are all older, so the window's newest N are the answer.
 * (A migration adding an index on tickets (date) would not help by itself: without ANALYZE
 * statistics SQLite still drives the join from layers_by_portfolio_date and sorts.)
 */
const TICKET_WINDOWS_DAYS = [64, 256, 1024, 4096, null] as const;

export function timelineTickets(db: Database.Database, f: TimelineFilter): TimelineItem[] {
  // A text, tag or layer filter keeps few rows: one pass over the portfolio is cheaper than widening windows.
  if (f.text !== undefined || f.tag !== undefined || f.layerId !== undefined) return ticketRows(db, f).map(toTicketItem);
  const upper = f.before?.date ?? f.to ?? f.today;
  let rows: TicketRow[] = [];
  for (const span of TICKET_WINDOWS_DAYS) {
    const floor = span === null ? undefined : addDays(upper, -span);
    const reachesFrom = floor === undefined || (f.from !== undefined && floor <= f.from);
    rows = ticketRows(db, reachesFrom ? f : { ...f, from: floor });
    if (reachesFrom || rows.length >= f.limit) break;
  }
  return rows.map(toTicketItem);
}

function ticketRows(db: Database.Database, f: TimelineFilter): TicketRow[] {
  const where = new Where();
  if (f.portfolioId !== undefined) where.add('l.portfolio_id = ?', f.portfolioId);
  if (f.layerId !== undefined) where.add('t.layer_id = ?', f.layerId);
  if (f.tag !== undefined) where.add(hasTag('l.tags_json'), f.tag);
  if (f.text !== undefined) {
    const p = containsPattern(f.text);
    // An opening ticket's description is the layer's own notes (its thesis).
    where.add("(t.note LIKE ? ESCAPE '\\' OR t.action LIKE ? ESCAPE '\\' OR (t.action = 'open' AND l.notes LIKE ? ESCAPE '\\'))", p, p, p);
  }
  addDateBounds(where, f, 'ticket', 't.date', 't.id');
  return sql(db, `SELECT t.id, t.layer_id, l.portfolio_id, t.date, t.action, t.quantity, t.net_price_hundredths, t.multiplier, t.fees_cents, t.note,
      l.notes AS layer_notes, l.tags_json FROM tickets t JOIN layers l ON l.id = t.layer_id ${where.toSql()} ORDER BY t.date DESC, t.id DESC LIMIT ?`)
    .all(...where.params, f.limit) as TicketRow[];
}

function toTicketItem(r: TicketRow): TimelineItem {
  const feesCents = r.fees_cents;
  return {
    kind: 'ticket', date: r.date, id: r.id, portfolioId: r.portfolio_id, layerId: r.layer_id, ticketId: r.id,
    title: `${ACTION_TITLES[r.action]} ${r.quantity} × layer #${r.layer_id}`,
    detail: r.note !== '' ? r.note : r.action === 'open' ? r.layer_notes : '',
    amounts: { netPriceHundredths: r.net_price_hundredths, quantity: r.quantity, feesCents, cashCents: r.net_price_hundredths * r.multiplier * r.quantity - feesCents },
    tags: JSON.parse(r.tags_json) as string[],
    action: r.action,
  };
}

interface NoteRow { id: number; portfolio_id: number; date: string; layer_id: number | null; ticket_id: number | null; ticket_layer_id: number | null; body: string; tags_json: string }

export function timelineNotes(db: Database.Database, f: TimelineFilter): TimelineItem[] {
  const where = new Where();
  if (f.portfolioId !== undefined) where.add('n.portfolio_id = ?', f.portfolioId);
  if (f.layerId !== undefined) where.add('(n.layer_id = ? OR n.ticket_id IN (SELECT id FROM tickets WHERE layer_id = ?))', f.layerId, f.layerId);
  if (f.tag !== undefined) where.add(hasTag('n.tags_json'), f.tag);
  if (f.text !== undefined) where.add("n.body LIKE ? ESCAPE '\\'", containsPattern(f.text));
  addDateBounds(where, f, 'note', 'n.date', 'n.id');
  const rows = sql(db, `SELECT n.id, n.portfolio_id, n.date, n.layer_id, n.ticket_id, (SELECT layer_id FROM tickets WHERE id = n.ticket_id) AS ticket_layer_id, n.body, n.tags_json
      FROM notes n ${where.toSql()} ORDER BY n.date DESC, n.id DESC LIMIT ?`).all(...where.params, f.limit) as NoteRow[];
  return rows.map((r) => {
    const layerId = r.layer_id ?? r.ticket_layer_id;
    return {
      kind: 'note', date: r.date, id: r.id, portfolioId: r.portfolio_id, layerId, ticketId: r.ticket_id,
      title: noteTitle(layerId, r.ticket_id), detail: r.body, amounts: {}, tags: JSON.parse(r.tags_json) as string[],
    };
  });
}

interface DecisionRow { id: number; portfolio_id: number; evaluated_on: string; rule_id: string; subject: string; decision: DecisionKind; snooze_until: string | null; reason: string; layer_id: number | null; tags_json: string | null }

export function timelineDecisions(db: Database.Database, f: TimelineFilter): TimelineItem[] {
  const where = new Where();
  if (f.portfolioId !== undefined) where.add('d.portfolio_id = ?', f.portfolioId);
  if (f.layerId !== undefined) where.add('d.layer_id = ?', f.layerId);
  if (f.tag !== undefined) where.add(`l.id IS NOT NULL AND ${hasTag('l.tags_json')}`, f.tag);
  if (f.text !== undefined) {
    const p = containsPattern(f.text);
    where.add("(d.reason LIKE ? ESCAPE '\\' OR d.rule_id LIKE ? ESCAPE '\\' OR d.decision LIKE ? ESCAPE '\\')", p, p, p);
  }
  addDateBounds(where, f, 'decision', 'd.evaluated_on', 'd.id');
  const rows = sql(db, `SELECT d.id, d.portfolio_id, d.evaluated_on, d.rule_id, d.subject, d.decision, d.snooze_until, d.reason, d.layer_id, l.tags_json
      FROM decisions d LEFT JOIN layers l ON l.id = d.layer_id ${where.toSql()} ORDER BY d.evaluated_on DESC, d.id DESC LIMIT ?`).all(...where.params, f.limit) as DecisionRow[];
  return rows.map((r) => ({
    kind: 'decision', date: r.evaluated_on, id: r.id, portfolioId: r.portfolio_id, layerId: r.layer_id, ticketId: null,
    title: decisionTitle(r.rule_id, r.decision, r.snooze_until), detail: r.reason, amounts: {},
    tags: r.tags_json === null ? [] : (JSON.parse(r.tags_json) as string[]), decision: r.decision, ruleId: r.rule_id,
  }));
}

interface EventRow { id: number; date: string; kind: EventKind; note: string }

/** Economic events belong to no portfolio or layer, so a layer or tag filter leaves none. */
export function timelineEvents(db: Database.Database, f: TimelineFilter): TimelineItem[] {
  if (f.layerId !== undefined || f.tag !== undefined) return [];
  const where = new Where();
  if (f.text !== undefined) {
    const p = containsPattern(f.text);
    where.add("(e.kind LIKE ? ESCAPE '\\' OR e.note LIKE ? ESCAPE '\\')", p, p);
  }
  addDateBounds(where, f, 'event', 'e.date', 'e.id');
  const rows = sql(db, `SELECT e.id, e.date, e.kind, e.note FROM economic_events e ${where.toSql()} ORDER BY e.date DESC, e.id DESC LIMIT ?`)
    .all(...where.params, f.limit) as EventRow[];
  return rows.map((r) => ({
    kind: 'event', date: r.date, id: r.id, portfolioId: null, layerId: null, ticketId: null,
    title: r.kind === 'custom' ? 'Event' : r.kind, detail: r.note, amounts: {}, tags: [], eventKind: r.kind,
  }));
}

export const TIMELINE_QUERIES: Record<TimelineKind, (db: Database.Database, f: TimelineFilter) => TimelineItem[]> = {
  ticket: timelineTickets,
  note: timelineNotes,
  decision: timelineDecisions,
  event: timelineEvents,
};

/** Timeline order: newest date first, then higher kind rank, then higher id. */
export function compareTimeline(a: TimelineItem, b: TimelineItem): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  const rank = KIND_RANK[b.kind] - KIND_RANK[a.kind];
  return rank !== 0 ? rank : b.id - a.id;
}

/**
 * The ids of the roll chain through `layerId`, oldest first: back along rolled_from_id, then
 * forward along the layer rolled from each (layers_by_rolled_from). A cycle ends the walk.
 */
export function rollChainIds(db: Database.Database, layerId: number): number[] {
  const back = sql(db, 'SELECT rolled_from_id FROM layers WHERE id = ?');
  const forward = sql(db, 'SELECT id FROM layers WHERE rolled_from_id = ? ORDER BY id LIMIT 1');
  const seen = new Set([layerId]);
  const chain = [layerId];
  for (let from = (back.get(layerId) as { rolled_from_id: number | null } | undefined)?.rolled_from_id ?? null; from !== null && !seen.has(from);) {
    seen.add(from);
    chain.unshift(from);
    from = (back.get(from) as { rolled_from_id: number | null } | undefined)?.rolled_from_id ?? null;
  }
  for (let to = (forward.get(layerId) as { id: number } | undefined)?.id; to !== undefined && !seen.has(to);) {
    seen.add(to);
    chain.push(to);
    to = (forward.get(to) as { id: number } | undefined)?.id;
  }
  return chain;
}

export interface ChainNote { id: number; date: string; layerId: number | null; ticketId: number | null; body: string; tags: string[] }
export interface ChainDecision { id: number; date: string; layerId: number | null; ruleId: string; decision: DecisionKind; reason: string }

/** Notes on any of the layers or their tickets, oldest first. */
export function chainNotes(db: Database.Database, layerIds: readonly number[]): ChainNote[] {
  const ids = JSON.stringify(layerIds);
  const rows = sql(db, `SELECT n.id, n.date, n.layer_id, n.ticket_id, n.body, n.tags_json FROM notes n
      WHERE n.layer_id IN (SELECT value FROM json_each(?)) OR n.ticket_id IN (SELECT t.id FROM tickets t WHERE t.layer_id IN (SELECT value FROM json_each(?)))
      ORDER BY n.date, n.id`).all(ids, ids) as Pick<NoteRow, 'id' | 'date' | 'layer_id' | 'ticket_id' | 'body' | 'tags_json'>[];
  return rows.map((r) => ({ id: r.id, date: r.date, layerId: r.layer_id, ticketId: r.ticket_id, body: r.body, tags: JSON.parse(r.tags_json) as string[] }));
}

/** Rule decisions about any of the layers, oldest first. */
export function chainDecisions(db: Database.Database, layerIds: readonly number[]): ChainDecision[] {
  const rows = sql(db, `SELECT id, evaluated_on, layer_id, rule_id, decision, reason FROM decisions WHERE layer_id IN (SELECT value FROM json_each(?)) ORDER BY evaluated_on, id`)
    .all(JSON.stringify(layerIds)) as Pick<DecisionRow, 'id' | 'evaluated_on' | 'layer_id' | 'rule_id' | 'decision' | 'reason'>[];
  return rows.map((r) => ({ id: r.id, date: r.evaluated_on, layerId: r.layer_id, ruleId: r.rule_id, decision: r.decision, reason: r.reason }));
}
