import type { ComponentType } from 'react';
import { PerformancePage } from '../features/performance/performance-page';
import { SettingsPage } from '../features/settings/settings-page';
import { TimelinePage } from '../features/timeline/timeline-page';
import type { SectionId } from '../routing/route';
import '../styles/settings.css';
import { BacktestView } from './backtest-view';
import { DashboardView } from './dashboard-view';
import { LayersView } from './layers-view';
import { MarketDataView } from './market-data-view';
import { ReportsView } from './reports-view';
import { RulesView } from './rules-view';
import type { ViewProps } from './view-props';

/**
 * Section → view. A section that composes several features (or adds a header) has a view file
 * of its own; a section that shows one feature's page is written here, in one line.
 */
const VIEWS: Record<SectionId, ComponentType<ViewProps>> = {
  dashboard: DashboardView,
  layers: LayersView,
  market: MarketDataView,
  // Tickets, notes, rule decisions and economic events on one timeline.
  journal: ({ portfolio, info }) => <TimelinePage key={portfolio.id} portfolio={portfolio} today={info.today} />,
  rules: RulesView,
  // Every setting of the selected portfolio, grouped, with units, defaults and help.
  settings: ({ portfolio }) => <SettingsPage portfolio={portfolio} />,
  // Equity curve, calendar, statistics and roll campaigns (the page carries its own title).
  performance: ({ portfolio }) => <section className="view"><PerformancePage key={portfolio.id} portfolio={portfolio} /></section>,
  reports: ReportsView,
  backtest: BacktestView,
};

export function SectionView(props: ViewProps) {
  const View = VIEWS[props.route.section];
  return <View {...props} />;
}
