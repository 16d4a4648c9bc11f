import type { Portfolio } from '../../../../shared/domain/types';
import { api } from '../../api/transport';
import { useAction } from '../../api/use-action';
import { FormError } from '../../components/form-error';
import { Modal } from '../../components/modal';
import { defaultText } from './setting-defaults';
import { SETTING_META, type SettingKey } from '../../format/setting-meta';

interface ResetSettingsDialogProps {
  portfolio: Portfolio;
  /** Saved settings that differ from the defaults. */
  changed: readonly SettingKey[];
  unsavedEdits: number;
  onClose(): void;
  onReset(portfolio: Portfolio): void;
}

/** Confirms `portfolio/resetSettings`, naming what goes back to its default. */
export function ResetSettingsDialog({ portfolio, changed, unsavedEdits, onClose, onReset }: ResetSettingsDialogProps) {
  const action = useAction();
  const confirm = async () => {
    const result = await action.run(() => api.send('portfolio/resetSettings', { portfolioId: portfolio.id }));
    if (result) onReset(result);
  };
  return (
    <Modal title={`Reset the settings of “${portfolio.name}”?`} onClose={onClose} size="narrow" locked={action.busy} testId="reset-settings-dialog">
      <div className="confirm">
        <div className="confirm-text">
          {changed.length === 0 ? <p>Every saved setting already has its default value.</p> : (
            <>
              <p>{changed.length} setting{changed.length === 1 ? '' : 's'} go back to the default:</p>
              <ul className="reset-list">
                {changed.map((key) => <li key={key}>{SETTING_META[key].label} → {defaultText(key)}</li>)}
              </ul>
            </>
          )}
          {unsavedEdits > 0 ? <p>Your {unsavedEdits} unsaved edit{unsavedEdits === 1 ? '' : 's'} will be discarded too.</p> : null}
          <p className="muted">The portfolio&apos;s name, risk capital, layers and journal are not touched.</p>
        </div>
        <FormError error={action.error} lead="Not reset." />
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose} data-autofocus="" disabled={action.busy}>Cancel</button>
          <button type="button" className="button button-danger" onClick={() => void confirm()} disabled={action.busy}>{action.busy ? 'Resetting…' : 'Reset to defaults'}</button>
        </div>
      </div>
    </Modal>
  );
}
