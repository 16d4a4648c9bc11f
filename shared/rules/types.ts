/**
 * The rules engine's input and output types. Money is integer cents, prices and strikes
 * integer hundredths of a point, dates `YYYY-MM-DD` (see shared/money.ts, shared/dates.ts).
 */
import type { Cents, Hundredths } from '../money';
import type { CondorStrikes, DecisionKind, EventKind, LayerDetail, LayerRole } from '../domain/types';
import type { PortfolioSettings, RuleId } from '../domain/settings';
import type { SettlementPriceFn } from '../domain/settlement';
import type { SpxSurface } from '../analytics';
import type { HedgeExitTrigger } from './hedge-exit';

/** A user's mark: mid price to close one unit of a layer, + = debit to close. */
export interface RulesMark {
  layerId: number;
  date: string;
  priceHundredths: Hundredths;
}

/** An economic event the user typed in or imported. */
export interface RulesEvent {
  date: string;
  kind: EventKind;
  note: string;
}

/** A recorded reaction to a prompt; `subject` + `ruleId` form the prompt key. */
export interface RulesDecision {
  ruleId: RuleId;
  subject: string;
  decision: DecisionKind;
  snoozeUntil: string | null;
  evaluatedOn: string;
}

/** Everything the engine reads besides market history. Items dated after `asOf` are ignored. */
export interface RulesInput {
  /** Evaluation date; only data dated on or before it is used. */
  asOf: string;
  riskCapitalCents: Cents;
  settings: PortfolioSettings;
  /** All layers of the portfolio with legs and tickets; positions are rebuilt from tickets dated ≤ asOf. */
  layers: readonly LayerDetail[];
  marks: readonly RulesMark[];
  events: readonly RulesEvent[];
  decisions: readonly RulesDecision[];
  /** Settlement prices of expired legs (the store's OPEN and CLOSE); default: the prepared closes. */
  settlementPrice?: SettlementPriceFn;
  /**
   * The hedge pot, cents, when the caller keeps it (the backtest); otherwise it is rebuilt from
   * the layers' opening tickets (hedge-pot.ts), which needs all layers, closed ones included.
   */
  hedgePotCents?: Cents;
  /** The day's SPX surface when the caller already has it (the backtest); otherwise built from the closes and settings. */
  spxSurface?: SpxSurface;
}

/** How urgent a prompt is; prompts sort critical → warning → info. */
export type Severity = 'critical' | 'warning' | 'info';

/** A proposed iron condor: strikes on the 5-point grid at the target short delta, priced by Black–Scholes. */
export interface CondorProposal {
  /** SPX: the AM-settled monthly (third Friday); SPXW: PM-settled weeklies/dailies. */
  underlying: 'SPX' | 'SPXW';
  expiration: string;
  /** Calendar days from asOf to `expiration`. */
  dte: number;
  strikes: CondorStrikes;
  /** Width of each wing, hundredths. */
  wingWidthHundredths: Hundredths;
  /** Model |delta| of the short put and the short call. */
  shortPutDelta: number;
  shortCallDelta: number;
  /** Model net credit per unit, hundredths (rounded). */
  creditHundredths: Hundredths;
  /** (wing − credit) × multiplier, cents. */
  maxLossPerContractCents: Cents;
  /** wing × multiplier (less the credit when settings.marginCreditsPremium), cents. */
  marginPerContractCents: Cents;
  /** The per-contract figure the sizing divides by: max loss or margin (settings.riskBasis). */
  riskPerContractCents: Cents;
  quantity: number;
}

/** Open a new iron condor layer (pre-fills the condor entry form). */
export interface OpenCondorSuggestion extends CondorProposal {
  kind: 'open-condor';
  role: LayerRole;
  /** 0-based slot of the allocation schedule; null when sized otherwise (a roll keeps its size). */
  slotIndex: number | null;
  slotPct: number | null;
  /** slot % × risk capital, cents; null when not sized from a slot. */
  budgetCents: Cents | null;
}

/** Move the short strikes of an open layer (see tighten-proposal.ts for the reading). */
export interface TightenSuggestion {
  kind: 'tighten';
  layerId: number;
  expiration: string;
  currentStrikes: CondorStrikes;
  proposedStrikes: CondorStrikes;
  /** Model |delta| of the current and proposed shorts at the current vol. */
  currentShortPutDelta: number;
  currentShortCallDelta: number;
  proposedShortPutDelta: number;
  proposedShortCallDelta: number;
  /** False when both shorts are already at or beyond the target-delta strikes. */
  changed: boolean;
}

