/** Events, marks, decisions and notes: the journal's small tables. */
import type Database from 'better-sqlite3';
import type { Decision, EconomicEvent, EventKind, JournalNote, Mark } from '../../../shared/domain/types';
import { sql } from '../db/statements';

export function listEvents(db: Database.Database, from = '0000-00-00', to = '9999-99-99'): EconomicEvent[] {
  return sql(db, 'SELECT id, date, kind, note FROM economic_events WHERE date >= ? AND date <= ? ORDER BY date, id').all(from, to) as EconomicEvent[];
}

export function findEvent(db: Database.Database, id: number): EconomicEvent | null {
  return (sql(db, 'SELECT id, date, kind, note FROM economic_events WHERE id = ?').get(id) as EconomicEvent | undefined) ?? null;
}

/** Inserts unless the same date, kind and note exist; returns the new id or null. */
export function insertEvent(db: Database.Database, e: { date: string; kind: EventKind; note: string }): number | null {
  const info = sql(db, 'INSERT OR IGNORE INTO economic_events (date, kind, note) VALUES (?, ?, ?)').run(e.date, e.kind, e.note);
  return info.changes === 0 ? null : Number(info.lastInsertRowid);
}

export function updateEvent(db: Database.Database, id: number, e: EconomicEvent): void {
  sql(db, 'UPDATE economic_events SET date = ?, kind = ?, note = ? WHERE id = ?').run(e.date, e.kind, e.note, id);
}

export function deleteEvent(db: Database.Database, id: number): void {
  sql(db, 'DELETE FROM economic_events WHERE id = ?').run(id);
}

export function upsertMark(db: Database.Database, m: Mark): void {
  sql(db, 'INSERT INTO marks (layer_id, date, price_hundredths) VALUES (?, ?, ?) ON CONFLICT (layer_id, date) DO UPDATE SET price_hundredths = excluded.price_hundredths').run(m.layerId, m.date, m.priceHundredths);
}

export function deleteMark(db: Database.Database, layerId: number, date: string): number {
  return sql(db, 'DELETE FROM marks WHERE layer_id = ? AND date = ?').run(layerId, date).changes;
}

export function listMarks(db: Database.Database, layerId: number): Mark[] {
  return sql(db, 'SELECT layer_id AS layerId, date, price_hundredths AS priceHundredths FROM marks WHERE layer_id = ? ORDER BY date').all(layerId) as Mark[];
}

/** Marks of the given layers, oldest first: the open layers a page shows, not years of closed ones. */
export function listMarksOfLayers(db: Database.Database, layerIds: readonly number[]): Mark[] {
  if (layerIds.length === 0) return [];
  return sql(db, 'SELECT layer_id AS layerId, date, price_hundredths AS priceHundredths FROM marks WHERE layer_id IN (SELECT value FROM json_each(?)) ORDER BY date')
    .all(JSON.stringify(layerIds)) as Mark[];
}

interface DecisionRow {
  id: number;
  portfolio_id: number;
  rule_id: string;
  subject: string;
  evaluated_on: string;
  decision: Decision['decision'];
  snooze_until: string | null;
  reason: string;
  prompt_json: string;
  layer_id: number | null;
  created_at: string;
}

export function insertDecision(db: Database.Database, d: Omit<Decision, 'id'>): number {
  const info = sql(db, 'INSERT INTO decisions (portfolio_id, rule_id, subject, evaluated_on, decision, snooze_until, reason, prompt_json, layer_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(d.portfolioId, d.ruleId, d.subject, d.evaluatedOn, d.decision, d.snoozeUntil, d.reason, JSON.stringify(d.prompt), d.layerId, d.createdAt);
  return Number(info.lastInsertRowid);
}

export function listDecisions(db: Database.Database, portfolioId: number, from = '0000-00-00', to = '9999-99-99'): Decision[] {
  const rows = sql(db, 'SELECT * FROM decisions WHERE portfolio_id = ? AND evaluated_on >= ? AND evaluated_on <= ? ORDER BY evaluated_on, id').all(portfolioId, from, to) as DecisionRow[];
  return rows.map((r) => ({
    id: r.id, portfolioId: r.portfolio_id, ruleId: r.rule_id, subject: r.subject, evaluatedOn: r.evaluated_on, decision: r.decision,
    snoozeUntil: r.snooze_until, reason: r.reason, prompt: JSON.parse(r.prompt_json) as Record<string, unknown>, layerId: r.layer_id, createdAt: r.created_at,
  }));
}

interface NoteRow {
  id: number;
  portfolio_id: number;
  date: string;
  layer_id: number | null;
  ticket_id: number | null;
  body: string;
  tags_json: string;
  created_at: string;
  updated_at: string;
}

function toNote(r: NoteRow): JournalNote {
  return { id: r.id, portfolioId: r.portfolio_id, date: r.date, layerId: r.layer_id, ticketId: r.ticket_id, body: r.body, tags: JSON.parse(r.tags_json) as string[], createdAt: r.created_at, updatedAt: r.updated_at };
}

export function insertNote(db: Database.Database, n: Omit<JournalNote, 'id'>): number {
  const info = sql(db, 'INSERT INTO notes (portfolio_id, date, layer_id, ticket_id, body, tags_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(n.portfolioId, n.date, n.layerId, n.ticketId, n.body, JSON.stringify(n.tags), n.createdAt, n.updatedAt);
  return Number(info.lastInsertRowid);
}

export function findNote(db: Database.Database, id: number): JournalNote | null {
  const row = sql(db, 'SELECT * FROM notes WHERE id = ?').get(id) as NoteRow | undefined;
  return row ? toNote(row) : null;
}

export function updateNote(db: Database.Database, n: JournalNote): void {
  sql(db, 'UPDATE notes SET date = ?, body = ?, tags_json = ?, updated_at = ? WHERE id = ?').run(n.date, n.body, JSON.stringify(n.tags), n.updatedAt, n.id);
}

export function deleteNote(db: Database.Database, id: number): void {
  sql(db, 'DELETE FROM notes WHERE id = ?').run(id);
}

export function listNotes(db: Database.Database, portfolioId: number, layerId?: number): JournalNote[] {
  const rows = layerId === undefined
    ? (sql(db, 'SELECT * FROM notes WHERE portfolio_id = ? ORDER BY date, id').all(portfolioId) as NoteRow[])
    : (sql(db, 'SELECT * FROM notes WHERE portfolio_id = ? AND layer_id = ? ORDER BY date, id').all(portfolioId, layerId) as NoteRow[]);
  return rows.map(toNote);
}
