/**
 * The portfolio as of the evaluation date, rebuilt from tickets dated on or before it
 * (so evaluating a past date, or a backtest day, never sees later trades).
 * A condor layer is any layer whose role is not `hedge` and that still has open contracts.
 */
import { daysBetween } from '../dates';
import { lastOpenExpiration, statusOn } from '../domain/layer-as-of';
import { summarizeLedger } from '../domain/layer-ledger';
import type { PortfolioSettings } from '../domain/settings';
import type { CondorStrikes, LayerDetail, LayerRole, Leg } from '../domain/types';

/** One open condor layer as of the evaluation date, with the figures the rules read. */
export interface CondorLayerView {
  id: number;
  role: LayerRole;
  /** Date of the first `open` ticket (else the first ticket) on or before asOf. */
  openedOn: string;
  /** Calendar days from `openedOn` to asOf. */
  ageDays: number;
  /** Latest ticket date on or before asOf (a mark older than this describes another structure). */
  lastTicketDate: string;
  expiration: string | null;
  /** Calendar days from asOf to `expiration`. */
  dte: number | null;
  strikes: CondorStrikes | null;
  openQuantity: number;
  multiplier: number;
  /** Legs with open contracts and their signed open contracts (+ long, − short). */
  liveLegs: { leg: Leg; contracts: number }[];
  /** Net premium per unit, hundredths (may be fractional): Σ(open, adjust) price × qty ÷ units opened. */
  creditHundredths: number;
  widerWingHundredths: number | null;
  /** Per unit, cents, rounded; null without a condor shape. */
  maxLossPerUnitCents: number | null;
  marginPerUnitCents: number | null;
  /** Whole layer, per settings.riskBasis, cents; null without a condor shape. */
  riskCents: number | null;
}

/** One open hedge layer (role `hedge`). */
export interface HedgeLayerView {
  id: number;
  /** Premium paid and not yet recovered: max(0, −net cash), cents (fees included). */
  investedCents: number;
  /** Legs with open contracts and their signed open contracts (+ long, − short). */
  liveLegs: { leg: Leg; contracts: number }[];
  openQuantity: number;
}

/** A layer past the expiration of every open leg, its settlement not booked (any role). */
export interface ExpiredLayerView {
  id: number;
  role: LayerRole;
  /** The day it settled (latest expiration among its open legs). */
  settledOn: string;
  openQuantity: number;
  multiplier: number;
  liveLegs: { leg: Leg; contracts: number }[];
}

/** The open layers as of the evaluation date. */
export interface PortfolioView {
  /** Open condor layers, oldest first (opening date, then id); expired-unbooked ones are not open risk. */
  condors: CondorLayerView[];
  hedges: HedgeLayerView[];
  /** Expired, not booked: out of open risk, prompted to book their settlement (`book-expiration`). */
  expired: ExpiredLayerView[];
}

function openingDate(layer: LayerDetail, tickets: LayerDetail['tickets']): string {
  const open = tickets.find((t) => t.action === 'open');
  return open?.date ?? tickets[0]?.date ?? layer.openedOn;
}

