/**
 * The ALVH book: every day, settle what expired, close VIX hedges that reached their exit
 * (rules/hedge-exit.ts, the predicate the app's `hedge-exit` prompt uses), run the rules engine
 * on the in-memory layers (exactly the records the app would hold) and act on each actionable
 * prompt, in the engine's order (critical → warning → info). A layer acted on once that day is left alone by later prompts (a loyalty-trap exit beats
 * a roll of the same layer). `hold-new-layers` and `reduce` are only counted.
 *
 * Sizing on equity: the rules see min(risk capital, equity at that close) as risk capital, and a
 * new condor is cut to the contracts whose margin fits in the equity left after the open condors'
 * margin. VIX hedges are paid from the hedge pot (hedge-pot.ts) when settings.hedgeFunding is
 * 'premium-pot': each condor opening credits its share, each hedge is cut to what the pot can pay
 * (fees included) and to the buying power left (equity − open condor margin): a pot "held" by an
 * account that has lost more than it is buys nothing. When a close marks equity at or below zero
 * the book is closed out and nothing more is evaluated or traded (ruin; see strategy-run.ts `endOfDay`).
 */
import { VIX_OPTIONS_FROM } from '../calendar';
import type { PortfolioSettings } from '../domain/settings';
import type { LayerDetail } from '../domain/types';
import { evaluateRules, type MarketContext, type Prompt } from '../rules';
import { creditPot, debitPot, EMPTY_POT, type HedgePot } from '../rules/hedge-pot';
import { contractsWithinEquity, openCondorMarginCents, sizingCapitalCents } from './buying-power';
import { LayerBook } from './layer-book';
import { adjustCondor, closeLayer, condorLegs, openLayer, vixCallSpreadLegs, type ExecutionCosts } from './execution';
import { hedgeExit } from '../rules/hedge-exit';
import { markToModel, ruleCounts, walkDays, type StrategyRun } from './strategy-run';
import type { BacktestOptions } from './types';
import { layerValueCents, type DayPricer, type MarketDay } from './valuation';

/** What one day's actions share: the book, costs, settings, the pot and the buying power. */
interface DayState {
  book: LayerBook;
  pricer: DayPricer;
  costs: ExecutionCosts;
  settings: PortfolioSettings;
  capitalCents: number;
  equityCents: number;
  pot: HedgePot;
  touched: Set<number>;
}

/** Opening credit of a condor layer's opening ticket, cents (price × 100 × quantity, before fees). */
function openingCreditCents(layer: LayerDetail): number {
  const open = layer.tickets[0];
  return open === undefined ? 0 : open.netPriceHundredths * open.multiplier * open.quantity;
}

/** What openCondor needs: the condor's role, strikes, expiration and root, its wing, the contracts asked for and why. */
interface CondorSpec {
  role: LayerDetail['role'];
  strikes: Parameters<typeof condorLegs>[0];
  expiration: string;
  root: 'SPX' | 'SPXW';
  wingHundredths: number;
  quantity: number;
  reason: string;
  rolledFromId?: number;
}

/** Opens a condor cut to the equity left as margin, and credits the pot with its share. */
function openCondor(st: DayState, spec: CondorSpec): LayerDetail | null {
  const fit = contractsWithinEquity(st.equityCents, openCondorMarginCents(st.book), spec.wingHundredths * 100);
  const rolledFrom = spec.rolledFromId === undefined ? {} : { rolledFromId: spec.rolledFromId };
  const specs = condorLegs(spec.strikes, spec.expiration, spec.root);
  const layer = openLayer(st.book, st.pricer, st.costs, { role: spec.role, specs, quantity: Math.min(spec.quantity, fit), reason: spec.reason, credit: true, ...rolledFrom });
  if (layer !== null) st.pot = creditPot(st.pot, st.settings, st.capitalCents, openingCreditCents(layer));
  return layer;
}

/** A prompt's suggested action (never null here: act returns early without one). */
type Suggestion = NonNullable<Prompt['suggestion']>;

/** Buys a VIX call spread (paid from the hedge pot when settings.hedgeFunding is 'premium-pot'); returns whether it traded. */
function openHedge(st: DayState, s: Extract<Suggestion, { kind: 'vix-hedge' }>, reason: string): boolean {
  const { book, pricer, costs } = st;
  const fromPot = st.settings.hedgeFunding === 'premium-pot';
  const potCap = fromPot ? { maxDebitCents: Math.min(st.pot.potCents, Math.max(0, st.equityCents - openCondorMarginCents(book))) } : {};
  const specs = vixCallSpreadLegs(s.longStrikeHundredths, s.shortStrikeHundredths, s.expiration);
  const hedge = openLayer(book, pricer, costs, { role: 'hedge', specs, quantity: s.contracts, reason, credit: false, ...potCap });
  if (hedge === null) return false;
  hedge.protectsLayerIds = book.open().filter((l) => l.role !== 'hedge').map((l) => l.id);
  if (fromPot) st.pot = debitPot(st.pot, -(hedge.tickets[0]?.cashCents ?? 0));
  return true;
}

