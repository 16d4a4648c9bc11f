import type { Severity } from '../../../../shared/rules';

const LABELS: Record<Severity, string> = { critical: 'Critical', warning: 'Warning', info: 'Info' };

export function SeverityChip({ severity }: { severity: Severity }) {
  return <span className={`severity-chip severity-${severity}`}>{LABELS[severity]}</span>;
}
