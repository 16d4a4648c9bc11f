import { SETTING_META, type SettingKey } from '../../format/setting-meta';
import { HelpTip } from '../../components/help-tip';
import { defaultText } from './setting-defaults';

interface SettingSwitchFieldProps {
  settingKey: SettingKey;
  checked: boolean;
  onChange(checked: boolean): void;
  edited: boolean;
}

/** An on/off setting as a labelled checkbox. */
export function SettingSwitchField({ settingKey, checked, onChange, edited }: SettingSwitchFieldProps) {
  const id = `setting-${settingKey}`;
  const meta = SETTING_META[settingKey];
  return (
    <div className={`field setting setting-switch${edited ? ' setting-edited' : ''}`} data-testid={`setting-field-${settingKey}`}>
      <div className="setting-label-row">
        <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} data-testid={id} aria-describedby={`${id}-hint`} />
        <label htmlFor={id}>{meta.label}</label>
        <HelpTip topic={meta.label}><p>{meta.help}</p><p className="muted">Setting <code>{settingKey}</code>, default {defaultText(settingKey)}.</p></HelpTip>
        {edited ? <span className="setting-edited-mark">edited</span> : null}
      </div>
      <p className="field-hint" id={`${id}-hint`}>{checked ? 'on' : 'off'} · default {defaultText(settingKey)}</p>
    </div>
  );
}
