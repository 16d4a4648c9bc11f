/**
 * Removes a chart once every effect cleanup of the same React commit has run. Cleanups of the
 * effects that feed or follow a chart (crosshair and time-scale subscriptions, markers, the
 * sync group) run AFTER the cleanup that created the chart, and lightweight-charts throws
 * "Object is disposed" when they touch a chart already removed — logged on every page leave.
 */
export function removeChartAfterCleanups(chart: { remove(): void }): void {
  queueMicrotask(() => chart.remove());
}
