/**
 * A prompt's suggestion → the form that carries it out and the values it starts from.
 * Prices cross a sign convention here: the rules engine quotes a cost to close as + debit,
 * the forms take a signed net price (+ credit, − debit).
 */
import { decimalText } from '../../../../shared/format/money';
import type { BookExpirationSuggestion, OpenCondorSuggestion, Prompt, Suggestion, VixHedgeSuggestion } from '../../../../shared/rules';
import { pointsText, splitNetPrice } from '../../format/points';
import { strikesText } from '../../trading/condor-core';
import type { CondorRole, NewCondorDraft } from '../../trading/condor-draft';
import type { CustomLayerDraft } from '../../trading/custom-layer-draft';
import { newLeg } from '../../trading/leg-draft';
import type { RollDraft } from '../../trading/roll-draft';
import type { TicketDraft } from '../../trading/ticket-draft';
import { centsToDollars } from '../../../../shared/money';

export type ActTarget =
  | { form: 'condor'; initial: Partial<NewCondorDraft> }
  | { form: 'roll'; layerId: number; initial: Partial<RollDraft> }
  | { form: 'hedge'; initial: Partial<CustomLayerDraft> }
  | { form: 'close'; layerId: number; initial: Partial<TicketDraft> }
  /** One click books the settlement ticket (asking first for a settlement level the store lacks). */
  | { form: 'book-expiration'; layerId: number; suggestion: BookExpirationSuggestion }
  /** Nothing to trade (hold, reduce, or no concrete suggestion): just record the decision. */
  | { form: 'none' };

/** A cost to close (+ debit) as the forms' unsigned text and direction. */
export function closePriceFields(costHundredths: number): { text: string; direction: 'credit' | 'debit' } {
  return splitNetPrice(-costHundredths);
}

function condorRole(role: OpenCondorSuggestion['role']): CondorRole {
  return role === 'hedge' ? 'base' : role;
}

export function condorPrefill(s: OpenCondorSuggestion, note: string): Partial<NewCondorDraft> {
  return {
    expiration: s.expiration, strikes: strikesText(s.strikes), quantity: String(s.quantity),
    credit: decimalText(s.creditHundredths), role: condorRole(s.role), underlying: s.underlying, notes: note,
  };
}

/** Cost per spread in cents → price per unit in hundredths of a point (options × 100). */
export function hedgePriceHundredths(s: VixHedgeSuggestion): number {
  return Math.round(centsToDollars(s.costPerContractCents));
}

export function hedgePrefill(s: VixHedgeSuggestion, protects: readonly number[], note: string): Partial<CustomLayerDraft> {
  const leg = { instrument: 'option', underlying: 'VIX', right: 'call', expiration: s.expiration } as const;
  return {
    role: 'hedge',
    legs: [
      newLeg({ ...leg, side: 'long', strike: pointsText(s.longStrikeHundredths) }),
      newLeg({ ...leg, side: 'short', strike: pointsText(s.shortStrikeHundredths) }),
    ],
    quantity: String(s.contracts),
    price: decimalText(hedgePriceHundredths(s)),
    direction: 'debit',
    protects: [...protects],
    notes: note,
  };
}

/** What "Act" opens for this suggestion. A hedge's protected layers are filled in by the caller. */
export function actTarget(suggestion: Suggestion | null, note: string): ActTarget {
  if (suggestion === null) return { form: 'none' };
  switch (suggestion.kind) {
    case 'open-condor':
      return { form: 'condor', initial: condorPrefill(suggestion, note) };
    case 'tighten':
      // Close and reopen at the tightened strikes, same expiration: the prices are the user's fills.
      return { form: 'roll', layerId: suggestion.layerId, initial: { expiration: suggestion.expiration, strikes: strikesText(suggestion.proposedStrikes), note } };
    case 'roll': {
      const close = closePriceFields(suggestion.closePriceHundredths);
      const open = condorPrefill(suggestion.open, note);
      return {
        form: 'roll', layerId: suggestion.layerId,
        initial: { closePrice: close.text, closeDirection: close.direction, expiration: open.expiration, strikes: open.strikes, quantity: String(suggestion.quantity), credit: open.credit, role: suggestion.open.role, note },
      };
    }
    case 'vix-hedge':
      return { form: 'hedge', initial: hedgePrefill(suggestion, [], note) };
    case 'close-or-adjust': {
      const close = suggestion.closePriceHundredths === null ? null : closePriceFields(suggestion.closePriceHundredths);
      return { form: 'close', layerId: suggestion.layerId, initial: { kind: 'close', ...(close ? { price: close.text, direction: close.direction } : {}), note } };
    }
    case 'book-expiration':
      return { form: 'book-expiration', layerId: suggestion.layerId, suggestion };
    case 'hold-new-layers':
    case 'reduce':
      return { form: 'none' };
  }
}

/** The note a pre-filled form starts with, so the trade says why it was made. */
export function promptNote(prompt: Prompt, asOf: string): string {
  return `${prompt.rule} (${asOf}): ${prompt.title}`;
}
