import type Database from 'better-sqlite3';
import { withDefaults, type PortfolioSettings } from '../../../shared/domain/settings';
import type { Portfolio } from '../../../shared/domain/types';
import { bumpLayerStructure } from '../db/layer-stamps';
import { sql } from '../db/statements';

interface PortfolioRow {
  id: number;
  name: string;
  underlying: 'SPX';
  risk_capital_cents: number;
  created_at: string;
}

export function listPortfolios(db: Database.Database): Portfolio[] {
  const rows = sql(db, 'SELECT * FROM portfolios ORDER BY name COLLATE NOCASE').all() as PortfolioRow[];
  return rows.map((row) => toPortfolio(row, readSettings(db, row.id)));
}

export function findPortfolio(db: Database.Database, id: number): Portfolio | null {
  const row = sql(db, 'SELECT * FROM portfolios WHERE id = ?').get(id) as PortfolioRow | undefined;
  return row ? toPortfolio(row, readSettings(db, row.id)) : null;
}

export function findPortfolioByName(db: Database.Database, name: string): Portfolio | null {
  const row = sql(db, 'SELECT * FROM portfolios WHERE name = ? COLLATE NOCASE').get(name) as PortfolioRow | undefined;
  return row ? toPortfolio(row, readSettings(db, row.id)) : null;
}

export function insertPortfolio(db: Database.Database, p: { name: string; riskCapitalCents: number; createdAt: string }): number {
  const info = sql(db, 'INSERT INTO portfolios (name, risk_capital_cents, created_at) VALUES (?, ?, ?)').run(p.name, p.riskCapitalCents, p.createdAt);
  return Number(info.lastInsertRowid);
}

export function updatePortfolio(db: Database.Database, id: number, p: { name?: string | undefined; riskCapitalCents?: number | undefined }): void {
  if (p.name !== undefined) sql(db, 'UPDATE portfolios SET name = ? WHERE id = ?').run(p.name, id);
  if (p.riskCapitalCents !== undefined) sql(db, 'UPDATE portfolios SET risk_capital_cents = ? WHERE id = ?').run(p.riskCapitalCents, id);
}

export function deletePortfolio(db: Database.Database, id: number): void {
  // Its layers cascade away: caches derived from layers see the set change.
  bumpLayerStructure(db);
  sql(db, 'DELETE FROM portfolios WHERE id = ?').run(id);
}

/** Stores only the keys given; the rest keep their stored value or default. */
export function writeSettings(db: Database.Database, portfolioId: number, patch: Partial<PortfolioSettings>): void {
  const upsert = sql(db, 'INSERT INTO settings (portfolio_id, key, value_json) VALUES (?, ?, ?) ON CONFLICT (portfolio_id, key) DO UPDATE SET value_json = excluded.value_json');
  for (const [key, value] of Object.entries(patch)) if (value !== undefined) upsert.run(portfolioId, key, JSON.stringify(value));
}

export function resetSettings(db: Database.Database, portfolioId: number): void {
  sql(db, 'DELETE FROM settings WHERE portfolio_id = ?').run(portfolioId);
}

/**
 * Settings validated once per stored text: nearly every call reads its portfolio, and the schema
 * check allocates ~200 KB each time. Kept frozen, as one object is handed to every caller.
 */
const settingsByText = new Map<string, PortfolioSettings>();
const MAX_SETTINGS_TEXTS = 32;

function readSettings(db: Database.Database, portfolioId: number): PortfolioSettings {
  const rows = sql(db, 'SELECT key, value_json FROM settings WHERE portfolio_id = ? ORDER BY key').all(portfolioId) as { key: string; value_json: string }[];
  const text = rows.map((r) => `${r.key}=${r.value_json}`).join('\n');
  const known = settingsByText.get(text);
  if (known) return known;
  const stored: Record<string, unknown> = {};
  for (const row of rows) stored[row.key] = JSON.parse(row.value_json);
  const settings = deepFreeze(withDefaults(stored));
  if (settingsByText.size >= MAX_SETTINGS_TEXTS) settingsByText.clear();
  settingsByText.set(text, settings);
  return settings;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function toPortfolio(row: PortfolioRow, settings: PortfolioSettings): Portfolio {
  return { id: row.id, name: row.name, underlying: row.underlying, riskCapitalCents: row.risk_capital_cents, settings, createdAt: row.created_at };
}
