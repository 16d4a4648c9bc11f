import type { FormEvent } from 'react';
import type { Portfolio } from '../../../../shared/domain/types';
import { DEFAULT_SETTINGS } from '../../../../shared/domain/settings';
import { TextField } from '../../components/text-field';
import { SETTING_META, shortHelp } from '../../format/setting-meta';
import { settingsFields, type RunDraft, type RunErrors, type RunField } from './backtest-draft';
import { centsToDollars } from '../../../../shared/money';

interface BacktestFormProps {
  draft: RunDraft;
  errors: RunErrors;
  /** Show field errors only after a first attempt. */
  showErrors: boolean;
  portfolio: Portfolio;
  running: boolean;
  onChange(draft: RunDraft): void;
  onRun(): void;
}

/** The date range, capital and key settings of a backtest (the sweep uses them as its base). */
export function BacktestForm({ draft, errors, showErrors, portfolio, running, onChange, onRun }: BacktestFormProps) {
  const set = (field: RunField) => (value: string) => onChange({ ...draft, [field]: value });
  const error = (field: RunField) => (showErrors ? errors[field] : undefined);
  const field = (id: RunField, label: string, props: { prefix?: string; suffix?: string; hint?: string } = {}) => (
    <TextField id={`bt-${id}`} label={label} value={draft[id]} onChange={set(id)} error={error(id)} inputMode="decimal" testId={`bt-${id}`} {...props} />
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onRun();
  };
  const chooseBase = (base: RunDraft['base']) => {
    const settings = base === 'portfolio' ? portfolio.settings : DEFAULT_SETTINGS;
    onChange({ ...draft, base, ...settingsFields(settings), capital: base === 'portfolio' ? String(centsToDollars(portfolio.riskCapitalCents)) : draft.capital });
  };

  return (
    <form className="form bt-form" onSubmit={submit} aria-labelledby="bt-form-title" data-testid="bt-form">
      <div className="bt-form-head">
        <h2 id="bt-form-title">Backtest settings</h2>
        <label className="bt-base">
          Start from{' '}
          <select value={draft.base} onChange={(e) => chooseBase(e.target.value === 'portfolio' ? 'portfolio' : 'defaults')} data-testid="bt-base">
            <option value="defaults">the default settings (ALVH.md)</option>
            <option value="portfolio">{portfolio.name}’s settings and capital</option>
          </select>
        </label>
      </div>
      <div className="form-grid bt-grid">
        <TextField id="bt-from" label="From" type="date" value={draft.from} onChange={set('from')} error={error('from')} testId="bt-from" />
        <TextField id="bt-to" label="To" type="date" value={draft.to} onChange={set('to')} error={error('to')} testId="bt-to" />
        {field('capital', 'Capital', { prefix: '$', hint: 'starting equity and risk capital' })}
        {field('spxSlippage', 'SPX slippage', { suffix: 'pts', hint: 'per contract per leg' })}
        {field('fee', 'Fees', { prefix: '$', hint: 'per contract per leg' })}
        {/* Label and meaning from the Settings metadata, so the two pages cannot contradict each other. */}
        {field('rsiThreshold', SETTING_META.rsiThreshold.label, { hint: shortHelp('rsiThreshold') })}
        {field('rollPctMaxProfit', 'Roll at', { suffix: '% of max profit' })}
        {field('wingMultiplier', 'Wing multiplier', { suffix: '×' })}
        {field('addLayerMinAgeDays', 'Layer spacing from', { suffix: 'days' })}
        {field('addLayerMaxAgeDays', 'Layer spacing to', { suffix: 'days' })}
        {field('allocationPct', 'Allocation', { suffix: '% per layer', hint: 'layer 1 first, e.g. 40/25/15' })}
        {field('hedgeBudgetPct', 'VIX hedge budget', { suffix: '% of capital' })}
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={running} data-testid="bt-run">{running ? 'Running…' : 'Run backtest'}</button>
        <span className="muted bt-note">Runs ALVH, ALVH without the hedge, a plain monthly condor and buy-and-hold on the SPX/VIX closes imported in Market data.</span>
      </div>
    </form>
  );
}
