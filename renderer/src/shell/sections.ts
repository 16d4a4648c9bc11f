import type { SectionId } from '../routing/route';

export interface Section {
  id: SectionId;
  label: string;
  /** Alt + this key opens the section. */
  key: string;
}

/** The navigation, in order. Each section's view is chosen in renderer/src/views/section-view.tsx. */
export const SECTIONS: readonly Section[] = [
  { id: 'dashboard', label: 'Dashboard', key: '1' },
  { id: 'layers', label: 'Layers', key: '2' },
  { id: 'market', label: 'Market data', key: '3' },
  { id: 'journal', label: 'Journal', key: '4' },
  { id: 'rules', label: 'Rules', key: '5' },
  { id: 'settings', label: 'Settings', key: '6' },
  { id: 'performance', label: 'Performance', key: '7' },
  { id: 'backtest', label: 'Backtest', key: '8' },
  { id: 'reports', label: 'Reports & backups', key: '9' },
];
