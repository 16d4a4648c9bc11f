/** "default 60", "default $1.50", "default 40 / 25 / 15": each setting's default, readable. */
import { DEFAULT_SETTINGS } from '../../../../shared/domain/settings';
import { formatCents } from '../../../../shared/format/money';
import type { SettingKey } from '../../format/setting-meta';

export const RISK_BASIS_LABELS = { 'max-loss': 'Max loss', margin: 'Margin' } as const;
export const HEDGE_FUNDING_LABELS = { 'premium-pot': 'Hedge pot (premium)', 'capital-budget': 'Capital budget' } as const;
export const MACD_FILTER_LABELS = { 'no-recent-cross': 'No recent cross', histogram: 'Histogram ≥ 0', off: 'Off' } as const;

/** The on/off settings: their default reads "on" or "off". */
const TOGGLE_KEYS: ReadonlySet<SettingKey> = new Set<SettingKey>(['hedgeIvRvTrigger', 'marginCreditsPremium', 'recyclePremium']);

/** The default of setting `key` as shown next to its control. */
export function defaultText(key: SettingKey): string {
  const d = DEFAULT_SETTINGS;
  if (TOGGLE_KEYS.has(key)) return d[key] ? 'on' : 'off';
  switch (key) {
    case 'feePerContractCents': return formatCents(d.feePerContractCents);
    case 'allocationPct': return `${d.allocationPct.join(' / ')} %`;
    case 'riskBasis': return RISK_BASIS_LABELS[d.riskBasis];
    case 'macdFilter': return MACD_FILTER_LABELS[d.macdFilter];
    case 'hedgeFunding': return HEDGE_FUNDING_LABELS[d.hedgeFunding];
    case 'guardedEventKinds': return d.guardedEventKinds.join(', ') || 'none';
    case 'disabledRules': return d.disabledRules.length === 0 ? 'all enabled' : d.disabledRules.join(', ');
    default: return String(d[key]);
  }
}
