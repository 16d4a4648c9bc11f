/**
 * Reads tastytrade's transactions CSV (History → Transactions → CSV) into the SPX/SPXW option
 * fills the journal imports, and the `Receive Deliver` rows that remove SPX/SPXW options at
 * expiration. Columns are found by header name, so extra columns (`Total`, `Currency`, …) and a
 * different order are fine. Everything else — money movements, equities, other roots, other
 * deliveries — is counted as skipped with its reason. Any malformed row rejects the file
 * (line-numbered issues); nothing is guessed.
 *
 * Row format (tastytrade, 2024):
 * `2024-07-01T15:32:10-0400,Trade,Sell to Open,SELL_TO_OPEN,SPXW  240816P05200000,Equity Option,
 *  Sold 1 SPXW 08/16/24 Put 5200.00 @ 12.35,1235.00,1,1235.00,-1.00,-0.66,100,SPXW,SPX,8/16/24,5200,PUT,331234567,1233.34,USD`
 * - `Value`: signed dollars of the fill, + received; `Average Price` = Value ÷ Quantity (not used).
 * - `Commissions`/`Fees`: negative dollars (a cost), `--` when none; both are summed as fees.
 * - `Quantity`: unsigned contracts; the direction is in `Action`.
 *
 * Delivery rows (tastytrade, as exported 2021–2026) have `Type` `Receive Deliver`, a `Sub Type`
 * naming the event, an `Action` that may be empty (or BUY_TO_CLOSE / SELL_TO_CLOSE) and no
 * `Order #`:
 * `2024-09-20T22:00:00+0200,Receive Deliver,Expiration,,SPXW  240920P05250000,Equity Option,
 *  Removal of 1.0 SPXW 09/20/24 Put 5250.00 due to expiration.,0.00,1,0.00,--,0.00,100,SPXW,SPX,9/20/24,5250,PUT,,0.00,USD`
 * - `Expiration`: the option expired worthless, `Value` 0.
 * - `Cash Settled Assignment` / `Cash Settled Exercise`: an in-the-money SPX option settled in
 *   cash; `Value` is that cash (− paid on an assigned short, + received on an exercised long).
 */
import type { ApiIssue } from '../api/errors';
import { isIsoDate, exchangeDate, parseTimestamp } from '../dates';
import { parseDollars } from '../money';

export const TASTY_OPTION_ACTIONS = ['SELL_TO_OPEN', 'BUY_TO_OPEN', 'BUY_TO_CLOSE', 'SELL_TO_CLOSE'] as const;
export type TastyAction = (typeof TASTY_OPTION_ACTIONS)[number];

/** Which SPX option contract a row is about. */
export interface TastyContract {
  underlying: 'SPX' | 'SPXW';
  right: 'put' | 'call';
  strikeHundredths: number;
  expiration: string;
}

/** One SPX/SPXW option fill (one CSV row). */
export interface TastyFill extends TastyContract {
  /** 1-based line in the file. */
  line: number;
  /** Milliseconds since the epoch (orders are replayed in time order). */
  instant: number;
  /** The trade date in New York (the exchange's date, whatever the exporter's time zone). */
  date: string;
  action: TastyAction;
  /** Contracts, > 0. */
  quantity: number;
  /** Signed cash of the fill before costs, + received. */
  valueCents: number;
  /** Commissions + fees as a cost, ≥ 0. */
  feesCents: number;
  orderNumber: string;
  /** The row's text, to recognise a row repeated in the file. */
  raw: string;
}

export const TASTY_DELIVERY_SUB_TYPES = ['Expiration', 'Cash Settled Assignment', 'Cash Settled Exercise'] as const;
export type TastyDeliverySubType = (typeof TASTY_DELIVERY_SUB_TYPES)[number];

