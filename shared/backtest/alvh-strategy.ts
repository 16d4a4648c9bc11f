/**
 * The ALVH book: every day, settle what expired, run the rules engine on the in-memory layers
 * (exactly the records the app would hold) and act on each actionable prompt, in the engine's
 * order (critical → warning → info). A layer acted on once that day is left alone by later
 * prompts (a loyalty-trap exit beats a roll of the same layer). `hold-new-layers` and `reduce`
 * are only counted. When a close marks equity at or below zero the book is closed out and
 * nothing more is evaluated or traded (ruin; see strategy-run.ts `endOfDay`).
 */
import type { PortfolioSettings } from '../domain/settings';
import { evaluateRules, type MarketContext, type Prompt } from '../rules';
import { LayerBook } from './layer-book';
import { adjustCondor, closeLayer, condorLegs, openLayer, vixCallSpreadLegs, type ExecutionCosts } from './execution';
import { ruleCounts, walkDays, type StrategyRun } from './strategy-run';
import type { BacktestOptions } from './types';
import type { DayPricer, MarketDay } from './valuation';

/** Carries out one prompt; returns whether anything traded. */
function act(book: LayerBook, pricer: DayPricer, costs: ExecutionCosts, prompt: Prompt, touched: Set<number>): boolean {
  const s = prompt.suggestion;
  if (s === null) return false;
  const reason = prompt.rule;
  switch (s.kind) {
    case 'open-condor':
      return openLayer(book, pricer, costs, { role: s.role, specs: condorLegs(s.strikes, s.expiration), quantity: s.quantity, reason, credit: true }) !== null;
    case 'vix-hedge': {
      const hedge = openLayer(book, pricer, costs, { role: 'hedge', specs: vixCallSpreadLegs(s.longStrikeHundredths, s.shortStrikeHundredths, s.expiration), quantity: s.contracts, reason, credit: false });
      if (hedge !== null) hedge.protectsLayerIds = book.open().filter((l) => l.role !== 'hedge').map((l) => l.id);
      return hedge !== null;
    }
    case 'book-expiration':
      // The backtest's own book settles every layer on its expiration day; nothing is left unbooked.
      return false;
    case 'close-or-adjust':
    case 'roll':
    case 'tighten': {
      const layer = book.get(s.layerId);
      if (layer === undefined || touched.has(layer.id)) return false;
      touched.add(layer.id);
      if (s.kind === 'tighten') return s.changed && adjustCondor(book, pricer, costs, layer, s.proposedStrikes, reason);
      closeLayer(book, pricer, costs, layer, s.kind === 'roll' ? 'roll' : 'close', reason);
      if (s.kind === 'roll') {
        const next = openLayer(book, pricer, costs, { role: s.open.role, specs: condorLegs(s.open.strikes, s.open.expiration), quantity: s.quantity, reason, credit: true, rolledFromId: layer.id });
        if (next !== null) {
          layer.rolledToId = next.id;
          touched.add(next.id);
        }
      }
      return true;
    }
    case 'hold-new-layers':
    case 'reduce':
      return false;
  }
}

/** Walks `days` with the rules engine on `market` (prepared with the same settings). */
export function runAlvh(days: readonly MarketDay[], market: MarketContext, settings: PortfolioSettings, options: BacktestOptions, costs: ExecutionCosts): StrategyRun {
  const book = new LayerBook();
  const ruleFired = ruleCounts();
  const ruleActed = ruleCounts();
  const { equity, ruinedOn } = walkDays(days, settings, options.capitalCents, book, costs, (pricer, day) => {
    // Closed layers are not passed: the engine rebuilds positions from tickets and ignores flat layers anyway.
    const { prompts } = evaluateRules({ asOf: day.date, riskCapitalCents: options.capitalCents, settings, layers: book.open(), marks: [], events: options.events, decisions: [] }, market);
    const touched = new Set<number>();
    for (const prompt of prompts) {
      ruleFired[prompt.rule] += 1;
      if (act(book, pricer, costs, prompt, touched)) ruleActed[prompt.rule] += 1;
    }
  });
  return { equity, book, ruleFired, ruleActed, ruinedOn };
}
