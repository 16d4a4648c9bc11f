/**
 * The backtest form as text fields, parsed into a `backtest/run` input (and the base of a sweep)
 * with a message per bad field. Settings start from the defaults or from a portfolio's own
 * settings; the key ones are on the form, each with its unit.
 */
import type { ApiInput } from '../../../../shared/api/contract';
import { isIsoDate } from '../../../../shared/dates';
import { DEFAULT_SETTINGS, type PortfolioSettings, type SettingsPatch } from '../../../../shared/domain/settings';
import { centsToDollars } from '../../../../shared/money';

export interface RunDraft {
  from: string;
  to: string;
  /** Dollars. */
  capital: string;
  /** 'defaults' or 'portfolio': where the settings not on the form come from. */
  base: 'defaults' | 'portfolio';
  rsiThreshold: string;
  rollPctMaxProfit: string;
  wingMultiplier: string;
  addLayerMinAgeDays: string;
  addLayerMaxAgeDays: string;
  /** "40/25/15". */
  allocationPct: string;
  hedgeBudgetPct: string;
  /** Dollars per contract per leg. */
  fee: string;
  /** Points per contract per leg. */
  spxSlippage: string;
}

export type RunField = Exclude<keyof RunDraft, 'base'>;
export type RunErrors = Partial<Record<RunField, string>>;

/** The form's key settings from a settings object (defaults or a portfolio's). */
export function settingsFields(settings: PortfolioSettings): Pick<RunDraft, 'rsiThreshold' | 'rollPctMaxProfit' | 'wingMultiplier' | 'addLayerMinAgeDays' | 'addLayerMaxAgeDays' | 'allocationPct' | 'hedgeBudgetPct' | 'fee'> {
  return {
    rsiThreshold: String(settings.rsiThreshold),
    rollPctMaxProfit: String(settings.rollPctMaxProfit),
    wingMultiplier: String(settings.wingMultiplier),
    addLayerMinAgeDays: String(settings.addLayerMinAgeDays),
    addLayerMaxAgeDays: String(settings.addLayerMaxAgeDays),
    allocationPct: settings.allocationPct.join('/'),
    hedgeBudgetPct: String(settings.hedgeBudgetPct),
    fee: centsToDollars(settings.feePerContractCents).toFixed(2),
  };
}

export function initialDraft(today: string): RunDraft {
  return { from: '1990-01-02', to: today, capital: '100000', base: 'defaults', ...settingsFields(DEFAULT_SETTINGS), spxSlippage: '0.05' };
}

function number(text: string, errors: RunErrors, field: RunField, check: (n: number) => string | null): number | undefined {
  const t = text.trim().replace(/[$,]/g, '');
  const n = Number(t);
  if (t === '' || !Number.isFinite(n)) {
    errors[field] = 'must be a number';
    return undefined;
  }
  const problem = check(n);
  if (problem !== null) errors[field] = problem;
  return problem === null ? n : undefined;
}

const between = (lo: number, hi: number, unit = '') => (n: number) => (n < lo || n > hi ? `must be between ${lo} and ${hi}${unit}` : null);
const wholeBetween = (lo: number, hi: number) => (n: number) => (!Number.isInteger(n) ? 'must be a whole number of days' : between(lo, hi, ' days')(n));

export interface ParsedRun {
  input: ApiInput<'backtest/run'> | null;
  errors: RunErrors;
}

/** Parses the draft; `portfolioSettings` are the base when draft.base is 'portfolio'. */
export function parseRunDraft(draft: RunDraft, portfolioSettings: PortfolioSettings): ParsedRun {
  const errors: RunErrors = {};
  if (!isIsoDate(draft.from)) errors.from = 'pick a start date';
  if (!isIsoDate(draft.to)) errors.to = 'pick an end date';
  else if (isIsoDate(draft.from) && draft.to < draft.from) errors.to = 'must not be before the start date';
  const capital = number(draft.capital, errors, 'capital', (n) => (n < 1000 ? 'must be at least $1,000' : n > 1e11 ? 'is too large' : null));
  const patch: SettingsPatch = draft.base === 'portfolio' ? { ...portfolioSettings } : {};
  const set = <K extends keyof SettingsPatch>(key: K, value: SettingsPatch[K] | undefined) => {
    if (value !== undefined) patch[key] = value;
  };
  set('rsiThreshold', number(draft.rsiThreshold, errors, 'rsiThreshold', between(0, 100)));
  set('rollPctMaxProfit', number(draft.rollPctMaxProfit, errors, 'rollPctMaxProfit', between(0, 100, '%')));
  set('wingMultiplier', number(draft.wingMultiplier, errors, 'wingMultiplier', between(1, 5, '×')));
  set('addLayerMinAgeDays', number(draft.addLayerMinAgeDays, errors, 'addLayerMinAgeDays', wholeBetween(0, 365)));
  set('addLayerMaxAgeDays', number(draft.addLayerMaxAgeDays, errors, 'addLayerMaxAgeDays', wholeBetween(0, 365)));
  if (patch.addLayerMinAgeDays !== undefined && patch.addLayerMaxAgeDays !== undefined && patch.addLayerMinAgeDays > patch.addLayerMaxAgeDays) errors.addLayerMaxAgeDays = 'must not be below the minimum';
  const slots = draft.allocationPct.split(/[/,\s]+/).filter((s) => s !== '').map(Number);
  if (slots.length === 0 || slots.length > 6 || slots.some((s) => !Number.isFinite(s) || s < 0 || s > 100)) errors.allocationPct = '1 to 6 percentages, e.g. 40/25/15';
  else if (slots.reduce((a, b) => a + b, 0) > 100) errors.allocationPct = 'the slots must sum to 100% or less';
  else patch.allocationPct = slots;
  set('hedgeBudgetPct', number(draft.hedgeBudgetPct, errors, 'hedgeBudgetPct', between(0, 100, '%')));
  const fee = number(draft.fee, errors, 'fee', between(0, 1000, ' dollars'));
  if (fee !== undefined) patch.feePerContractCents = Math.round(fee * 100);
  const slippage = number(draft.spxSlippage, errors, 'spxSlippage', between(0, 50, ' points'));
  if (Object.keys(errors).length > 0 || capital === undefined || slippage === undefined) return { input: null, errors };
  return { input: { from: draft.from, to: draft.to, capitalCents: Math.round(capital * 100), settings: patch, spxSlippagePoints: slippage }, errors };
}
