/**
 * Per-layer money figures the dashboard, IRR and WACC share: margin, max loss, cash flows
 * and funding. Margin of an iron condor = wider wing × multiplier × OPEN contracts (less the
 * credit when settings.marginCreditsPremium); it is posted when units open and released pro
 * rata when units close (ALVH.md "Per iron condor"), so a partial close frees its share at
 * once. Other layers post no margin here (a debit hedge is paid in full).
 */
import { fundMargin, type CapitalSource, type FundingShare, type LayerCashInput } from '../analytics';
import { daysBetween } from '../dates';
import type { PortfolioSettings } from '../domain/settings';
import { CLOSING_ACTIONS } from '../domain/layer-ledger';
import type { CondorStrikes, LayerDetail } from '../domain/types';
import type { LayerShape, UnitChange } from './types';
import { centsToDollars, hundredthsToPoints, ticketCashCents } from '../money';


export function shapeOf(layer: LayerDetail, settledOn: string | null = null): LayerShape {
  // The fields LayerShape names, copied one by one: a spread of a whole layer per call was costly garbage.
  // An expired-unbooked layer released its margin when it settled (`settledOn`, its expiration).
  const closedOn = layer.status === 'expired-unbooked' ? settledOn : layer.closedOn;
  return {
    role: layer.role, status: layer.status, openedOn: layer.openedOn, closedOn, strikes: layer.strikes,
    openedQuantity: layer.openedQuantity, openPriceHundredths: layer.openPriceHundredths,
    multiplier: layer.legs[0]?.multiplier ?? 100, unitChanges: unitChangesOf(layer),
  };
}

/** Units opened (+) and closed (−) per ticket, in ledger order: the steps of the margin held. */
export function unitChangesOf(layer: Pick<LayerDetail, 'tickets'>): UnitChange[] {
  const changes: UnitChange[] = [];
  for (const t of layer.tickets) {
    if (t.action === 'open') changes.push({ date: t.date, units: t.quantity });
    else if (CLOSING_ACTIONS.has(t.action)) changes.push({ date: t.date, units: -t.quantity });
  }
  return changes;
}

/**
 * Margin held over time, dollars: one step per date on which it changes, up to `asOf`, ending
 * with 0 on the day the layer ended (closedOn) when that is ≤ asOf. Per unit = margin of one
 * condor; units from `unitChanges` (else all opened on openedOn, all released on closedOn).
 */
export function marginSteps(
  layer: LayerShape, settings: Pick<PortfolioSettings, 'marginCreditsPremium'>, asOf: string,
): { date: string; held: number }[] {
  const perUnit = layerMargin(layer, settings, 1);
  if (perUnit === 0) return [];
  const changes = layer.unitChanges ?? [{ date: layer.openedOn, units: layer.openedQuantity }];
  const ended = endedBy(layer, asOf);
  const steps: { date: string; held: number }[] = [];
  let units = 0;
  for (const change of changes) {
    if (change.date > asOf || (ended !== null && change.date > ended)) break;
    units = Math.max(0, units + change.units);
    setHeldOn(steps, change.date, perUnit * units);
  }
  if (ended !== null) setHeldOn(steps, ended, 0);
  return steps;
}

/** The day a layer that is no longer open ended (closedOn), when that is on or before asOf; else null. */
function endedBy(layer: LayerShape, asOf: string): string | null {
  return layer.status !== 'open' && layer.closedOn !== null && layer.closedOn <= asOf ? layer.closedOn : null;
}

/** Records `held` on `date` in date-ordered steps: overwrites the last step when it is on that date, else appends one. */
function setHeldOn(steps: { date: string; held: number }[], date: string, held: number): void {
  const last = steps[steps.length - 1];
  if (last && last.date === date) last.held = held;
  else steps.push({ date, held });
}

export function condorWings(layer: { strikes: CondorStrikes | null }): { put: number; call: number } | null {
  const s = layer.strikes;
  return s ? { put: (s.putShort - s.putLong) / 100, call: (s.callLong - s.callShort) / 100 } : null;
}

