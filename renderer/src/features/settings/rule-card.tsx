import type { RuleId } from '../../../../shared/domain/settings';
import type { RuleGroup } from './setting-groups';
import { SettingControl, type SettingControlProps } from './setting-control';

interface RuleCardProps extends Omit<SettingControlProps, 'settingKey'> {
  group: RuleGroup;
}

/** One rule: its id, when it fires, an "Enabled" switch (`disabledRules`) and its thresholds. */
export function RuleCard({ group, ...control }: RuleCardProps) {
  const { rule } = group;
  const disabled = control.draft.disabledRules.includes(rule);
  const toggle = (enabled: boolean) => {
    const next = new Set<RuleId>(control.draft.disabledRules);
    if (enabled) next.delete(rule);
    else next.add(rule);
    control.change('disabledRules', [...next]);
  };
  return (
    <section className={`rule-card${disabled ? ' rule-card-off' : ''}`} aria-labelledby={`rule-title-${rule}`} data-testid={`rule-${rule}`}>
      <header className="rule-card-header">
        <h3 id={`rule-title-${rule}`}><code>{rule}</code></h3>
        <label className="check rule-enabled">
          <input type="checkbox" checked={!disabled} onChange={(e) => toggle(e.target.checked)} data-testid={`rule-enabled-${rule}`} aria-label={`Rule ${rule} enabled`} />
          {disabled ? 'Off' : 'Enabled'}
        </label>
      </header>
      <p className="rule-summary muted">{group.summary}</p>
      {group.keys.length > 0 ? (
        <div className="settings-grid">
          {group.keys.map((key) => <SettingControl key={key} settingKey={key} {...control} />)}
        </div>
      ) : null}
    </section>
  );
}
