/** Data problems the handler reports (missing closes, default beta), above the chart. */
export function DashboardWarnings({ warnings }: { warnings: readonly string[] }) {
  if (warnings.length === 0) return null;
  return (
    <ul className="dashboard-warnings" data-testid="dashboard-warnings" role="status">
      {warnings.map((w) => <li key={w}>{w}</li>)}
    </ul>
  );
}
