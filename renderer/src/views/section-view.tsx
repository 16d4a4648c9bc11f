import type { ComponentType } from 'react';
import type { SectionId } from '../routing/route';
import { BacktestView } from './backtest-view';
import { DashboardView } from './dashboard-view';
import { JournalView } from './journal-view';
import { LayersView } from './layers-view';
import { MarketDataView } from './market-data-view';
import { PerformanceView } from './performance-view';
import { ReportsView } from './reports-view';
import { RulesView } from './rules-view';
import { SettingsView } from './settings-view';
import type { ViewProps } from './view-props';

/** Section → view. A feature replaces its placeholder file; this map stays as it is. */
const VIEWS: Record<SectionId, ComponentType<ViewProps>> = {
  dashboard: DashboardView,
  layers: LayersView,
  market: MarketDataView,
  journal: JournalView,
  rules: RulesView,
  settings: SettingsView,
  performance: PerformanceView,
  reports: ReportsView,
  backtest: BacktestView,
};

export function SectionView(props: ViewProps) {
  const View = VIEWS[props.route.section];
  return <View {...props} />;
}
