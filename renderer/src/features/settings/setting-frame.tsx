import type { ReactNode } from 'react';
import { HelpTip } from '../../components/help-tip';
import { SETTING_META, type SettingKey } from '../../format/setting-meta';
import { defaultText } from './setting-defaults';

interface SettingFrameProps {
  id: string;
  settingKey: SettingKey;
  error?: string;
  /** Edited and not yet saved. */
  edited: boolean;
  /** Extra words after "default …", e.g. "also vix-hedge". */
  note?: string;
  children: ReactNode;
}

/** Label with its "?", the control, then the error or "default 60 · …" underneath. */
export function SettingFrame({ id, settingKey, error, edited, note, children }: SettingFrameProps) {
  const meta = SETTING_META[settingKey];
  const hint = [`default ${defaultText(settingKey)}`, note].filter(Boolean).join(' · ');
  return (
    <div className={`field setting${error ? ' field-invalid' : ''}${edited ? ' setting-edited' : ''}`} data-testid={`setting-field-${settingKey}`}>
      <div className="setting-label-row">
        <label htmlFor={id}>{meta.label}</label>
        <HelpTip topic={meta.label}><p>{meta.help}</p><p className="muted">Setting <code>{settingKey}</code>, default {defaultText(settingKey)}.</p></HelpTip>
        {edited ? <span className="setting-edited-mark" title="Edited, not saved yet">edited</span> : null}
      </div>
      {children}
      {error ? <p className="field-error" id={`${id}-error`} data-testid={`setting-error-${settingKey}`}>{error}</p> : <p className="field-hint" id={`${id}-hint`}>{hint}</p>}
    </div>
  );
}
