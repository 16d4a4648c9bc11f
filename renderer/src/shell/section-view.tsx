import type { ComponentType } from 'react';
import type { SectionId } from '../routing/route';
import { BacktestView } from '../views/backtest-view';
import { DashboardView } from '../views/dashboard-view';
import { JournalView } from '../views/journal-view';
import { LayersView } from '../views/layers-view';
import { MarketDataView } from '../views/market-data-view';
import { PerformanceView } from '../views/performance-view';
import { ReportsView } from '../views/reports-view';
import { RulesView } from '../views/rules-view';
import { SettingsView } from '../views/settings-view';
import type { ViewProps } from '../views/view-props';

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
