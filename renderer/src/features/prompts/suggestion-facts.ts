/** A suggestion as one headline and a few labelled figures, each with its unit. */
import { formatCents } from '../../../../shared/format/money';
import type { CondorProposal, Suggestion } from '../../../../shared/rules';
import { formatNetPrice, formatStrike } from '../../format/points';
import { formatCondorStrikes } from '../../format/strikes';
import { formatNumber } from './input-format';

export type Fact = readonly [label: string, value: string];

export interface SuggestionFacts {
  headline: string;
  facts: Fact[];
}

const pts = (hundredths: number) => `${formatNumber(hundredths / 100)} pts`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function condorFacts(c: CondorProposal): Fact[] {
  return [
    ['expiration', `${c.expiration} (${c.dte} DTE)`],
    ['strikes', `${formatCondorStrikes(c.strikes)} pts`],
    ['width', `${pts(c.wingWidthHundredths)} per wing`],
    ['short deltas', `put Δ ${formatNumber(c.shortPutDelta)} · call Δ ${formatNumber(c.shortCallDelta)}`],
    ['contracts', plural(c.quantity, 'condor')],
    ['est. credit', `${pts(c.creditHundredths)} = ${formatCents(c.creditHundredths * 100 * c.quantity)} total`],
    ['max loss', `${formatCents(c.maxLossPerContractCents)} per condor = ${formatCents(c.maxLossPerContractCents * c.quantity)}`],
  ];
}

type SuggestionOf<K extends Suggestion['kind']> = Extract<Suggestion, { kind: K }>;

function openCondorFacts(s: SuggestionOf<'open-condor'>): SuggestionFacts {
  return {
    headline: `Open ${plural(s.quantity, 'condor')} ${s.underlying} ${formatCondorStrikes(s.strikes)} exp ${s.expiration} (${s.role})`,
    facts: [...condorFacts(s), ...(s.budgetCents !== null ? [['budget', `${formatCents(s.budgetCents)} (${formatNumber(s.slotPct ?? 0)}% of risk capital)`] as const] : [])],
  };
}

/** A cost to close (+ debit) per unit and in all, read as a debit or, for a hedge sold back, a credit. */
function closeCostText(s: SuggestionOf<'close-or-adjust'>): string {
  const cost = s.closePriceHundredths;
  if (cost === null) return 'unknown (no mark, no model value)';
  const side = cost < 0 ? 'credit' : 'debit';
  return `${pts(Math.abs(cost))} ${side} per unit (${s.closeSource ?? ''}) = ${formatCents(Math.abs(cost) * 100 * s.quantity)} ${side}`;
}

function closeOrAdjustFacts(s: SuggestionOf<'close-or-adjust'>): SuggestionFacts {
  const hedgeExit = s.reasons.some((r) => r === 'hedge-take-profit' || r === 'hedge-rsi-exit');
  return {
    headline: hedgeExit ? `Close hedge layer #${s.layerId} for profit (${s.reasons.join(', ')})` : `Close or adjust layer #${s.layerId} (${s.reasons.join(', ')})`,
    facts: [
      ['units', plural(s.quantity, 'unit')],
      ['cost to close', closeCostText(s)],
    ],
  };
}

/** The settlement of each open leg and the per-unit price to book; "unknown" until every level is stored or entered. */
function bookExpirationFacts(s: SuggestionOf<'book-expiration'>): SuggestionFacts {
  return {
    headline: s.settlePriceHundredths === null ? `Book the expiration of layer #${s.layerId}: enter the settlement price` : `Book the expiration of layer #${s.layerId}: ${s.action} at ${formatNetPrice(-s.settlePriceHundredths)} per unit`,
    facts: [
      ['expired on', s.date],
      ['units', plural(s.quantity, 'unit')],
      ...s.legs.map((l) => [`leg #${l.legId} (${l.contracts > 0 ? '+' : ''}${l.contracts})`, l.levelPoints === null ? `${l.source}: not stored` : `${l.source} ${formatNumber(l.levelPoints)} → ${formatNumber(l.valuePoints ?? 0)} pts`] as const),
      ['settlement', s.settlePriceHundredths === null ? 'unknown until the price is entered' : `${pts(s.settlePriceHundredths)} per unit = ${formatCents(s.settlePriceHundredths * 100 * s.quantity)} ${s.settlePriceHundredths > 0 ? 'debit' : s.settlePriceHundredths < 0 ? 'credit' : ''}`],
    ],
  };
}