/** Buy a VIX call spread sized within the hedge budget (see hedge-proposal.ts). */
export interface VixHedgeSuggestion {
  kind: 'vix-hedge';
  structure: 'call-spread';
  underlying: 'VIX';
  expiration: string;
  longStrikeHundredths: Hundredths;
  shortStrikeHundredths: Hundredths;
  contracts: number;
  /** Black-76 value of one spread × 100, cents. */
  costPerContractCents: Cents;
  totalCostCents: Cents;
  /** Pot funding: hedge pot + premium held in open hedges; capital funding: hedgeBudgetPct × risk capital. Cents. */
  budgetCents: Cents;
  /** Share of the budget the signal calls for (pot: 0.1 … 1; capital: 0.5 … 1). */
  budgetScale: number;
  /** Where the hedge is paid from (settings.hedgeFunding). */
  funding: 'premium-pot' | 'capital-budget';
  /** Premium still invested in open hedge layers, cents. */
  existingHedgeCents: Cents;
  /** Vol of vol assumed for Black-76, decimal. */
  volOfVol: number;
  /** Model VIX forward to the expiration the spread was priced off, points (see vixForward). */
  forwardPoints: number;
}

/** Close a layer at its cost to close and open `open` in its place. */
export interface RollSuggestion {
  kind: 'roll';
  layerId: number;
  /** Cost to close one unit now, hundredths (+ debit). */
  closePriceHundredths: Hundredths;
  closeSource: 'mark' | 'model';
  markDate: string | null;
  quantity: number;
  open: OpenCondorSuggestion;
}

/** Why a layer should be closed or adjusted. */
export type CloseReason = 'loss-multiple' | 'short-strike-breached' | 'late-dte' | HedgeExitTrigger;

/** Close (or adjust) a layer; the form pre-fills the cost to close when known. */
export interface CloseOrAdjustSuggestion {
  kind: 'close-or-adjust';
  layerId: number;
  reasons: CloseReason[];
  /** Cost to close one unit now when known, hundredths (+ debit). */
  closePriceHundredths: Hundredths | null;
  closeSource: 'mark' | 'model' | null;
  quantity: number;
}

/** An event inside the event guard's window. */
export interface GuardedEvent extends RulesEvent {
  /** Trading days after asOf (0 = asOf itself). */
  tradingDaysAway: number;
}

/** Do not open layers before `holdUntil`. */
export interface HoldNewLayersSuggestion {
  kind: 'hold-new-layers';
  events: GuardedEvent[];
  /** First trading day after the last guarded event: new layers are fine from then on. */
  holdUntil: string;
}

/** Cut open condor risk by at least `excessCents`. */
export interface ReduceSuggestion {
  kind: 'reduce';
  riskBasis: PortfolioSettings['riskBasis'];
  excessCents: Cents;
  totalRiskCents: Cents;
  riskCapitalCents: Cents;
  layers: { layerId: number; riskCents: Cents }[];
}

/** Book the settlement of an expired layer: one `settle` (or `expire`, when worthless) ticket. */
export interface BookExpirationSuggestion {
  kind: 'book-expiration';
  layerId: number;
  /** The expiration day the layer settled on; the ticket's date. */
  date: string;
  action: 'settle' | 'expire';
  /** Cost to settle one unit, hundredths (+ debit); null when a settlement price is missing. */
  settlePriceHundredths: Hundredths | null;
  quantity: number;
  legs: { legId: number; source: string; levelPoints: number | null; contracts: number; valuePoints: number | null }[];
}

/** The action a prompt pre-fills, by `kind`. */
export type Suggestion =
  | OpenCondorSuggestion
  | TightenSuggestion
  | VixHedgeSuggestion
  | RollSuggestion
  | CloseOrAdjustSuggestion
  | HoldNewLayersSuggestion
  | ReduceSuggestion
  | BookExpirationSuggestion;

/** A value shown among a prompt's inputs. */
export type PromptInputValue = number | string | boolean | null;

/** One fired rule for one subject. */
export interface Prompt {
  /** `${rule}:${subject}`, stable across days (decisions are matched on it). */
  key: string;
  rule: RuleId;
  /** `portfolio`, `layer-12`, `event-2026-06-10`. */
  subject: string;
  severity: Severity;
  title: string;
  /** Plain sentence with the actual inputs and thresholds. */
  explanation: string;
  inputs: Record<string, PromptInputValue>;
  suggestion: Suggestion | null;
  /** Set while a snooze decision for this key runs; the UI greys the prompt. */
  snoozedUntil: string | null;
  layerId: number | null;
}

/** A rule that could not be evaluated for lack of data. */
export interface Unavailable {
  rule: RuleId;
  message: string;
}

/** What `evaluateRules` returns for one date. */
export interface RulesResult {
  /** Sorted by severity (critical first), then by rule order (RULE_IDS), then as each rule ordered them. */
  prompts: Prompt[];
  unavailable: Unavailable[];
  /** The last stored SPX/VIX close when asOf is after it (prompts that read closes then say so), else null. */
  marketDataEnds: string | null;
}
