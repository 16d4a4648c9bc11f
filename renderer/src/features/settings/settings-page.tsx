import type { Portfolio } from '../../../../shared/domain/types';
import { formatCentsCompact } from '../../../../shared/format/money';
import { SettingsForm } from './settings-form';

/** Settings of the selected portfolio. Name and risk capital stay in "Edit portfolio" (sidebar). */
export function SettingsPage({ portfolio }: { portfolio: Portfolio }) {
  return (
    <section className="view view-settings" aria-labelledby="view-title-settings">
      <header className="view-header">
        <h1 id="view-title-settings">Settings <span className="title-shape">{portfolio.name}</span></h1>
        <p className="muted settings-lead">Per portfolio; risk capital {formatCentsCompact(portfolio.riskCapitalCents)} (change it with Edit portfolio). Each value is checked as you type; Save sends only what changed.</p>
      </header>
      {/* A new key when the stored settings change elsewhere (e.g. Edit portfolio) starts the form over from them. */}
      <SettingsForm key={`${portfolio.id}:${JSON.stringify(portfolio.settings)}`} portfolio={portfolio} />
    </section>
  );
}
