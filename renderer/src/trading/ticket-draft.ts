/**
 * The "Add ticket" form: close, partial close, adjust (named legs and/or new legs), expire
 * or settle, with its conversion to `ticket/add` input. A close is normally a debit, which the
 * journal stores as a negative net price.
 */
import type { ApiInput } from '../../../shared/api/contract';
import type { ApiIssue } from '../../../shared/api/errors';
import { dateProblem } from '../../../shared/dates';
import { defaultClosingFeesCents } from '../../../shared/domain/fee-defaults';
import { adjustLegIssues, newTicketDateIssues } from '../../../shared/domain/ticket-rules';
import type { LayerDetail } from '../../../shared/domain/types';
import { feesText, FEES_MESSAGE, parseFees } from '../forms/fees';
import type { PriceDirection } from '../format/points';
import { parseContracts, parseQuantity } from '../forms/parse-number';
import { signedPrice } from './custom-layer-draft';
import { parseLeg, type LegDraft, type LegInput } from './leg-draft';

export type TicketKind = 'close' | 'partial' | 'adjust' | 'expire' | 'settle';

export interface TicketDraft {
  kind: TicketKind;
  date: string;
  /** Units to close (partial) or to trade new legs at (adjust). */
  quantity: string;
  price: string;
  direction: PriceDirection;
  fees: string | null;
  note: string;
  /** Adjust: signed contracts per existing leg id (+ buys, − sells); blank = not traded. */
  legQuantities: Record<number, string>;
  newLegs: LegDraft[];
}

export type TicketInput = Omit<ApiInput<'ticket/add'>, 'layerId'>;

export function tradeDate(layer: LayerDetail, today: string): string {
  return today < layer.openedOn ? layer.openedOn : today;
}

export function newTicketDraft(layer: LayerDetail, today: string): TicketDraft {
  return { kind: 'close', date: tradeDate(layer, today), quantity: String(layer.openQuantity), price: '', direction: 'debit', fees: null, note: '', legQuantities: {}, newLegs: [] };
}

/** Switching the kind resets what differs: an expiry is dated at expiration and worth 0. */
export function withKind(draft: TicketDraft, kind: TicketKind, layer: LayerDetail, today: string): TicketDraft {
  const atExpiry = kind === 'expire' || kind === 'settle';
  return {
    ...draft,
    kind,
    date: atExpiry && layer.expiration !== null ? layer.expiration : tradeDate(layer, today),
    price: kind === 'expire' ? '0' : draft.kind === 'expire' ? '' : draft.price,
    direction: kind === 'expire' ? 'credit' : 'debit',
    // A partial close starts at every open unit, as `alvh ticket add` does; the trader lowers it.
    quantity: String(layer.openQuantity),
    fees: null,
  };
}

export interface ParsedTicket {
  input: TicketInput | null;
  issues: ApiIssue[];
  feesText: string;
  units: number | null;
  netPriceHundredths: number | null;
  /** Adjust: the API path each traded leg's contracts are reported at. */
  legPaths: Record<number, string>;
}

export function parseTicket(draft: TicketDraft, layer: LayerDetail, feePerContractCents: number): ParsedTicket {
  const issues: ApiIssue[] = [];
  const action = draft.kind === 'partial' ? 'close' : draft.kind;
  const dateIssue = dateProblem(draft.date, 'trade date');
  if (dateIssue) issues.push({ path: 'date', message: dateIssue });
  else issues.push(...newTicketDateIssues(layer, action, draft.date));
  const price = signedPrice(draft.price, draft.direction);
  if (price === null) issues.push({ path: 'netPriceHundredths', message: 'Enter the net price per unit in points (0 if worthless)' });

  let units: number | null = layer.openQuantity;
  if (draft.kind === 'partial' || (draft.kind === 'adjust' && draft.newLegs.length > 0)) {
    units = parseQuantity(draft.quantity);
    if (units === null || (draft.kind === 'partial' && units > layer.openQuantity)) {
      issues.push({ path: 'quantity', message: `A whole number from 1 to ${layer.openQuantity}` });
      units = null;
    }
  }

  const legs: { legId: number; quantity: number }[] = [];
  const legPaths: Record<number, string> = {};
  const newLegs: LegInput[] = [];
  let contracts = 0;
  if (draft.kind === 'adjust') {
    for (const leg of layer.legs) {
      const text = draft.legQuantities[leg.id] ?? '';
      if (text.trim() === '') continue;
      const path = `legs.${legs.length}.quantity`;
      legPaths[leg.id] = path;
      const q = parseContracts(text);
      if (q === null) issues.push({ path, message: 'Signed whole contracts, e.g. +2 or −1' });
      legs.push({ legId: leg.id, quantity: q ?? 0 });
      contracts += Math.abs(q ?? 0);
    }
    draft.newLegs.forEach((leg, i) => {
      const parsed = parseLeg(leg, `newLegs.${i}`);
      issues.push(...parsed.issues);
      if (parsed.input) newLegs.push(parsed.input);
      contracts += (parseQuantity(leg.ratio) ?? 1) * (units ?? 0);
    });
    if (legs.length === 0 && draft.newLegs.length === 0) issues.push({ path: 'legs', message: 'Enter contracts for at least one leg, or add a new leg' });
    // A new leg's multiplier follows from its instrument, so the form shows a mismatch there.
    issues.push(...adjustLegIssues(layer, legs, newLegs).map((i) => ({ ...i, path: i.path.replace(/\.multiplier$/, '.instrument') })));
  } else {
    contracts = defaultClosingFeesCents(layer, action, units, 1);
  }

  const shownFees = feesText(draft.fees, contracts * feePerContractCents);
  const feesCents = parseFees(shownFees);
  if (feesCents === null) issues.push({ path: 'feesCents', message: FEES_MESSAGE });

  const input: TicketInput | null = issues.length === 0 && price !== null && feesCents !== null && units !== null
    ? {
      date: draft.date, action, netPriceHundredths: price, feesCents, note: draft.note.trim(),
      ...(draft.kind === 'partial' || (draft.kind === 'adjust' && newLegs.length > 0) ? { quantity: units } : {}),
      ...(draft.kind === 'adjust' ? { legs, newLegs } : {}),
    }
    : null;
  return { input, issues, feesText: shownFees, units, netPriceHundredths: price, legPaths };
}
