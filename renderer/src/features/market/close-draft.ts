/** The "add a close" form's text and its conversion to `market/upsert` input (pure). */
import type { ApiIssue } from '../../../../shared/api/errors';
import { isIsoDate } from '../../../../shared/dates';
import type { MarketSymbol } from '../../../../shared/domain/types';
import { parseHundredths } from '../../../../shared/money';

export interface CloseDraft {
  symbol: MarketSymbol;
  date: string;
  close: string;
}

export interface ParsedClose {
  input: { symbol: MarketSymbol; date: string; closeHundredths: number } | null;
  issues: ApiIssue[];
}

export const CLOSE_PATHS: readonly string[] = ['symbol', 'date', 'closeHundredths'];

export function parseCloseDraft(draft: CloseDraft): ParsedClose {
  const issues: ApiIssue[] = [];
  if (!isIsoDate(draft.date)) issues.push({ path: 'date', message: 'Enter the trading date as YYYY-MM-DD' });
  const close = parseHundredths(draft.close);
  if (close === null || close <= 0) issues.push({ path: 'closeHundredths', message: 'Enter the close in points with at most two decimals, e.g. 5612.35' });
  return {
    input: issues.length === 0 && close !== null ? { symbol: draft.symbol, date: draft.date, closeHundredths: close } : null,
    issues,
  };
}
