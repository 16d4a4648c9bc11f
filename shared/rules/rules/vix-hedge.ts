/**
 * `vix-hedge`: VIX RSI(rsiPeriod) > rsiThreshold (strict) → a VIX call spread paid from the hedge
 * pot (default) or the capital budget, sized by IV − RV = VIX − 100 × RV(realizedVolWindow) of SPX
 * (see hedge-proposal.ts). With hedgeIvRvTrigger on, IV − RV < ivRvThresholdPoints alone also
 * fires it (the old trigger). Before VIX options existed (2006-02-24) it fires but cannot trade.
 */
import { ivRvSpread } from '../../analytics';
import { VIX_OPTIONS_FROM } from '../../calendar';
import { hedgePotFromLayers } from '../hedge-pot';
import { dollars, num, numVs, points } from '../format';
import { hedgeProposal } from '../hedge-proposal';
import type { PortfolioSettings } from '../../domain/settings';
import type { RuleContext, RuleDefinition } from '../rule-context';
import type { VixHedgeSuggestion } from '../types';

/** A market reading as the rule sees it: a value, or why there is none. */
type Reading = { ok: true } | { ok: false; message: string };

/** Why the rule cannot judge: the RSI's message, and VIX's (or, with VIX read, the realized vol's). */
function missingInputs(rsi: Reading, vix: Reading, rv: Reading): string[] {
  const missing: string[] = [];
  if (!rsi.ok) missing.push(rsi.message);
  if (!vix.ok) missing.push(vix.message);
  else if (!rv.ok) missing.push(rv.message);
  return missing;
}

/** The hedge pot, cents: the one the caller passed (the backtest keeps its own), else rebuilt from the layers. */
function potCentsOf(ctx: RuleContext): number {
  return ctx.input.hedgePotCents ?? hedgePotFromLayers(ctx.input.layers, ctx.asOf, ctx.settings, ctx.input.riskCapitalCents).potCents;
}

/** How the proposal was funded: the settings, pot funding or not, the pot and what open hedges hold, cents. */
interface Funding {
  settings: PortfolioSettings;
  fromPot: boolean;
  potCents: number;
  existingHedgeCents: number;
}

/** The sentence that states the proposed spread and its budget (or that the budget left buys nothing). */
function proposalText(proposal: VixHedgeSuggestion, f: Funding): string {
  const { settings, potCents, existingHedgeCents } = f;
  const target = Math.floor(proposal.budgetCents * proposal.budgetScale);
  const spreadText = `VIX ${points(proposal.longStrikeHundredths)}/${points(proposal.shortStrikeHundredths)} call spread exp ${proposal.expiration} at ~${dollars(proposal.costPerContractCents)} each (Black-76 on a VIX forward of ${num(proposal.forwardPoints)}, vol of vol ${num(proposal.volOfVol * 100)}%)`;
  const held = existingHedgeCents > 0 ? `, ${dollars(existingHedgeCents)} already in open hedges` : '';
  const budgetText = f.fromPot
    ? `${num(proposal.budgetScale * 100)}% of the hedge pot (${dollars(potCents)}, ${num(settings.hedgePotSharePct)}% of each condor credit, capped at ${num(settings.hedgeBudgetPct)}% of risk capital) with open hedges = ${dollars(target)}${held}`
    : `${num(proposal.budgetScale * 100)}% of the ${num(settings.hedgeBudgetPct)}% hedge budget = ${dollars(target)}${held}`;
  return proposal.contracts > 0 ? `Buy ${proposal.contracts} × ${spreadText}: ${budgetText}.` : `Target ${budgetText}: nothing left to add at ${dollars(proposal.costPerContractCents)} per ${spreadText}.`;
}

/** `vix-hedge`: Fires on VIX RSI above the threshold or IV − RV below its threshold; suggests a VIX call spread. */
export const vixHedgeRule: RuleDefinition = {
  id: 'vix-hedge',
  evaluate(ctx) {
    const { settings, market } = ctx;
    const rsi = market.vixRsi;
    const rv = market.realizedVol;
    const vix = market.vix;
    const spread = vix.ok && rv.ok ? ivRvSpread(vix.value, rv.value) : null;
    const byRsi = rsi.ok && rsi.value > settings.rsiThreshold;
    const bySpread = settings.hedgeIvRvTrigger && spread !== null && spread < settings.ivRvThresholdPoints;
    if (!byRsi && !bySpread) return { prompts: [], unavailable: missingInputs(rsi, vix, rv) };

    const reasons: string[] = [];
    if (byRsi && rsi.ok) reasons.push(`VIX RSI(${settings.rsiPeriod}) ${numVs(rsi.value, settings.rsiThreshold)} > ${num(settings.rsiThreshold)} on ${rsi.date}`);
    if (bySpread && spread !== null && vix.ok && rv.ok) {
      reasons.push(`IV − RV = VIX ${num(vix.value)} − 100 × RV${settings.realizedVolWindow} ${num(100 * rv.value)} = ${numVs(spread, settings.ivRvThresholdPoints)} < ${num(settings.ivRvThresholdPoints)} points on ${rv.date}`);
    }
    const deficit = spread === null ? 0 : Math.max(0, settings.ivRvThresholdPoints - spread);
    const existingHedgeCents = ctx.portfolio.hedges.reduce((sum, h) => sum + h.investedCents, 0);
    const fromPot = settings.hedgeFunding === 'premium-pot';
    const potCents = fromPot ? potCentsOf(ctx) : 0;
    const listed = ctx.asOf >= VIX_OPTIONS_FROM;
    const proposal = vix.ok && listed
      ? hedgeProposal({
        asOf: ctx.asOf, vix: vix.value, deficitPoints: deficit, spreadPoints: spread, riskCapitalCents: ctx.input.riskCapitalCents, existingHedgeCents, potCents, settings,
      })
      : null;
    let detail = listed ? '' : `VIX options were first listed on ${VIX_OPTIONS_FROM}: no hedge can be bought on ${ctx.asOf}.`;
    if (proposal !== null) detail = proposalText(proposal, { settings, fromPot, potCents, existingHedgeCents });
    return {
      prompts: [{
        subject: 'portfolio',
        severity: 'warning',
        title: 'Add or scale the VIX hedge',
        explanation: `${reasons.join('; ')}. ${detail}`.trim(),
        inputs: {
          vixRsi: rsi.ok ? rsi.value : null,
          rsiThreshold: settings.rsiThreshold,
          vix: vix.ok ? vix.value : null,
          realizedVolPct: rv.ok ? 100 * rv.value : null,
          ivRvSpreadPoints: spread,
          ivRvThresholdPoints: settings.ivRvThresholdPoints,
          hedgeBudgetPct: settings.hedgeBudgetPct,
          hedgeFunding: settings.hedgeFunding,
          hedgePotCents: fromPot ? potCents : null,
          existingHedgeCents,
          firedByRsi: byRsi,
          firedBySpread: bySpread,
        },
        suggestion: proposal !== null && proposal.contracts > 0 ? proposal : null,
        layerId: null,
      }],
      unavailable: [],
    };
  },
};
