/** The portfolio form's text fields and their conversion to API input (pure, unit-tested). */
import type { ApiIssue } from '../../../../shared/api/errors';
import { parseCents } from '../../../../shared/money';
import { DEFAULT_SETTINGS } from '../../../../shared/domain/settings';
import type { Portfolio } from '../../../../shared/domain/types';
import { dollarsText } from '../../format/money';
import { parsePct } from '../../forms/parse-number';

export interface PortfolioDraft {
  name: string;
  riskCapital: string;
  /** Allocation schedule, % of risk capital for layers 1–3. */
  slots: [string, string, string];
  hedgeBudget: string;
  /** Slots beyond the third (set elsewhere, e.g. the CLI) are kept as they are. */
  extraSlots: number[];
}

export interface PortfolioInput {
  name: string;
  riskCapitalCents: number;
  settings: { allocationPct: number[]; hedgeBudgetPct: number };
}

export const SLOT_PATHS = ['settings.allocationPct.0', 'settings.allocationPct.1', 'settings.allocationPct.2'] as const;
export const SCHEDULE_PATH = 'settings.allocationPct';
export const PORTFOLIO_PATHS: readonly string[] = ['name', 'riskCapitalCents', ...SLOT_PATHS, SCHEDULE_PATH, 'settings.hedgeBudgetPct'];

const pctText = (value: number | undefined) => (value === undefined ? '' : String(value));

export function newPortfolioDraft(): PortfolioDraft {
  const [a, b, c] = DEFAULT_SETTINGS.allocationPct;
  return { name: '', riskCapital: '', slots: [pctText(a), pctText(b), pctText(c)], hedgeBudget: pctText(DEFAULT_SETTINGS.hedgeBudgetPct), extraSlots: [] };
}

export function draftFromPortfolio(portfolio: Portfolio): PortfolioDraft {
  const [a, b, c, ...rest] = portfolio.settings.allocationPct;
  return {
    name: portfolio.name,
    riskCapital: dollarsText(portfolio.riskCapitalCents),
    slots: [pctText(a), pctText(b), pctText(c)],
    hedgeBudget: pctText(portfolio.settings.hedgeBudgetPct),
    extraSlots: rest,
  };
}

export interface ParsedPortfolio {
  input: PortfolioInput | null;
  issues: ApiIssue[];
  /** What the schedule and the hedge budget leave unallocated, in % (may be negative). */
  reservePct: number | null;
  riskCapitalCents: number | null;
}

export function parsePortfolioDraft(draft: PortfolioDraft): ParsedPortfolio {
  const issues: ApiIssue[] = [];
  const name = draft.name.trim();
  if (name === '') issues.push({ path: 'name', message: 'Give the portfolio a name' });
  const capital = parseCents(draft.riskCapital);
  if (capital === null || capital <= 0) issues.push({ path: 'riskCapitalCents', message: 'Enter the risk capital in dollars, e.g. 100000' });
  const slots = draft.slots.map((text, i) => {
    const pct = parsePct(text);
    if (pct === null) issues.push({ path: SLOT_PATHS[i] ?? SCHEDULE_PATH, message: 'Enter a % from 0 to 100' });
    return pct;
  });
  const hedge = parsePct(draft.hedgeBudget);
  if (hedge === null) issues.push({ path: 'settings.hedgeBudgetPct', message: 'Enter a % from 0 to 100' });
  const known = slots.filter((s): s is number => s !== null);
  const scheduleTotal = [...known, ...draft.extraSlots].reduce((sum, pct) => sum + pct, 0);
  if (known.length === slots.length && scheduleTotal > 100) issues.push({ path: SCHEDULE_PATH, message: `The layer slots add up to ${scheduleTotal}%; keep them at 100% or less` });
  const reservePct = known.length === slots.length && hedge !== null ? Math.round((100 - scheduleTotal - hedge) * 100) / 100 : null;
  const input = issues.length === 0 && capital !== null && hedge !== null
    ? { name, riskCapitalCents: capital, settings: { allocationPct: [...known, ...draft.extraSlots], hedgeBudgetPct: hedge } }
    : null;
  return { input, issues, reservePct, riskCapitalCents: capital !== null && capital > 0 ? capital : null };
}
