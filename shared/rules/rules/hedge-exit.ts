/**
 * `hedge-exit`: an open VIX hedge layer whose model value (hedge-value.ts, the dashboard's VIX
 * model) reaches hedgeTakeProfitMultiple (3) × its debit, or whose spread is in profit while VIX
 * RSI has fallen back below hedgeExitRsi (50) → close it for profit. The trigger is the
 * backtest's own exit (hedge-exit.ts `hedgeExit`), so the app prompts on the days the backtest
 * closes. Debit = premium paid and not yet recovered, fees included. A hedge whose legs expire on
 * or before asOf is left to its settlement (VIX options stop trading the day before their AM
 * settlement; `book-expiration` books it afterwards).
 */
import { dollars, num, numVs, price } from '../format';
import { hedgeExit, type HedgeExitTrigger } from '../hedge-exit';
import { hedgeValueCents } from '../hedge-value';
import type { HedgeLayerView } from '../portfolio-view';
import type { PromptDraft, RuleContext, RuleDefinition } from '../rule-context';

/** A reading with the date of its bar. */
type Dated = { value: number; date: string };

/** "VIX call spread 20/30 exp 2026-07-22 × 5" style label of the hedge's open legs. */
function hedgeLabel(hedge: HedgeLayerView): string {
  const legs = hedge.liveLegs.map(({ leg, contracts }) => `${contracts > 0 ? '+' : ''}${contracts} ${leg.underlying} ${num((leg.strikeHundredths ?? 0) / 100)} ${leg.right ?? ''}`);
  const expirations = [...new Set(hedge.liveLegs.map((l) => l.leg.expiration ?? '—'))].join('/');
  return `hedge layer #${hedge.id} (${legs.join(', ')}, exp ${expirations})`;
}

function whyText(ctx: RuleContext, trigger: HedgeExitTrigger, valueCents: number, costCents: number, rsi: Dated | null): string {
  const { settings } = ctx;
  const ratio = `${num(valueCents / costCents)}× its debit`;
  if (trigger === 'hedge-take-profit') {
    return `its model value ${dollars(valueCents)} is ${ratio} ${dollars(costCents)}, at or above the take-profit of ${num(settings.hedgeTakeProfitMultiple)} × debit = ${dollars(Math.round(settings.hedgeTakeProfitMultiple * costCents))}`;
  }
  const rsiText = rsi === null ? '' : `VIX RSI(${settings.rsiPeriod}) ${numVs(rsi.value, settings.hedgeExitRsi)} on ${rsi.date} fell back below ${num(settings.hedgeExitRsi)}`;
  return `${rsiText} with the spread in profit: model value ${dollars(valueCents)} vs debit ${dollars(costCents)} (${ratio})`;
}

function exitPrompt(ctx: RuleContext, hedge: HedgeLayerView, vix: Dated, rsi: Dated | null): PromptDraft | { unavailable: string } | null {
  const value = hedgeValueCents(hedge, vix.value, ctx.asOf, ctx.settings);
  if (!value.ok) return { unavailable: value.message };
  const cost = hedge.investedCents;
  const trigger = hedgeExit(ctx.settings, value.valueCents, cost, rsi?.value ?? null);
  if (trigger === null) {
    // In profit with the RSI exit on but no RSI to read: the missing closes could change the answer.
    const missing = ctx.market.vixRsi;
    return !missing.ok && ctx.settings.hedgeExitRsi > 0 && value.valueCents > cost ? { unavailable: missing.message } : null;
  }
  const multiplier = hedge.liveLegs[0]?.leg.multiplier ?? 100;
  const units = Math.max(1, hedge.openQuantity);
  // Cost to close one unit, + debit: selling a hedge worth V back brings in V (a credit).
  const closePriceHundredths = Math.round(-value.valueCents / (multiplier * units)) + 0;
  const model = `Black-76 off the model VIX forward at VIX ${num(vix.value)} on ${vix.date}, vol of vol 90%`;
  return {
    subject: `layer-${hedge.id}`,
    severity: 'warning',
    title: trigger === 'hedge-take-profit'
      ? `Close VIX hedge #${hedge.id} for profit: worth ${num(value.valueCents / cost, 1)}× its debit`
      : `Close VIX hedge #${hedge.id} for profit: VIX RSI back below ${num(ctx.settings.hedgeExitRsi)}`,
    explanation: `${hedgeLabel(hedge)}: ${whyText(ctx, trigger, value.valueCents, cost, rsi)}. Close it for about ${price(-closePriceHundredths)} credit per unit (${model}).`,
    inputs: {
      layerId: hedge.id,
      trigger,
      hedgeValueCents: value.valueCents,
      hedgeDebitCents: cost,
      valueToDebit: value.valueCents / cost,
      hedgeTakeProfitMultiple: ctx.settings.hedgeTakeProfitMultiple,
      vixRsi: rsi?.value ?? null,
      hedgeExitRsi: ctx.settings.hedgeExitRsi,
      vix: vix.value,
    },
    suggestion: { kind: 'close-or-adjust', layerId: hedge.id, reasons: [trigger], closePriceHundredths, closeSource: 'model', quantity: hedge.openQuantity },
    layerId: hedge.id,
  };
}

/** `hedge-exit`: Fires per open VIX hedge at the take-profit multiple or on the RSI fall-back in profit; suggests closing it. */
export const hedgeExitRule: RuleDefinition = {
  id: 'hedge-exit',
  evaluate(ctx) {
    const prompts: PromptDraft[] = [];
    const unavailable: string[] = [];
    const hedges = ctx.portfolio.hedges.filter((h) => h.liveLegs.every(({ leg }) => leg.expiration === null || leg.expiration > ctx.asOf));
    if (hedges.length === 0) return { prompts, unavailable };
    const { vix, vixRsi } = ctx.market;
    if (!vix.ok) return { prompts, unavailable: [vix.message] };
    const rsi = vixRsi.ok ? { value: vixRsi.value, date: vixRsi.date } : null;
    for (const hedge of hedges) {
      const outcome = exitPrompt(ctx, hedge, { value: vix.value, date: vix.date }, rsi);
      if (outcome === null) continue;
      if ('unavailable' in outcome) unavailable.push(outcome.unavailable);
      else prompts.push(outcome);
    }
    return { prompts, unavailable };
  },
};