/** One SPX/SPXW option removed by the broker at expiration (one `Receive Deliver` row). */
export interface TastyDelivery extends TastyContract {
  line: number;
  instant: number;
  date: string;
  subType: TastyDeliverySubType;
  /** The side removed when `Action` says (BUY_TO_CLOSE removes a short), else null. */
  side: 'long' | 'short' | null;
  quantity: number;
  /** Signed cash: 0 for an expiration, the settlement amount otherwise (+ received). */
  valueCents: number;
  feesCents: number;
  /**
   * What identifies the row on a re-import, as it has no order number: the date, the OCC
   * symbol and the sub type (`2024-09-20 SPXW240920P05250000 Expiration`).
   */
  key: string;
  raw: string;
}

/** Rows left out, grouped by reason. */
export interface SkippedRows {
  reason: string;
  count: number;
  /** The first few line numbers (at most 20). */
  lines: number[];
}

export type TastyCsvResult = { ok: true; fills: TastyFill[]; deliveries: TastyDelivery[]; skipped: SkippedRows[] } | { ok: false; issues: ApiIssue[]; totalErrors: number };

const REQUIRED = ['Date', 'Type', 'Action', 'Symbol', 'Instrument Type', 'Value', 'Quantity', 'Commissions', 'Fees', 'Multiplier', 'Root Symbol', 'Expiration Date', 'Strike Price', 'Call or Put', 'Order #'] as const;
type Column = (typeof REQUIRED)[number];
const MAX_REPORTED = 30;
const OPTION_TYPES = new Set(['Equity Option', 'Index Option']);

export function parseTastytradeCsv(text: string): TastyCsvResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const headerIndex = lines.findIndex((line) => line.trim() !== '');
  if (headerIndex < 0) return { ok: false, issues: [{ path: 'line 1', message: 'the file is empty' }], totalErrors: 1 };
  const header = splitCsvRow(lines[headerIndex] ?? '');
  const missing = REQUIRED.filter((name) => !header.includes(name));
  if (missing.length > 0) {
    const message = `missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}; expected tastytrade's transactions CSV (Date,Type,Sub Type,Action,Symbol,…,Order #)`;
    return { ok: false, issues: [{ path: `line ${headerIndex + 1}`, message }], totalErrors: 1 };
  }
  const at = Object.fromEntries(REQUIRED.map((name) => [name, header.indexOf(name)])) as Record<Column, number>;
  // Only delivery rows need it; without it they are skipped, trades still import.
  const subTypeAt = header.indexOf('Sub Type');

  const issues: ApiIssue[] = [];
  let totalErrors = 0;
  const skipped = new Map<string, SkippedRows>();
  const skip = (reason: string, line: number) => {
    const entry = skipped.get(reason) ?? { reason, count: 0, lines: [] };
    entry.count += 1;
    if (entry.lines.length < 20) entry.lines.push(line);
    skipped.set(reason, entry);
  };
  const fills: TastyFill[] = [];
  const deliveries: TastyDelivery[] = [];

  for (let i = headerIndex + 1; i < lines.length; i += 1) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '') continue;
    const lineNumber = i + 1;
    const problems: string[] = [];
    const cells = splitCsvRow(raw);
    if (cells.length < header.length) {
      problems.push(`expected ${header.length} columns, found ${cells.length} (a truncated row?)`);
    } else {
      const cell = (name: Column) => cells[at[name]] ?? '';
      const row = readRow(cell, subTypeAt < 0 ? null : (cells[subTypeAt] ?? ''), lineNumber, raw, problems, skip);
      if (row?.kind === 'fill') fills.push(row.fill);
      if (row?.kind === 'delivery') deliveries.push(row.delivery);
    }
    for (const message of problems) {
      totalErrors += 1;
      if (issues.length < MAX_REPORTED) issues.push({ path: `line ${lineNumber}`, message });
    }
  }
  if (totalErrors > 0) return { ok: false, issues, totalErrors };
  return { ok: true, fills, deliveries, skipped: [...skipped.values()] };
}

type ReadRow = { kind: 'fill'; fill: TastyFill } | { kind: 'delivery'; delivery: TastyDelivery };
const DELIVERY_ACTIONS: Record<string, 'long' | 'short' | null> = { '': null, BUY_TO_CLOSE: 'short', SELL_TO_CLOSE: 'long' };

