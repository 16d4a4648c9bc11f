import { useMemo, useRef, useState, type FormEvent } from 'react';
import type { Portfolio } from '../../../../shared/domain/types';
import { api } from '../../api/transport';
import { useAction } from '../../api/use-action';
import { FormError } from '../../components/form-error';
import { focusFirstInvalid } from '../../forms/focus-first-invalid';
import { useFormFeedback } from '../../forms/use-form-feedback';
import { useAppState } from '../../state/use-app-state';
import { useToast } from '../../toast/use-toast';
import { ResetSettingsDialog } from './reset-settings-dialog';
import { RuleCard } from './rule-card';
import { SettingControl } from './setting-control';
import { GENERAL_GROUPS, RULE_GROUPS } from './setting-groups';
import { SETTING_META, type SettingKey } from '../../format/setting-meta';
import { draftFromSettings, editedKeys, nonDefaultKeys, parseSettingsDraft, settingPath, settingsPatch, type SettingsDraft } from './settings-draft';

const isField = (path: string) => path.startsWith('settings.');
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Every setting of one portfolio, validated as typed, saved as a patch of the changed keys. */
export function SettingsForm({ portfolio }: { portfolio: Portfolio }) {
  const { reloadPortfolios } = useAppState();
  const toast = useToast();
  // What the backend holds: the portfolio's settings until a save or reset returns newer ones.
  const [saved, setSaved] = useState(portfolio.settings);
  const [draft, setDraft] = useState<SettingsDraft>(() => draftFromSettings(portfolio.settings));
  const [resetting, setResetting] = useState(false);
  const parsed = useMemo(() => parseSettingsDraft(draft, saved), [draft, saved]);
  const feedback = useFormFeedback(parsed.issues);
  const action = useAction(feedback.acceptServerError);
  const formRef = useRef<HTMLFormElement>(null);
  const edited = editedKeys(draft, saved);
  const editedSet = new Set(edited);

  const change = <K extends SettingKey>(key: K, value: SettingsDraft[K]) => {
    // Live validation: a field's issue shows as soon as it is edited; the backend's verdict on the old value goes.
    for (const path of [settingPath(key), ...[0, 1, 2, 3, 4, 5].map((i) => settingPath(key, i))]) {
      feedback.edited(path);
      feedback.touch(path);
    }
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const rebase = (next: Portfolio) => {
    setSaved(next.settings);
    setDraft(draftFromSettings(next.settings));
    void reloadPortfolios(next.id);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!feedback.attempt() || parsed.settings === null) return focusFirstInvalid(formRef.current);
    const patch = settingsPatch(parsed.settings, saved);
    const count = Object.keys(patch).length;
    if (count === 0) {
      setDraft(draftFromSettings(saved));
      return toast('Nothing to save: the values equal the saved ones', 'info');
    }
    const result = await action.run(() => api.send('portfolio/update', { portfolioId: portfolio.id, settings: patch }));
    if (result) {
      toast(`Settings saved (${plural(count, 'change')})`);
      rebase(result);
    }
  };

  const control = { draft, change, errorFor: feedback.errorFor, edited: editedSet, riskCapitalCents: portfolio.riskCapitalCents };

  return (
    <form ref={formRef} className="settings-form" data-testid="settings-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="settings-groups">
        {GENERAL_GROUPS.map((group) => (
          <fieldset key={group.id} className="settings-group" data-testid={`settings-group-${group.id}`}>
            <legend>{group.title} <span className="legend-note">{group.note}</span></legend>
            <div className="settings-grid">
              {group.keys.map((key) => <SettingControl key={key} settingKey={key} {...control} />)}
            </div>
          </fieldset>
        ))}
      </div>
      <h2 className="settings-rules-title">Rules <span className="legend-note">thresholds of the ALVH prompts; switch a rule off to stop its prompts</span></h2>
      <div className="rule-cards">
        {RULE_GROUPS.map((group) => <RuleCard key={group.rule} group={group} {...control} />)}
      </div>
      <div className={`settings-bar${edited.length > 0 ? ' settings-bar-dirty' : ''}`} data-testid="settings-bar">
        <FormError error={action.error} isField={isField} />
        <div className="form-actions">
          <span className="form-keys" data-testid="settings-unsaved">
            {edited.length === 0 ? 'All settings saved.' : `${plural(edited.length, 'unsaved change')}: ${edited.map((k) => SETTING_META[k].label).join(', ')}`}
            {parsed.issues.length > 0 && edited.length > 0 ? <strong className="settings-bar-issues"> · {plural(parsed.issues.length, 'field')} to fix</strong> : null}
          </span>
          <button type="button" className="button button-danger-quiet" onClick={() => setResetting(true)} disabled={action.busy}>Reset to defaults…</button>
          <button type="button" className="button" onClick={() => setDraft(draftFromSettings(saved))} disabled={action.busy || edited.length === 0}>Discard changes</button>
          <button type="submit" className="button button-primary" disabled={action.busy || edited.length === 0}>{action.busy ? 'Saving…' : 'Save settings'}</button>
        </div>
      </div>
      {resetting ? (
        <ResetSettingsDialog portfolio={portfolio} changed={nonDefaultKeys(saved)} unsavedEdits={edited.length} onClose={() => setResetting(false)}
          onReset={(result) => { setResetting(false); toast('Settings reset to the defaults'); rebase(result); }} />
      ) : null}
    </form>
  );
}
