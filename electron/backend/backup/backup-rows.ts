/**
 * What a row of each table may hold, checked on every row of a JSON backup before anything
 * is written: the same field rules the API's input schemas use (shared/api/fields.ts), in the
 * tables' column names. A tampered backup (`quantity: "two"`, a date that is not a date,
 * `1e308` cents, tags that are not a list) is refused with the table, row and field.
 * Columns added by later migrations are not listed here: they are still checked by the
 * column list and by the tables' types.
 */
import { z } from 'zod';
import { cents, hundredths, id, isoDate, longText, nonNegativeCents, nonNegativeHundredths, positiveHundredths, quantity, tags } from '../../../shared/api/fields';
import { ApiError } from '../../../shared/api/errors';
import { EVENT_KINDS, INSTRUMENTS, LAYER_ROLES, LAYER_STATUSES, MARKET_SYMBOLS, TICKET_ACTIONS, UNDERLYINGS } from '../../../shared/domain/types';

const text = z.string().max(20_000);
const timestamp = z.string().min(1).max(40);
const positiveInt = z.number().int().positive().safe();
const jsonText = z.string().refine((s) => { try { JSON.parse(s); return true; } catch { return false; } }, 'must be JSON text');
const tagsJson = z.string().refine((s) => { try { return tags.safeParse(JSON.parse(s)).success; } catch { return false; } }, 'must be a JSON list of tags');
const nullable = <T extends z.ZodType>(schema: T) => schema.nullable();

export const BACKUP_ROW_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  portfolios: z.object({
    id, name: z.string().trim().min(1).max(80), underlying: z.literal('SPX'), risk_capital_cents: positiveInt, created_at: timestamp,
  }),
  settings: z.object({ portfolio_id: id, key: z.string().min(1).max(80), value_json: jsonText }),
  layers: z.object({
    id, portfolio_id: id, role: z.enum(LAYER_ROLES), status: z.enum(LAYER_STATUSES), opened_on: isoDate, closed_on: nullable(isoDate),
    rolled_from_id: nullable(id), notes: longText, tags_json: tagsJson, created_at: timestamp,
    // The summary columns are recomputed from the tickets after the restore; they must still be of the right type.
    opened_quantity: cents.optional(), open_quantity: cents.optional(), open_price_hundredths: hundredths.optional(), net_cash_cents: cents.optional(),
    realized_pnl_cents: cents.optional(), fees_cents: cents.optional(), expiration: nullable(isoDate).optional(), strikes_json: nullable(jsonText).optional(),
  }),
  hedge_links: z.object({ hedge_layer_id: id, layer_id: id }),
  legs: z.object({
    id, layer_id: id, instrument: z.enum(INSTRUMENTS), underlying: z.enum(UNDERLYINGS), symbol: nullable(z.string().max(12)),
    right: nullable(z.enum(['put', 'call'])),
    side: z.enum(['long', 'short']), strike_hundredths: nullable(positiveHundredths), expiration: nullable(isoDate), ratio: positiveInt, multiplier: positiveInt,
  }),
  tickets: z.object({
    id, layer_id: id, date: isoDate, action: z.enum(TICKET_ACTIONS), quantity, net_price_hundredths: hundredths, multiplier: positiveInt,
    fees_cents: nonNegativeCents, note: text, created_at: timestamp,
  }),
  ticket_legs: z.object({
    ticket_id: id, leg_id: id, quantity: z.number().int().safe().refine((q) => q !== 0, 'must not be 0'),
    // The leg's own fill (schema 7), unsigned hundredths; absent in older backups.
    price_hundredths: nullable(nonNegativeHundredths).optional(),
  }),
  marks: z.object({ layer_id: id, date: isoDate, price_hundredths: hundredths }),
  market_bars: z.object({ symbol: z.enum(MARKET_SYMBOLS), date: isoDate, close_hundredths: positiveHundredths }),
  economic_events: z.object({ id, date: isoDate, kind: z.enum(EVENT_KINDS), note: z.string().max(500) }),
  notes: z.object({
    id, portfolio_id: id, date: isoDate, layer_id: nullable(id), ticket_id: nullable(id), body: longText, tags_json: tagsJson,
    created_at: timestamp, updated_at: timestamp,
  }),
  decisions: z.object({
    id, portfolio_id: id, rule_id: z.string().min(1).max(80), subject: z.string().max(200), evaluated_on: isoDate, decision: z.enum(['acted', 'dismissed', 'snoozed']),
    snooze_until: nullable(isoDate), reason: text, prompt_json: jsonText, layer_id: nullable(id), created_at: timestamp,
  }),
  layer_snapshots: z.object({
    layer_id: id, taken_on: isoDate, spx_hundredths: nullable(hundredths), vix_hundredths: nullable(hundredths), snapshot_json: jsonText,
  }),
  broker_orders: z.object({ ticket_id: id, portfolio_id: id, broker: z.literal('tastytrade'), order_number: z.string().min(1).max(80) }),
};

/** Throws "Backup table T, row N, field F: …" for the first row of `rows` that breaks its table's schema. */
export function checkBackupRows(table: string, rows: readonly unknown[]): void {
  const schema = BACKUP_ROW_SCHEMAS[table];
  if (!schema) return;
  for (const [i, row] of rows.entries()) {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) throw new ApiError('invalid_input', `Backup table ${table}, row ${i + 1} is not an object; nothing was restored`);
    const parsed = schema.safeParse(row);
    if (!parsed.success) throw invalidRowError(table, i + 1, row, parsed.error.issues[0]);
  }
}

/** "Backup table T, row N, field F = value: message", naming the first issue and the value it was given. */
function invalidRowError(table: string, rowNumber: number, row: object, issue: z.ZodIssue | undefined): ApiError {
  const field = issue?.path.map(String).join('.') ?? '';
  const value = field ? JSON.stringify((row as Record<string, unknown>)[field.split('.')[0] ?? ''])?.slice(0, 40) : '';
  const message = issue?.message ?? 'is not valid';
  return new ApiError(
    'invalid_input',
    `Backup table ${table}, row ${rowNumber}, field ${field || '(row)'}${value ? ` = ${value}` : ''}: ${message}; nothing was restored`,
    [{ path: `${table}[${rowNumber}].${field}`, message }],
  );
}