function readRow(cell: (name: Column) => string, subType: string | null, line: number, raw: string, problems: string[], skip: (reason: string, line: number) => void): ReadRow | null {
  const instant = parseTimestamp(cell('Date'));
  if (instant === null) {
    problems.push(`Date "${cell('Date').slice(0, 40)}" is not a timestamp like 2024-07-01T15:32:10-0400`);
    return null;
  }
  const type = cell('Type');
  if (type === 'Money Movement') return skipRow(skip, 'money movement (deposits, interest, fees)', line);
  if (type !== 'Trade' && type !== 'Receive Deliver') return skipRow(skip, `type "${type.slice(0, 30)}"`, line);
  if (!OPTION_TYPES.has(cell('Instrument Type'))) return skipRow(skip, `not an option (${cell('Instrument Type').slice(0, 30) || 'no instrument type'})`, line);
  const root = cell('Root Symbol').toUpperCase();
  if (root !== 'SPX' && root !== 'SPXW') return skipRow(skip, `not an SPX/SPXW option (${root.slice(0, 12) || 'no root'})`, line);
  if (type === 'Receive Deliver') {
    const known = (TASTY_DELIVERY_SUB_TYPES as readonly string[]).includes(subType ?? '');
    if (!known) return skipRow(skip, `delivered by the broker (${subType === null ? 'no Sub Type column' : `"${subType.slice(0, 30)}"`}): record it with a ticket`, line);
  }

  const action = cell('Action');
  if (type === 'Trade' && !(TASTY_OPTION_ACTIONS as readonly string[]).includes(action)) problems.push(`unknown Action "${action.slice(0, 30)}" (expected ${TASTY_OPTION_ACTIONS.join(', ')})`);
  if (type === 'Receive Deliver' && !Object.hasOwn(DELIVERY_ACTIONS, action)) problems.push(`unknown Action "${action.slice(0, 30)}" for a delivery (expected none, BUY_TO_CLOSE or SELL_TO_CLOSE)`);
  const contract = readContract(cell, root, problems);
  const orderNumber = cell('Order #').replace(/\.0+$/, '');
  if (type === 'Trade' && !/^[A-Za-z0-9-]{1,40}$/.test(orderNumber)) problems.push(orderNumber === '' ? 'Order # is empty (every trade row has one)' : `Order # "${orderNumber.slice(0, 40)}" is not an order number`);
  if (problems.length > 0 || contract === null) return null;
  const date = exchangeDate(new Date(instant));
  if (type === 'Trade') return { kind: 'fill', fill: { line, instant, date, action: action as TastyAction, ...contract, orderNumber, raw: raw.trim() } };
  const deliverySubType = subType as TastyDeliverySubType;
  const key = `${date} ${cell('Symbol').replace(/\s+/g, '')} ${deliverySubType}`;
  return { kind: 'delivery', delivery: { line, instant, date, subType: deliverySubType, side: DELIVERY_ACTIONS[action] ?? null, ...contract, key, raw: raw.trim() } };
}

type Contract = Pick<TastyFill, 'underlying' | 'right' | 'strikeHundredths' | 'expiration' | 'quantity' | 'valueCents' | 'feesCents'>;

