/**
 * The journal's records as the API returns them. Money is integer cents, prices and
 * strikes integer hundredths of a point (see shared/money.ts); dates are YYYY-MM-DD.
 */
import type { PortfolioSettings } from './settings';

export const LAYER_ROLES = ['base', 'time-shift', 'adaptive', 'hedge'] as const;
export type LayerRole = (typeof LAYER_ROLES)[number];

export const LAYER_STATUSES = ['open', 'closed', 'rolled', 'expired'] as const;
export type LayerStatus = (typeof LAYER_STATUSES)[number];

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
  riskCapitalCents: number;
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
  strikeHundredths: number | null;
  expiration: string | null;
  /** Contracts of this leg per unit of the layer (1 for each leg of a plain condor). */
  ratio: number;
  multiplier: number;
}

export interface TicketLeg {
  legId: number;
  /** Signed contracts: + bought, − sold. */
  quantity: number;
}

export interface Ticket {
  id: number;
  layerId: number;
  date: string;
  action: TicketAction;
  /** Units of the layer traded (condors). */
  quantity: number;
  /** Net price per unit; + credit received, − debit paid. */
  netPriceHundredths: number;
  multiplier: number;
  feesCents: number;
  /** netPrice × multiplier × quantity − fees. */
  cashCents: number;
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
  status: LayerStatus;
  openedOn: string;
  closedOn: string | null;
  /** Earliest expiration among the layer's legs. */
  expiration: string | null;
  /** Calendar days from the as-of date to `expiration`. */
  dte: number | null;
  /** Strikes in hundredths when the layer is an iron condor, else null. */
  strikes: CondorStrikes | null;
  openedQuantity: number;
  openQuantity: number;
  /** Net price per unit of the opening ticket (+ credit). */
  openPriceHundredths: number;
  netCashCents: number;
  realizedPnlCents: number;
  feesCents: number;
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
  realizedPnlCents: number;
  feesCents: number;
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
  closeHundredths: number;
  /** The day's OPEN in hundredths, when the imported file had one (CBOE, Yahoo, Stooq, Investing.com); else null. */
  openHundredths: number | null;
}

export interface ImportSummary {
  symbol: MarketSymbol;
  rows: number;
  added: number;
  updated: number;
  unchanged: number;
  /** Rows that repeat an earlier row of the file (same date, same close), counted once. */
  duplicateRows: number;
  firstDate: string | null;
  lastDate: string | null;
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
  priceHundredths: number;
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
