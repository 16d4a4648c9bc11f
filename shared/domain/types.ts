/**
 * The journal's records as the API returns them. Money is integer cents, prices and
 * strikes integer hundredths of a point (see shared/money.ts); dates are YYYY-MM-DD.
 */
import type { Cents, Hundredths } from '../money';
import type { PortfolioSettings } from './settings';

export const LAYER_ROLES = ['base', 'time-shift', 'adaptive', 'hedge'] as const;
export type LayerRole = (typeof LAYER_ROLES)[number];

export const LAYER_STATUSES = ['open', 'closed', 'rolled', 'expired'] as const;
export type LayerStatus = (typeof LAYER_STATUSES)[number];

/**
 * A layer's status on a date (shared/domain/layer-as-of.ts): the stored statuses plus
 * `expired-unbooked` — past the expiration of every open leg, its settlement not yet booked.
 */
export const LAYER_STATUSES_ON = [...LAYER_STATUSES, 'expired-unbooked'] as const;
export type LayerStatusOn = (typeof LAYER_STATUSES_ON)[number];

/** What a ticket did. `open` starts a layer; `roll` closes it into a linked new layer. */
export const TICKET_ACTIONS = ['open', 'adjust', 'close', 'roll', 'expire', 'settle'] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

export const INSTRUMENTS = ['option', 'future', 'etf'] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

/** Option roots and other underlyings a leg can have; an ETF leg carries its ticker in `symbol`. */
export const UNDERLYINGS = ['SPX', 'SPXW', 'VIX', 'VX', 'ETF'] as const;
export type Underlying = (typeof UNDERLYINGS)[number];

export const MARKET_SYMBOLS = ['SPX', 'VIX'] as const;
export type MarketSymbol = (typeof MARKET_SYMBOLS)[number];

