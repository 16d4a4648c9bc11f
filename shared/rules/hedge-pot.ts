/**
 * The hedge pot (ALVH "second engine", ALVH.md): each condor's opening net credit puts
 * hedgePotSharePct % of it into the pot; VIX hedges are paid from the pot; an unspent pot carries
 * over, capped at hedgeBudgetPct % of risk capital. Money in integer cents.
 *
 * Invariant: the pot never goes below zero, so cumulative hedge debits (fees included) never
 * exceed the premium share collected (the cap only drops contributions).
 */
import type { PortfolioSettings } from '../domain/settings';
import type { LayerDetail } from '../domain/types';
import { pctOfCents } from './sizing';

/** Running state of the pot, cents. */
export interface HedgePot {
  potCents: number;
  /** Σ premium share credited to the pot (before the cap drops any of it). */
  collectedCents: number;
  /** Σ hedge opening debits paid from the pot, fees included. */
  spentCents: number;
}

export const EMPTY_POT: HedgePot = { potCents: 0, collectedCents: 0, spentCents: 0 };

type PotSettings = Pick<PortfolioSettings, 'hedgePotSharePct' | 'hedgeBudgetPct'>;

/** The pot's cap, cents: hedgeBudgetPct % of risk capital. */
export function hedgePotCapCents(settings: PotSettings, riskCapitalCents: number): number {
  return pctOfCents(settings.hedgeBudgetPct, riskCapitalCents);
}

/** The share of an opening credit (cents, ≤ 0 credits nothing) that goes to the pot: floor(credit × share %). */
export function potShareCents(settings: PotSettings, openingCreditCents: number): number {
  return openingCreditCents > 0 ? Math.floor((openingCreditCents * settings.hedgePotSharePct) / 100) : 0;
}

/** The pot after a condor opened for `openingCreditCents`: + its share, capped. */
export function creditPot(pot: HedgePot, settings: PotSettings, riskCapitalCents: number, openingCreditCents: number): HedgePot {
  const share = potShareCents(settings, openingCreditCents);
  const cap = hedgePotCapCents(settings, riskCapitalCents);
  return { potCents: Math.max(pot.potCents, Math.min(cap, pot.potCents + share)), collectedCents: pot.collectedCents + share, spentCents: pot.spentCents };
}

/** The pot after a hedge cost `debitCents` (fees included); throws when the pot cannot pay it (a caller bug). */
export function debitPot(pot: HedgePot, debitCents: number): HedgePot {
  if (debitCents > pot.potCents) throw new RangeError(`hedge debit ${debitCents} exceeds the pot ${pot.potCents}`);
  return { potCents: pot.potCents - debitCents, collectedCents: pot.collectedCents, spentCents: pot.spentCents + Math.max(0, debitCents) };
}

/**
 * The pot as of `asOf` from a portfolio's layers (the app's view): opening tickets dated ≤ asOf
 * in date then ticket order; a condor's opening credit (price × 100 × quantity) credits its share,
 * a hedge's opening debit (−cash, fees included) is paid from the pot (never below zero: hedges
 * the user bought beyond the pot only empty it).
 */
export function hedgePotFromLayers(layers: readonly LayerDetail[], asOf: string, settings: PotSettings, riskCapitalCents: number): HedgePot {
  const opens = layers.flatMap((layer) => layer.tickets.filter((t) => t.action === 'open' && t.date <= asOf).map((t) => ({ hedge: layer.role === 'hedge', ticket: t })));
  opens.sort((a, b) => (a.ticket.date < b.ticket.date ? -1 : a.ticket.date > b.ticket.date ? 1 : a.ticket.id - b.ticket.id));
  let pot = EMPTY_POT;
  for (const { hedge, ticket } of opens) {
    if (!hedge) pot = creditPot(pot, settings, riskCapitalCents, ticket.netPriceHundredths * ticket.multiplier * ticket.quantity);
    else pot = debitPot(pot, Math.min(pot.potCents, Math.max(0, -ticket.cashCents)));
  }
  return pot;
}
