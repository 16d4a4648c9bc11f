/** The dashboard's pure computation (see compute-dashboard.ts) and its types. */
export { computeDashboard, type DashboardInput } from './compute-dashboard';
export { metricsSummary, type MetricsSummary } from './metrics-summary';
export { BETA_WINDOW, DEFAULT_BETA } from './market-state';
export { DEFAULT_VOL_OF_VOL } from './layer-position';
export type * from './types';
