import type { SettingKey } from '../../format/setting-meta';
import { SettingFrame } from './setting-frame';

interface SettingChoiceFieldProps<V extends string> {
  settingKey: SettingKey;
  value: V;
  labels: Record<V, string>;
  onChange(value: V): void;
  error?: string;
  edited: boolean;
}

/** One of a few named options (risk basis, MACD filter). */
export function SettingChoiceField<V extends string>({ settingKey, value, labels, onChange, error, edited }: SettingChoiceFieldProps<V>) {
  const id = `setting-${settingKey}`;
  const options = Object.keys(labels) as V[];
  return (
    <SettingFrame id={id} settingKey={settingKey} error={error} edited={edited}>
      <select id={id} value={value} data-testid={id} aria-invalid={error ? true : undefined}
        onChange={(e) => { const picked = options.find((o) => o === e.target.value); if (picked) onChange(picked); }}>
        {options.map((option) => <option key={option} value={option}>{labels[option]}</option>)}
      </select>
    </SettingFrame>
  );
}
