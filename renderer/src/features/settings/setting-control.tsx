import { AllocationSlotsField } from './allocation-slots-field';
import { GuardedKindsField } from './guarded-kinds-field';
import { SettingChoiceField } from './setting-choice-field';
import { HEDGE_FUNDING_LABELS, MACD_FILTER_LABELS, RISK_BASIS_LABELS } from './setting-defaults';
import { ALSO_READ_BY } from './setting-groups';
import type { SettingKey } from '../../format/setting-meta';
import { SettingNumberField } from './setting-number-field';
import { SettingSwitchField } from './setting-switch-field';
import { settingPath, type SettingsDraft } from './settings-draft';

export interface SettingControlProps {
  settingKey: SettingKey;
  draft: SettingsDraft;
  change<K extends SettingKey>(key: K, value: SettingsDraft[K]): void;
  errorFor(path: string): string | undefined;
  edited: ReadonlySet<SettingKey>;
  riskCapitalCents: number;
}

/** The right control for a setting: slots, kind checkboxes, a choice, a switch or a number. */
export function SettingControl({ settingKey: key, draft, change, errorFor, edited, riskCapitalCents }: SettingControlProps) {
  const common = { edited: edited.has(key) };
  switch (key) {
    case 'allocationPct':
      return <AllocationSlotsField slots={draft.allocationPct} riskCapitalCents={riskCapitalCents} onChange={(v) => change(key, v)} errorFor={errorFor} {...common} />;
    case 'guardedEventKinds':
      return <GuardedKindsField kinds={draft.guardedEventKinds} onChange={(v) => change(key, v)} {...common} />;
    case 'riskBasis':
      return <SettingChoiceField settingKey={key} value={draft.riskBasis} labels={RISK_BASIS_LABELS} onChange={(v) => change(key, v)}
        error={errorFor(settingPath(key))} {...common} />;
    case 'macdFilter':
      return <SettingChoiceField settingKey={key} value={draft.macdFilter} labels={MACD_FILTER_LABELS} onChange={(v) => change(key, v)}
        error={errorFor(settingPath(key))} {...common} />;
    case 'hedgeFunding':
      return <SettingChoiceField settingKey={key} value={draft.hedgeFunding} labels={HEDGE_FUNDING_LABELS} onChange={(v) => change(key, v)}
        error={errorFor(settingPath(key))} {...common} />;
    case 'marginCreditsPremium':
    case 'recyclePremium':
    case 'hedgeIvRvTrigger':
      return <SettingSwitchField settingKey={key} checked={draft[key]} onChange={(v) => change(key, v)} {...common} />;
    case 'disabledRules':
      return null; // each rule card has its own "Enabled" switch
    default:
      return <SettingNumberField settingKey={key} value={draft[key]} onChange={(v) => change(key, v)} error={errorFor(settingPath(key))} note={ALSO_READ_BY[key]}
        prefix={key === 'feePerContractCents' ? '$' : undefined} {...common} />;
  }
}
