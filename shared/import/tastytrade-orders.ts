/**
 * Groups tastytrade fills into orders (rows sharing an `Order #`), in the time order they
 * happened, and recognises what an order's legs form. tastytrade lists the legs of one
 * order together, but two overlapping exports pasted together repeat rows anywhere: a row
 * with the same identity as an earlier one (order number, time, leg, quantity, cash) is a
 * duplicate wherever it sits, while a different row of the same order (a later partial
 * fill) joins the order.
 */
import type { CondorStrikes } from '../domain/types';
import type { TastyAction, TastyContract, TastyFill } from './tastytrade-csv';
import { hundredthsToPoints } from '../money';

/** One contract traded in an order: its fills summed. */
export interface OrderLeg extends TastyContract {
  action: TastyAction;
  quantity: number;
  valueCents: number;
  feesCents: number;
}

export interface TastyOrder {
  orderNumber: string;
  /** Exchange date of the order's first fill. */
  date: string;
  instant: number;
  lines: number[];
  legs: OrderLeg[];
}

export interface RepeatedOrder {
  orderNumber: string;
  lines: number[];
  firstLines: number[];
}

export function groupOrders(fills: readonly TastyFill[]): { orders: TastyOrder[]; repeated: RepeatedOrder[] } {
  // A row is identified by what it says (order, time, leg, quantity, cash), not by where it
  // sits: two overlapping exports pasted together may put the repeat right against the
  // original block, or anywhere else.
  const firstLineOf = new Map<string, number>();
  const byOrder = new Map<string, TastyFill[]>();
  const repeatedByOrder = new Map<string, RepeatedOrder>();
  for (const fill of fills) {
    const identity = fillIdentity(fill);
    const first = firstLineOf.get(identity);
    if (first !== undefined) {
      const entry = repeatedByOrder.get(fill.orderNumber) ?? { orderNumber: fill.orderNumber, lines: [], firstLines: [] };
      entry.lines.push(fill.line);
      entry.firstLines.push(first);
      repeatedByOrder.set(fill.orderNumber, entry);
      continue;
    }
    firstLineOf.set(identity, fill.line);
    const orderFills = byOrder.get(fill.orderNumber);
    if (orderFills) orderFills.push(fill);
    else byOrder.set(fill.orderNumber, [fill]);
  }
  const repeated = [...repeatedByOrder.values()].map((r) => ({ ...r, firstLines: [...r.firstLines].sort((a, b) => a - b) }));
  // Exports list the newest first; replay oldest first, keeping the file's order for equal times.
  const first = fills[0]?.instant ?? 0;
  const last = fills[fills.length - 1]?.instant ?? 0;
  const newestFirst = first > last;
  const orders = [...byOrder.entries()].map(([orderNumber, orderFills]) => toOrder(orderNumber, orderFills));
  orders.sort((a, b) => a.instant - b.instant || (newestFirst ? (b.lines[0] ?? 0) - (a.lines[0] ?? 0) : (a.lines[0] ?? 0) - (b.lines[0] ?? 0)));
  return { orders, repeated };
}

/** What makes a fill the same fill in two exports: order number, time, leg, quantity and cash. */
export function fillIdentity(fill: TastyFill): string {
  return [fill.orderNumber, fill.instant, fill.action, fill.underlying, fill.right, fill.strikeHundredths, fill.expiration, fill.quantity, fill.valueCents].join('|');
}

function toOrder(orderNumber: string, fills: TastyFill[]): TastyOrder {
  const sorted = [...fills].sort((a, b) => a.instant - b.instant || a.line - b.line);
  const legs = new Map<string, OrderLeg>();
  for (const f of sorted) {
    const key = `${f.action}|${f.underlying}|${f.right}|${f.strikeHundredths}|${f.expiration}`;
    const leg = legs.get(key);
    if (leg) {
      leg.quantity += f.quantity;
      leg.valueCents += f.valueCents;
      leg.feesCents += f.feesCents;
    } else {
      legs.set(key, { action: f.action, underlying: f.underlying, right: f.right, strikeHundredths: f.strikeHundredths, expiration: f.expiration, quantity: f.quantity, valueCents: f.valueCents, feesCents: f.feesCents });
    }
  }
  const firstFill = sorted[0];
  return { orderNumber, date: firstFill?.date ?? '', instant: firstFill?.instant ?? 0, lines: fills.map((f) => f.line).sort((a, b) => a - b), legs: [...legs.values()] };
}

export const isOpening = (leg: OrderLeg): boolean => leg.action === 'SELL_TO_OPEN' || leg.action === 'BUY_TO_OPEN';

/** The side a leg leaves (opening) or takes off (closing: BUY_TO_CLOSE closes a short). */
export function heldSide(leg: OrderLeg): 'long' | 'short' {
  return leg.action === 'BUY_TO_OPEN' || leg.action === 'SELL_TO_CLOSE' ? 'long' : 'short';
}

export interface CondorShape {
  underlying: 'SPX' | 'SPXW';
  expiration: string;
  strikes: CondorStrikes;
  quantity: number;
}

/**
 * Four opening legs on one expiration — a long and a short put, a short and a long call,
 * the same size, short strikes inside the long ones — are an iron condor.
 */
export function condorShape(legs: readonly OrderLeg[]): CondorShape | null {
  if (legs.length !== 4 || !legs.every(isOpening)) return null;
  const find = (right: 'put' | 'call', side: 'long' | 'short') => legs.find((l) => l.right === right && heldSide(l) === side);
  const [pl, ps, cs, cl] = [find('put', 'long'), find('put', 'short'), find('call', 'short'), find('call', 'long')];
  if (!pl || !ps || !cs || !cl) return null;
  const quantity = pl.quantity;
  if (![ps, cs, cl].every((l) => l.quantity === quantity && l.expiration === pl.expiration)) return null;
  if (!(pl.strikeHundredths < ps.strikeHundredths && ps.strikeHundredths < cs.strikeHundredths && cs.strikeHundredths < cl.strikeHundredths)) return null;
  return {
    underlying: legs.every((l) => l.underlying === 'SPX') ? 'SPX' : 'SPXW',
    expiration: pl.expiration,
    strikes: { putLong: pl.strikeHundredths, putShort: ps.strikeHundredths, callShort: cs.strikeHundredths, callLong: cl.strikeHundredths },
    quantity,
  };
}

/** "5200P" style label of a leg, for messages. */
export function legLabel(leg: { right: 'put' | 'call'; strikeHundredths: number; expiration: string }): string {
  const strike = leg.strikeHundredths % 100 === 0 ? String(hundredthsToPoints(leg.strikeHundredths)) : hundredthsToPoints(leg.strikeHundredths).toFixed(2);
  return `${strike}${leg.right === 'put' ? 'P' : 'C'} ${leg.expiration}`;
}

export function linesLabel(lines: readonly number[]): string {
  const first = lines[0] ?? 0;
  const last = lines[lines.length - 1] ?? first;
  return first === last ? `line ${first}` : `lines ${first}–${last}`;
}
