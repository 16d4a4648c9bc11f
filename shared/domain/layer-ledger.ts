/**
 * Derives a layer's position and P&L from its legs and tickets — the tickets are the
 * ledger, nothing else is stored twice. Pure, so the backend, reports and tests agree.
 */
import { daysBetween } from '../dates';
import type { CondorStrikes, Leg, Ticket } from './types';

/** Tickets that reduce the number of open units. */
export const CLOSING_ACTIONS: ReadonlySet<string> = new Set(['close', 'roll', 'expire', 'settle']);

export interface LedgerView {
  openContracts: Record<number, number>;
  openedQuantity: number;
  openQuantity: number;
  netCashCents: number;
  feesCents: number;
  /**
   * Cash of closing tickets plus the opening/adjusting cash of the units closed, pro rata.
   * A fully closed layer's realised P&L is simply its net cash.
   */
  realizedPnlCents: number;
  openPriceHundredths: number;
  expiration: string | null;
  strikes: CondorStrikes | null;
  lastDate: string | null;
}

/** The running sums the realised-P&L formula needs; one ledger pass adds each ticket in order. */
export interface LedgerTotals {
  openedQuantity: number;
  closedQuantity: number;
  netCashCents: number;
  closingCashCents: number;
  costBasisCashCents: number;
}

export function emptyLedgerTotals(): LedgerTotals {
  return { openedQuantity: 0, closedQuantity: 0, netCashCents: 0, closingCashCents: 0, costBasisCashCents: 0 };
}

/** Adds one ticket's units and cash (tickets in ledger order). */
export function addTicketToTotals(totals: LedgerTotals, ticket: Ticket): void {
  totals.netCashCents += ticket.cashCents;
  if (ticket.action === 'open') totals.openedQuantity += ticket.quantity;
  if (CLOSING_ACTIONS.has(ticket.action)) {
    totals.closedQuantity += ticket.quantity;
    totals.closingCashCents += ticket.cashCents;
  } else {
    totals.costBasisCashCents += ticket.cashCents;
  }
}

/**
 * Open units and realised P&L from the totals. A position whose legs are all flat is closed,
 * whatever the unit count says (an adjust can flatten it); a fully closed layer realises its
 * net cash, a partly closed one its closing cash plus the cost basis of the units closed, pro rata.
 */
export function realizedFromTotals(totals: LedgerTotals, allLegsFlat: boolean): { openQuantity: number; realizedPnlCents: number } {
  const { openedQuantity, closedQuantity, netCashCents, closingCashCents, costBasisCashCents } = totals;
  const openQuantity = allLegsFlat ? 0 : Math.max(0, openedQuantity - closedQuantity);
  const realizedPnlCents = openQuantity === 0
    ? netCashCents
    : closingCashCents + (openedQuantity > 0 ? Math.round((costBasisCashCents * Math.min(closedQuantity, openedQuantity)) / openedQuantity) : 0);
  return { openQuantity, realizedPnlCents };
}

export function summarizeLedger(legs: readonly Leg[], tickets: readonly Ticket[]): LedgerView {
  const openContracts: Record<number, number> = {};
  for (const leg of legs) openContracts[leg.id] = 0;
  const totals = emptyLedgerTotals();
  let feesCents = 0;
  let openPriceHundredths = 0;
  let lastDate: string | null = null;

  for (const ticket of tickets) {
    for (const tl of ticket.legs) openContracts[tl.legId] = (openContracts[tl.legId] ?? 0) + tl.quantity;
    if (ticket.action === 'open' && totals.openedQuantity === 0) openPriceHundredths = ticket.netPriceHundredths;
    addTicketToTotals(totals, ticket);
    feesCents += ticket.feesCents;
    if (lastDate === null || ticket.date > lastDate) lastDate = ticket.date;
  }

  const { openQuantity, realizedPnlCents } = realizedFromTotals(totals, Object.values(openContracts).every((q) => q === 0));
  const { openedQuantity, netCashCents } = totals;

  const liveLegs = legs.filter((leg) => (openContracts[leg.id] ?? 0) !== 0);
  const shapeLegs = liveLegs.length > 0 ? liveLegs : legs;
  return {
    openContracts,
    openedQuantity,
    openQuantity,
    netCashCents,
    feesCents,
    realizedPnlCents,
    openPriceHundredths,
    expiration: earliestExpiration(shapeLegs),
    strikes: condorStrikesOf(shapeLegs),
    lastDate,
  };
}

function earliestExpiration(legs: readonly Leg[]): string | null {
  let earliest: string | null = null;
  for (const leg of legs) if (leg.expiration !== null && (earliest === null || leg.expiration < earliest)) earliest = leg.expiration;
  return earliest;
}

/** The four strikes when the legs form one iron condor (one expiration, ratio 1), else null. */
export function condorStrikesOf(legs: readonly Leg[]): CondorStrikes | null {
  if (legs.length !== 4) return null;
  const find = (right: 'put' | 'call', side: 'long' | 'short') => legs.find((leg) => leg.instrument === 'option' && leg.right === right && leg.side === side);
  const putLong = find('put', 'long');
  const putShort = find('put', 'short');
  const callShort = find('call', 'short');
  const callLong = find('call', 'long');
  if (!putLong || !putShort || !callShort || !callLong) return null;
  const expirations = new Set(legs.map((leg) => leg.expiration));
  if (expirations.size !== 1 || legs.some((leg) => leg.ratio !== 1)) return null;
  const strikes = { putLong: putLong.strikeHundredths ?? 0, putShort: putShort.strikeHundredths ?? 0, callShort: callShort.strikeHundredths ?? 0, callLong: callLong.strikeHundredths ?? 0 };
  return strikes.putLong < strikes.putShort && strikes.putShort < strikes.callShort && strikes.callShort < strikes.callLong ? strikes : null;
}

/** Calendar days to expiration, or null when the layer has no dated leg. */
export function daysToExpiration(expiration: string | null, asOf: string): number | null {
  return expiration === null ? null : daysBetween(asOf, expiration);
}
