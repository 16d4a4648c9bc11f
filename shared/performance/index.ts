/** Performance over time: equity curve, drawdown, calendar, trade statistics and roll campaigns. */
export { assemblePerformance, computePerformance, performanceOfLayers, type AssemblyInput, type PerformanceInput, type PerformanceOptions } from './compute-performance';
export { ledgerFacts, performanceLayer, performanceLayerOf, type LayerFields, type LedgerFacts, type PerformanceLayer } from './layer-facts';
export { layerRealizations, type Realization } from './realizations';
export { capturedAtClose } from './trades';
export { UNTAGGED } from './trade-stats';
export { RULES_GROUPS } from './types';
export type * from './types';
export { DayBook, type DayCents } from './day-book';
export { PerformanceBook } from './performance-book';