/** Closes `layer` to roll it and opens its successor, linking the two; the successor is not touched again that day. */
function rollLayer(st: DayState, layer: LayerDetail, s: Extract<Suggestion, { kind: 'roll' }>, reason: string): void {
  closeLayer(st.book, st.pricer, st.costs, layer, 'roll', reason);
  const o = s.open;
  const next = openCondor(st, {
    role: o.role, strikes: o.strikes, expiration: o.expiration, root: o.underlying, wingHundredths: o.wingWidthHundredths, quantity: s.quantity, reason, rolledFromId: layer.id,
  });
  if (next !== null) {
    layer.rolledToId = next.id;
    st.touched.add(next.id);
  }
}

/** Closes, rolls or tightens an open layer not yet acted on that day; returns whether anything traded. */
function manageLayer(st: DayState, s: Extract<Suggestion, { kind: 'close-or-adjust' | 'roll' | 'tighten' }>, reason: string): boolean {
  const { book, pricer, costs } = st;
  const layer = book.get(s.layerId);
  if (layer === undefined || st.touched.has(layer.id)) return false;
  st.touched.add(layer.id);
  if (s.kind === 'tighten') return s.changed && adjustCondor(book, pricer, costs, layer, s.proposedStrikes, reason);
  if (s.kind === 'roll') rollLayer(st, layer, s, reason);
  else closeLayer(book, pricer, costs, layer, 'close', reason);
  return true;
}

/** Carries out one prompt; returns whether anything traded. */
function act(st: DayState, prompt: Prompt): boolean {
  const s = prompt.suggestion;
  if (s === null) return false;
  const reason = prompt.rule;
  switch (s.kind) {
    case 'open-condor':
      return openCondor(st, { role: s.role, strikes: s.strikes, expiration: s.expiration, root: s.underlying, wingHundredths: s.wingWidthHundredths, quantity: s.quantity, reason }) !== null;
    case 'vix-hedge':
      return openHedge(st, s, reason);
    case 'book-expiration':
      // The backtest's own book settles every layer on its expiration day; nothing is left unbooked.
      return false;
    case 'close-or-adjust':
    case 'roll':
    case 'tighten':
      return manageLayer(st, s, reason);
    case 'hold-new-layers':
    case 'reduce':
      return false;
  }
}

/** Closes the hedges whose exit rule fires at this close (rules/hedge-exit.ts). */
function exitHedges(st: DayState, vixRsi: number | null): void {
  for (const layer of st.book.open()) {
    if (layer.role !== 'hedge') continue;
    const exit = hedgeExit(st.settings, layerValueCents(st.pricer, layer), Math.max(0, -layer.netCashCents), vixRsi);
    if (exit !== null) closeLayer(st.book, st.pricer, st.costs, layer, 'close', exit);
  }
}

/** Walks `days` with the rules engine on `market` (prepared with the same settings). */
export function runAlvh(days: readonly MarketDay[], market: MarketContext, settings: PortfolioSettings, options: BacktestOptions, costs: ExecutionCosts): StrategyRun {
  const book = new LayerBook();
  const ruleFired = ruleCounts();
  const ruleActed = ruleCounts();
  const capital = options.capitalCents;
  let pot = EMPTY_POT;
  const unlistedHedgeDays: string[] = [];
  const { equity, ruinedOn } = walkDays(days, settings, capital, book, costs, (pricer, day) => {
    const equityCents = markToModel(capital, book, pricer).equityCents;
    const st: DayState = { book, pricer, costs, settings, capitalCents: capital, equityCents, pot, touched: new Set() };
    exitHedges(st, day.vixRsi ?? null);
    // Closed layers are not passed: the engine rebuilds positions from tickets and ignores flat layers anyway; the pot is kept here.
    const surface = day.surface === undefined ? {} : { spxSurface: day.surface };
    const riskCapitalCents = sizingCapitalCents(capital, equityCents);
    const { prompts } = evaluateRules(
      { asOf: day.date, riskCapitalCents, settings, layers: book.open(), marks: [], events: options.events, decisions: [], hedgePotCents: st.pot.potCents, ...surface },
      market,
    );
    for (const prompt of prompts) {
      ruleFired[prompt.rule] += 1;
      if (prompt.rule === 'vix-hedge' && day.date < VIX_OPTIONS_FROM) unlistedHedgeDays.push(day.date);
      if (act(st, prompt)) ruleActed[prompt.rule] += 1;
    }
    pot = st.pot;
  });
  const notes: string[] = [];
  if (unlistedHedgeDays.length > 0) {
    notes.push(`VIX options were first listed on ${VIX_OPTIONS_FROM}: vix-hedge fired on ${unlistedHedgeDays.length} days from ${unlistedHedgeDays[0] ?? ''} to ${unlistedHedgeDays[unlistedHedgeDays.length - 1] ?? ''} and could not trade.`);
  }
  return { equity, book, ruleFired, ruleActed, ruinedOn, notes, hedgePot: pot };
}