/** The option, quantity and cash columns trades and deliveries share. */
function readContract(cell: (name: Column) => string, root: 'SPX' | 'SPXW', problems: string[]): Contract | null {
  const quantityText = cell('Quantity').replace(/\.0+$/, '');
  const quantity = /^\d{1,6}$/.test(quantityText) ? Number(quantityText) : 0;
  if (quantity <= 0) problems.push(`Quantity "${cell('Quantity').slice(0, 20)}" must be a whole number of contracts above 0`);
  const valueCents = parseDollars(cell('Value'), false);
  if (valueCents === null) problems.push(`Value "${cell('Value').slice(0, 20)}" is not an amount in dollars`);
  const commissions = parseDollars(cell('Commissions'), true);
  if (commissions === null) problems.push(`Commissions "${cell('Commissions').slice(0, 20)}" is not an amount in dollars`);
  const fees = parseDollars(cell('Fees'), true);
  if (fees === null) problems.push(`Fees "${cell('Fees').slice(0, 20)}" is not an amount in dollars`);
  if (cell('Multiplier').replace(/\.0+$/, '') !== '100') problems.push(`Multiplier "${cell('Multiplier').slice(0, 10)}" must be 100 for SPX options`);
  const expiration = parseExpiration(cell('Expiration Date'));
  if (expiration === null) problems.push(`Expiration Date "${cell('Expiration Date').slice(0, 20)}" is not a date like 8/16/24`);
  const strikeHundredths = parseStrike(cell('Strike Price'));
  if (strikeHundredths === null) problems.push(`Strike Price "${cell('Strike Price').slice(0, 20)}" is not a positive price`);
  const rightText = cell('Call or Put').toUpperCase();
  const right = rightText === 'PUT' ? 'put' : rightText === 'CALL' ? 'call' : null;
  if (right === null) problems.push(`Call or Put "${cell('Call or Put').slice(0, 10)}" must be PUT or CALL`);
  if (expiration !== null && strikeHundredths !== null && right !== null) {
    const mismatch = symbolMismatch(cell('Symbol'), root, expiration, strikeHundredths, right);
    if (mismatch) problems.push(mismatch);
  }
  if (valueCents === null || commissions === null || fees === null || expiration === null || strikeHundredths === null || right === null) return null;
  return { underlying: root, right, strikeHundredths, expiration, quantity, valueCents, feesCents: Math.abs(commissions) + Math.abs(fees) };
}

function skipRow(skip: (reason: string, line: number) => void, reason: string, line: number): null {
  skip(reason, line);
  return null;
}

/** `5200`, `5200.0`, `14.5` → hundredths; more than two decimals is not a strike. */
function parseStrike(text: string): number | null {
  const m = /^(\d{1,6})(?:\.(\d{1,2})0*)?$/.exec(text.trim());
  if (!m) return null;
  const value = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return value > 0 ? value : null;
}

/** `8/16/24` or `08/16/2024` → `2024-08-16`. */
function parseExpiration(text: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(text.trim());
  if (!m) return null;
  const year = (m[3] ?? '').length === 2 ? `20${m[3] ?? ''}` : (m[3] ?? '');
  const iso = `${year}-${(m[1] ?? '').padStart(2, '0')}-${(m[2] ?? '').padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** The OCC symbol (`SPXW  240816P05200000`) must agree with the columns it repeats. */
function symbolMismatch(symbol: string, root: string, expiration: string, strikeHundredths: number, right: 'put' | 'call'): string | null {
  const m = /^\.?([A-Z]{1,6})\s*(\d{6})([PC])(\d{8})$/.exec(symbol.trim());
  if (!m) return `Symbol "${symbol.slice(0, 30)}" is not an option symbol like "SPXW  240816P05200000"`;
  const symbolExpiration = `20${(m[2] ?? '').slice(0, 2)}-${(m[2] ?? '').slice(2, 4)}-${(m[2] ?? '').slice(4, 6)}`;
  const agrees = m[1] === root && symbolExpiration === expiration && (m[3] === 'P') === (right === 'put') && Number(m[4]) / 10 === strikeHundredths;
  return agrees ? null : `Symbol "${symbol.trim()}" disagrees with Root Symbol / Expiration Date / Strike Price / Call or Put`;
}

/** One CSV row: commas split cells except inside double quotes (`"-10,300.00"`), `""` is a quote. */
export function splitCsvRow(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { current += '"'; i += 1; } else if (ch === '"') quoted = false;
      else current += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { cells.push(current.trim()); current = ''; } else current += ch;
  }
  cells.push(current.trim());
  return cells;
}