function condorView(layer: LayerDetail, tickets: LayerDetail['tickets'], asOf: string, settings: PortfolioSettings): CondorLayerView | null {
  const ledger = summarizeLedger(layer.legs, tickets);
  const liveLegs = layer.legs
    .filter((leg) => (ledger.openContracts[leg.id] ?? 0) !== 0)
    .map((leg) => ({ leg, contracts: ledger.openContracts[leg.id] ?? 0 }));
  if (liveLegs.length === 0) return null;
  const openQuantity = ledger.openQuantity > 0 ? ledger.openQuantity : Math.max(...liveLegs.map((l) => Math.abs(l.contracts) / Math.max(1, l.leg.ratio)));
  const multiplier = liveLegs[0]?.leg.multiplier ?? 100;
  let premium = 0;
  let opened = 0;
  for (const t of tickets) {
    if (t.action === 'open' || t.action === 'adjust') premium += t.netPriceHundredths * t.quantity;
    if (t.action === 'open') opened += t.quantity;
  }
  const creditHundredths = opened > 0 ? premium / opened : 0;
  const strikes = ledger.strikes;
  const widerWing = strikes === null ? null : Math.max(strikes.putShort - strikes.putLong, strikes.callLong - strikes.callShort);
  const maxLossPerUnitCents = widerWing === null ? null : Math.round((widerWing - creditHundredths) * multiplier);
  const marginPerUnitCents = widerWing === null ? null : Math.round((widerWing - (settings.marginCreditsPremium ? creditHundredths : 0)) * multiplier);
  const perUnit = settings.riskBasis === 'margin' ? marginPerUnitCents : maxLossPerUnitCents;
  const openedOn = openingDate(layer, tickets);
  return {
    id: layer.id,
    role: layer.role,
    openedOn,
    ageDays: daysBetween(openedOn, asOf),
    lastTicketDate: ledger.lastDate ?? openedOn,
    expiration: ledger.expiration,
    dte: ledger.expiration === null ? null : Math.max(0, daysBetween(asOf, ledger.expiration)),
    strikes,
    openQuantity,
    multiplier,
    liveLegs,
    creditHundredths,
    widerWingHundredths: widerWing,
    maxLossPerUnitCents,
    marginPerUnitCents,
    riskCents: perUnit === null ? null : perUnit * openQuantity,
  };
}

function hedgeView(layer: LayerDetail, ledger: ReturnType<typeof summarizeLedger>): HedgeLayerView | null {
  const liveLegs = layer.legs
    .filter((leg) => (ledger.openContracts[leg.id] ?? 0) !== 0)
    .map((leg) => ({ leg, contracts: ledger.openContracts[leg.id] ?? 0 }));
  if (liveLegs.length === 0) return null;
  const investedCents = Math.max(0, -ledger.netCashCents);
  return { id: layer.id, investedCents, liveLegs, openQuantity: ledger.openQuantity };
}

/** Open condor and hedge layers as of `asOf`, from tickets dated on or before it. */
export function portfolioAsOf(layers: readonly LayerDetail[], asOf: string, settings: PortfolioSettings): PortfolioView {
  const condors: CondorLayerView[] = [];
  const hedges: HedgeLayerView[] = [];
  const expired: ExpiredLayerView[] = [];
  for (const layer of layers) {
    const tickets = layer.tickets.filter((t) => t.date <= asOf).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
    if (tickets.length === 0) continue;
    const ledger = summarizeLedger(layer.legs, tickets);
    if (statusOn(layer.legs, ledger.openContracts, tickets[tickets.length - 1]?.action ?? null, asOf) === 'expired-unbooked') {
      const liveLegs = layer.legs
        .filter((leg) => (ledger.openContracts[leg.id] ?? 0) !== 0)
        .map((leg) => ({ leg, contracts: ledger.openContracts[leg.id] ?? 0 }));
      expired.push({
        id: layer.id, role: layer.role, settledOn: lastOpenExpiration(layer.legs, ledger.openContracts) ?? asOf,
        openQuantity: ledger.openQuantity, multiplier: liveLegs[0]?.leg.multiplier ?? 100, liveLegs,
      });
      continue;
    }
    if (layer.role === 'hedge') {
      const hedge = hedgeView(layer, ledger);
      if (hedge !== null) hedges.push(hedge);
      continue;
    }
    const view = condorView(layer, tickets, asOf, settings);
    if (view !== null) condors.push(view);
  }
  condors.sort((a, b) => (a.openedOn < b.openedOn ? -1 : a.openedOn > b.openedOn ? 1 : a.id - b.id));
  expired.sort((a, b) => (a.settledOn < b.settledOn ? -1 : a.settledOn > b.settledOn ? 1 : a.id - b.id));
  return { condors, hedges, expired };
}

/** The most recently opened condor layer, or null. */
export function newestCondor(view: PortfolioView): CondorLayerView | null {
  return view.condors[view.condors.length - 1] ?? null;
}
