import { EmptyState } from '../components/empty-state';
import type { ViewProps } from './view-props';

/** Placeholder until the Settings feature replaces this file. */
export function SettingsView(_props: ViewProps) {
  return (
    <section className="view" aria-labelledby="view-title-settings">
      <header className="view-header">
        <h1 id="view-title-settings">Settings</h1>
      </header>
      <EmptyState title="Coming with the Settings feature" testId="coming-soon">
        <p>This section will hold cost-of-capital rates, fee defaults, pricing inputs and every rule threshold. The allocation schedule and hedge budget are already editable: Edit portfolio in the sidebar.</p>
      </EmptyState>
    </section>
  );
}
