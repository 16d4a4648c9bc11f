/** Performance over time: equity curve, drawdown, calendar, trade statistics and roll campaigns. */
export { computePerformance, type PerformanceInput } from './compute-performance';
export { layerRealizations, type Realization } from './realizations';
export { capturedAtClose } from './trades';
export { UNTAGGED } from './trade-stats';
export { RULES_GROUPS } from './types';
export type * from './types';
