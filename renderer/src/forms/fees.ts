/**
 * Fees fields start at the portfolio's default (fee per contract × legs × units) and follow
 * the quantity until the user types their own amount; `null` in a draft means "default".
 */
import { parseCents } from '../../../shared/money';
import { dollarsText } from '../format/money';

export { defaultFeesCents } from '../../../shared/domain/fee-defaults';

/** The text the fees input shows. */
export function feesText(draftText: string | null, defaultCents: number): string {
  return draftText ?? dollarsText(defaultCents);
}

/** Dollars → cents, null unless a non-negative amount with at most two decimals. */
export function parseFees(text: string): number | null {
  if (text.trim() === '') return 0;
  const cents = parseCents(text);
  return cents !== null && cents >= 0 ? cents : null;
}

export const FEES_MESSAGE = 'Enter the fees in dollars, e.g. 6.00 (0 for none)';
