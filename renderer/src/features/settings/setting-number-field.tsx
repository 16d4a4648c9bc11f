import { SETTING_META, type SettingKey } from '../../format/setting-meta';
import { SettingFrame } from './setting-frame';

interface SettingNumberFieldProps {
  settingKey: SettingKey;
  value: string;
  onChange(value: string): void;
  error?: string;
  edited: boolean;
  note?: string;
  /** Shown before the value (e.g. "$" for the fee). */
  prefix?: string;
}

/** A number typed as text, with its unit beside it. */
export function SettingNumberField({ settingKey, value, onChange, error, edited, note, prefix }: SettingNumberFieldProps) {
  const id = `setting-${settingKey}`;
  const unit = prefix ? SETTING_META[settingKey].unit.replace(/^\$\s*/, '') : SETTING_META[settingKey].unit;
  return (
    <SettingFrame id={id} settingKey={settingKey} error={error} edited={edited} note={note}>
      <div className="input-group">
        {prefix ? <span className="input-affix">{prefix}</span> : null}
        <input id={id} value={value} inputMode="decimal" autoComplete="off" spellCheck={false} aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-${error ? 'error' : 'hint'}`} data-testid={id} onChange={(e) => onChange(e.target.value)} />
        {unit ? <span className="input-affix">{unit}</span> : null}
      </div>
    </SettingFrame>
  );
}