/** Margin of `quantity` condors of this layer, dollars (default: all units ever opened). */
export function layerMargin(layer: LayerShape, settings: Pick<PortfolioSettings, 'marginCreditsPremium'>, quantity = layer.openedQuantity): number {
  const wings = condorWings(layer);
  if (!wings || layer.role === 'hedge') return 0;
  const credit = settings.marginCreditsPremium ? Math.max(0, hundredthsToPoints(layer.openPriceHundredths)) : 0;
  return Math.max(0, Math.max(wings.put, wings.call) - credit) * layer.multiplier * quantity;
}

/** (wider wing − credit) × multiplier × open contracts, dollars; null when not a condor. */
export function layerMaxLoss(layer: LayerDetail, quantity = layer.openQuantity): number | null {
  const wings = condorWings(layer);
  if (!wings) return null;
  const multiplier = layer.legs[0]?.multiplier ?? 100;
  return Math.max(0, Math.max(wings.put, wings.call) - hundredthsToPoints(layer.openPriceHundredths)) * multiplier * quantity;
}

/**
 * A layer as XIRR input (ALVH.md): margin posted as units open and released pro rata as they
 * close, premiums, fees, and for an open layer a terminal flow of margin + liquidation value.
 * An expired-unbooked layer ends on its expiration (`settledOn`): its settlement value
 * (`liquidationValue`) is a flow of that day, and its margin comes back then.
 */
export function layerCashInput(layer: LayerDetail, settings: PortfolioSettings, liquidationValue: number, settledOn: string | null = null): LayerCashInput {
  const shape = shapeOf(layer, settledOn);
  const tickets = layer.tickets.map((t) => ({
    date: t.date, premium: centsToDollars(ticketCashCents(t.netPriceHundredths, t.multiplier, t.quantity)), fees: centsToDollars(t.feesCents),
  }));
  const unbooked = layer.status === 'expired-unbooked' && settledOn !== null;
  if (unbooked) tickets.push({ date: settledOn, premium: liquidationValue, fees: 0 });
  return {
    layerId: String(layer.id),
    openedOn: layer.openedOn,
    closedOn: layer.status === 'open' ? null : shape.closedOn,
    margin: layerMargin(shape, settings),
    marginChanges: marginChanges(marginSteps(shape, settings, '9999-12-31')),
    tickets,
    liquidationValue: layer.status === 'open' ? liquidationValue : 0,
  };
}

/** Steps of margin held → signed changes (+ posted, − released). */
function marginChanges(steps: readonly { date: string; held: number }[]): { date: string; amount: number }[] {
  let held = 0;
  return steps.map((s) => {
    const amount = s.held - held;
    held = s.held;
    return { date: s.date, amount };
  });
}

/**
 * Funding of the layer's margin by source (ALVH.md "WACC in options terms"), over the days it
 * was held to asOf: each step of the margin held (marginSteps) counts its own capital × days, so
 * capital-days follow partial closes.
 */
export function layerFunding(layer: LayerShape, settings: PortfolioSettings, asOf: string): CapitalSource[] {
  const steps = marginSteps(layer, settings, asOf);
  const out: CapitalSource[] = [];
  const shares = fundingShares(layer, settings);
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (step === undefined || step.held === 0) continue;
    const days = Math.max(0, daysBetween(step.date, steps[i + 1]?.date ?? asOf));
    if (days > 0) out.push(...fundMargin(step.held, days, shares));
  }
  return out;
}

/** Shares of the margin by funding source: recycled premium first (a setting), then the loan, then own cash. */
function fundingShares(layer: LayerShape, settings: PortfolioSettings): FundingShare[] {
  const margin = layerMargin(layer, settings);
  if (margin === 0) return [];
  const credit = Math.max(0, hundredthsToPoints(layer.openPriceHundredths) * layer.multiplier * layer.openedQuantity);
  const recycled = settings.recyclePremium ? Math.min(1, credit / margin) : 0;
  const loan = Math.min(1 - recycled, settings.marginLoanSharePct / 100);
  const shares: FundingShare[] = [
    { label: 'recycled premium', share: recycled, rate: settings.recycledPremiumRatePct / 100 },
    { label: 'margin loan', share: loan, rate: settings.marginLoanRatePct / 100 },
    { label: 'own cash', share: Math.max(0, 1 - recycled - loan), rate: settings.ownCashRatePct / 100 },
  ];
  return shares.filter((s) => s.share > 0);
}
