import { SettingsPage } from '../features/settings/settings-page';
import '../styles/settings.css';
import type { ViewProps } from './view-props';

/** The Settings section: every setting of the selected portfolio, grouped, with units, defaults and help. */
export function SettingsView({ portfolio }: ViewProps) {
  return <SettingsPage portfolio={portfolio} />;
}