export function suggestionFacts(s: Suggestion): SuggestionFacts {
  switch (s.kind) {
    case 'open-condor':
      return openCondorFacts(s);
    case 'tighten':
      return {
        headline: s.changed ? `Tighten layer #${s.layerId}: ${formatCondorStrikes(s.currentStrikes)} → ${formatCondorStrikes(s.proposedStrikes)}` : `Layer #${s.layerId} is already at or beyond the target-delta strikes`,
        facts: [
          ['expiration', `${s.expiration} (unchanged)`],
          ['current strikes', `${formatCondorStrikes(s.currentStrikes)} pts · Δ ${formatNumber(s.currentShortPutDelta)} / ${formatNumber(s.currentShortCallDelta)}`],
          ['proposed strikes', `${formatCondorStrikes(s.proposedStrikes)} pts · Δ ${formatNumber(s.proposedShortPutDelta)} / ${formatNumber(s.proposedShortCallDelta)}`],
          ['width', `${pts(s.proposedStrikes.putShort - s.proposedStrikes.putLong)} put · ${pts(s.proposedStrikes.callLong - s.proposedStrikes.callShort)} call`],
        ],
      };
    case 'vix-hedge':
      return {
        headline: `Buy ${plural(s.contracts, 'VIX call spread')} ${formatStrike(s.longStrikeHundredths)}/${formatStrike(s.shortStrikeHundredths)} exp ${s.expiration}`,
        facts: [
          ['strikes', `long call ${formatStrike(s.longStrikeHundredths)} pts · short call ${formatStrike(s.shortStrikeHundredths)} pts`],
          ['width', pts(s.shortStrikeHundredths - s.longStrikeHundredths)],
          ['expiration', s.expiration],
          ['contracts', plural(s.contracts, 'spread')],
          ['est. cost', `${formatCents(s.costPerContractCents)} per spread = ${formatCents(s.totalCostCents)} debit`],
          ['budget', `${formatCents(s.budgetCents)} × ${formatNumber(s.budgetScale * 100)}% = ${formatCents(Math.floor(s.budgetCents * s.budgetScale))}`],
          ['in open hedges', formatCents(s.existingHedgeCents)],
          ['priced off', `VIX forward ${formatNumber(s.forwardPoints)} pts · vol of vol ${formatNumber(s.volOfVol * 100)}%`],
        ],
      };
    case 'roll':
      return {
        headline: `Roll layer #${s.layerId}: close ${plural(s.quantity, 'unit')} at ${formatNetPrice(-s.closePriceHundredths)}, open exp ${s.open.expiration}`,
        facts: [
          ['close at', `${pts(s.closePriceHundredths)} debit per condor (${s.closeSource}${s.markDate ? ` of ${s.markDate}` : ''}) = ${formatCents(s.closePriceHundredths * 100 * s.quantity)}`],
          ...condorFacts(s.open),
        ],
      };
    case 'close-or-adjust':
      return closeOrAdjustFacts(s);
    case 'hold-new-layers':
      return {
        headline: `Hold new layers until ${s.holdUntil}`,
        facts: s.events.map((e) => [e.kind, `${e.date} (${plural(e.tradingDaysAway, 'trading day')} away)${e.note ? ` · ${e.note}` : ''}`] as const),
      };
    case 'book-expiration':
      return bookExpirationFacts(s);
    case 'reduce':
      return {
        headline: `Reduce open risk by ${formatCents(s.excessCents)}`,
        facts: [
          [`total ${s.riskBasis}`, `${formatCents(s.totalRiskCents)} of ${formatCents(s.riskCapitalCents)} risk capital`],
          ...s.layers.map((l) => [`layer #${l.layerId}`, formatCents(l.riskCents)] as const),
        ],
      };
  }
}