export const EVENT_KINDS = ['FOMC', 'CPI', 'PPI', 'GDP', 'NFP', 'custom'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface Portfolio {
  id: number;
  name: string;
  underlying: 'SPX';
  riskCapitalCents: Cents;
  settings: PortfolioSettings;
  createdAt: string;
}

export interface Leg {
  id: number;
  layerId: number;
  instrument: Instrument;
  underlying: Underlying;
  /** ETF ticker (e.g. VXX) for `etf` legs, else null. */
  symbol: string | null;
  right: 'put' | 'call' | null;
  side: 'long' | 'short';
  strikeHundredths: Hundredths | null;
  expiration: string | null;
  /** Contracts of this leg per unit of the layer (1 for each leg of a plain condor). */
  ratio: number;
  multiplier: number;
}

export interface TicketLeg {
  legId: number;
  /** Signed contracts: + bought, − sold. */
  quantity: number;
  /**
   * The leg's own fill, hundredths of a point per contract, unsigned (the option's premium; the
   * direction is `quantity`'s sign). Present only when the source gave it (broker imports):
   * the ticket's net per unit is then Σ −quantity × price ÷ ticket quantity, within a hundredth.
   */
  priceHundredths?: number;
}

export interface Ticket {
  id: number;
  layerId: number;
  date: string;
  action: TicketAction;
  /** Units of the layer traded (condors). */
  quantity: number;
  /** Net price per unit; + credit received, − debit paid. */
  netPriceHundredths: Hundredths;
  multiplier: number;
  feesCents: Cents;
  /** netPrice × multiplier × quantity − fees. */
  cashCents: Cents;
  note: string;
  legs: TicketLeg[];
}

/** The four strikes of an iron condor, long put < short put < short call < long call. */
export interface CondorStrikes {
  putLong: number;
  putShort: number;
  callShort: number;
  callLong: number;
}

export interface LayerSummary {
  id: number;
  portfolioId: number;
  role: LayerRole;
  /** Status on the as-of date the summary was built for. */
  status: LayerStatusOn;
  openedOn: string;
  closedOn: string | null;
  /** Earliest expiration among the layer's legs. */
  expiration: string | null;
  /** Calendar days from the as-of date to the next expiration of an open leg; null unless open (never negative). */
  dte: number | null;
  /** Strikes in hundredths when the layer is an iron condor, else null. */
  strikes: CondorStrikes | null;
  openedQuantity: number;
  openQuantity: number;
  /** Net price per unit of the opening ticket (+ credit). */
  openPriceHundredths: Hundredths;
  netCashCents: Cents;
  realizedPnlCents: Cents;
  feesCents: Cents;
  rolledFromId: number | null;
  rolledToId: number | null;
  notes: string;
  tags: string[];
}

/** A layer as a pick-list entry (the journal's layer filter): enough to label it, nothing more. */
export interface LayerOption {
  id: number;
  role: LayerRole;
  status: LayerStatus;
  openedOn: string;
  strikes: CondorStrikes | null;
}

/** Counts and realised totals over every layer of a portfolio (the Layers page's summary strip). */
export interface LayerTotals {
  total: number;
  open: number;
  realizedPnlCents: Cents;
  feesCents: Cents;
}

export interface LayerDetail extends LayerSummary {
  legs: Leg[];
  tickets: Ticket[];
  /** Open signed contracts per leg id. */
  openContracts: Record<number, number>;
  /** For a hedge layer: the layers it protects (hedge attribution). */
  protectsLayerIds: number[];
}

export interface MarketBar {
  symbol: MarketSymbol;
  date: string;
  closeHundredths: Hundredths;
  /** The day's OPEN in hundredths, when the imported file had one (CBOE, Yahoo, Stooq, Investing.com); else null. */
  openHundredths: Hundredths | null;
}

export interface ImportSummary {
  symbol: MarketSymbol;
  rows: number;
  added: number;
  updated: number;
  unchanged: number;
  /** Rows that repeat an earlier row of the file (same date, same close), counted once. */
  duplicateRows: number;
  /** Rows dated on a day NYSE was closed (from 1971, shared/calendar): reported, never stored. */
  skipped: number;
  /** The first skipped days, with why the exchange was closed. */
  skippedDays: SkippedDay[];
  firstDate: string | null;
  lastDate: string | null;
  /** The largest changes to stored closes, biggest |%| first (at most 10). */
  biggestChanges: CloseChange[];
  /** Why the file does not look like this symbol's closes; empty when it does. */
  refusals: ImportRefusal[];
  /** A preview: nothing was written. */
  dryRun: boolean;
  /** The refusals were overridden (`replace`). */
  replaced: boolean;
  /** The revision that undoes this import; null for a preview or when nothing changed. */
  revisionId: number | null;
  /** The median difference from the stored closes above which the file is refused, %. */
  tolerancePct: number;
}

export interface SkippedDay {
  date: string;
  /** "Saturday", "Memorial Day", … */
  reason: string;
}

export interface CloseChange {
  date: string;
  /** The stored close; null when the date is new. */
  beforeHundredths: Hundredths | null;
  /** The close after the change; null when it is deleted. */
  afterHundredths: Hundredths | null;
  /** 100 × (after / before − 1); null when either side is missing. */
  changePct: number | null;
}

export type ImportRefusalRule = 'implausible-level' | 'signature' | 'other-symbol' | 'stored-opens' | 'shifted-dates' | 'differs-from-stored' | 'spikes';

export interface ImportRefusal {
  rule: ImportRefusalRule;
  message: string;
  /** The rows that show it (at most 10): the file's close and what it was compared with. */
  rows: { date: string; fileHundredths: Hundredths; comparedHundredths: Hundredths | null }[];
}

export type MarketRevisionKind = 'import' | 'edit' | 'delete';

/** One import or hand edit of market closes: what undo restores (docs/import.md). */
export interface MarketRevision {
  id: number;
  symbol: MarketSymbol;
  kind: MarketRevisionKind;
  /** ISO timestamp. */
  createdAt: string;
  /** The file name of an import; '' for a hand edit. */
  source: string;
  reason: string;
  rowsChanged: number;
  firstDate: string | null;
  lastDate: string | null;
  /** When it was undone; null while it stands. */
  undoneAt: string | null;
}

export interface MarketUndoResult {
  revision: MarketRevision;
  /** Rows written back to what they were before the revision. */
  restored: number;
}

export interface AppInfo {
  appVersion: string;
  schemaVersion: number;
  dbPath: string;
  today: string;
}

export interface EconomicEvent {
  id: number;
  date: string;
  kind: EventKind;
  note: string;
}

export interface EventImportSummary {
  rows: number;
  added: number;
  unchanged: number;
}

export interface Mark {
  layerId: number;
  date: string;
  priceHundredths: Hundredths;
}

export type DecisionKind = 'acted' | 'dismissed' | 'snoozed';

export interface Decision {
  id: number;
  portfolioId: number;
  ruleId: string;
  subject: string;
  evaluatedOn: string;
  decision: DecisionKind;
  snoozeUntil: string | null;
  reason: string;
  prompt: Record<string, unknown>;
  layerId: number | null;
  createdAt: string;
}

export interface JournalNote {
  id: number;
  portfolioId: number;
  date: string;
  layerId: number | null;
  ticketId: number | null;
  body: string;
  tags: string[];
  createdAt: string;
  updatedAt: string;
}

/** A layer at entry: market levels, its own T+0 payoff curve and Greeks on the open date. */
export interface EntrySnapshot {
  layerId: number;
  takenOn: string;
  spx: number | null;
  vix: number | null;
  /** SPX levels, points. */
  grid: number[];
  /** T+0 P&L in dollars at each level, on the open date. */
  pnl: number[];
  breakEvens: number[];
  greeks: { deltaPerPoint: number; gammaPerPoint: number; thetaPerDay: number; vegaPerVolPoint: number } | null;
}
