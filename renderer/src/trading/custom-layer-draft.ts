/** The "Add hedge / custom layer" form's text and its conversion to `layer/create` input. */
import type { ApiInput } from '../../../shared/api/contract';
import type { ApiIssue } from '../../../shared/api/errors';
import { dateProblem, isIsoDate } from '../../../shared/dates';
import type { LayerRole } from '../../../shared/domain/types';
import { parseHundredths } from '../../../shared/money';
import { defaultFeesCents, feesText, FEES_MESSAGE, parseFees } from '../forms/fees';
import type { PriceDirection } from '../format/points';
import { parseTags } from '../format/tags';
import { parseQuantity } from '../forms/parse-number';
import { multiplierFor, newLeg, parseLeg, type LegDraft, type LegInput } from './leg-draft';

export interface CustomLayerDraft {
  openedOn: string;
  role: LayerRole;
  legs: LegDraft[];
  quantity: string;
  /** Unsigned points per unit; `direction` gives the sign. */
  price: string;
  direction: PriceDirection;
  fees: string | null;
  protects: number[];
  notes: string;
  tags: string;
}

export type CustomLayerInput = Omit<ApiInput<'layer/create'>, 'portfolioId'>;

export function newCustomLayerDraft(today: string): CustomLayerDraft {
  return { openedOn: today, role: 'hedge', legs: [newLeg()], quantity: '1', price: '', direction: 'debit', fees: null, protects: [], notes: '', tags: '' };
}

/** Contracts per unit that pay a per-contract fee (ETF shares do not). */
export function contractsPerUnit(legs: readonly LegDraft[]): number {
  return legs.filter((l) => l.instrument !== 'etf').reduce((sum, l) => sum + (parseQuantity(l.ratio) ?? 1), 0);
}

/** "3.20" + debit → −320; null when the text is not an unsigned price. */
export function signedPrice(text: string, direction: PriceDirection): number | null {
  const value = parseHundredths(text);
  if (value === null || value < 0) return null;
  return direction === 'debit' ? -value : value;
}

export interface ParsedCustomLayer {
  input: CustomLayerInput | null;
  issues: ApiIssue[];
  feesText: string;
  multiplier: number | null;
  netPriceHundredths: number | null;
  quantity: number | null;
}

export function parseCustomLayer(draft: CustomLayerDraft, feePerContractCents: number): ParsedCustomLayer {
  const issues: ApiIssue[] = [];
  const openedOnIssue = dateProblem(draft.openedOn, 'trade date');
  if (openedOnIssue) issues.push({ path: 'openedOn', message: openedOnIssue });
  const legs: LegInput[] = [];
  draft.legs.forEach((leg, i) => {
    const parsed = parseLeg(leg, `legs.${i}`);
    issues.push(...parsed.issues);
    if (parsed.input) legs.push(parsed.input);
    if (isIsoDate(draft.openedOn) && leg.instrument !== 'etf' && isIsoDate(leg.expiration) && leg.expiration <= draft.openedOn) {
      issues.push({ path: `legs.${i}.expiration`, message: 'Must be after the open date' });
    }
  });
  if (draft.legs.length === 0) issues.push({ path: 'legs', message: 'Add at least one leg' });
  const multipliers = new Set(draft.legs.map((l) => multiplierFor(l.instrument)));
  if (multipliers.size > 1) issues.push({ path: 'legs', message: 'All legs of one layer need the same multiplier: enter options, futures and ETF shares as separate layers' });
  const quantity = parseQuantity(draft.quantity);
  if (quantity === null) issues.push({ path: 'quantity', message: 'Enter a whole number of units (1 or more)' });
  const netPrice = signedPrice(draft.price, draft.direction);
  if (netPrice === null) issues.push({ path: 'netPriceHundredths', message: 'Enter the net price per unit in points, e.g. 1.35' });
  const shownFees = feesText(draft.fees, defaultFeesCents(feePerContractCents, contractsPerUnit(draft.legs), quantity));
  const feesCents = parseFees(shownFees);
  if (feesCents === null) issues.push({ path: 'feesCents', message: FEES_MESSAGE });

  const input: CustomLayerInput | null = issues.length === 0 && quantity !== null && netPrice !== null && feesCents !== null
    ? {
      openedOn: draft.openedOn, role: draft.role, legs, quantity, netPriceHundredths: netPrice, feesCents,
      notes: draft.notes.trim(), tags: parseTags(draft.tags), protectsLayerIds: draft.role === 'hedge' ? draft.protects : [],
    }
    : null;
  const multiplier = multipliers.size === 1 ? ([...multipliers][0] ?? null) : null;
  return { input, issues, feesText: shownFees, multiplier, netPriceHundredths: netPrice, quantity };
}
