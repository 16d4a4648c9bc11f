import type { ReactNode } from 'react';
import { HelpTip } from '../../components/help-tip';
import { METRIC_HELP, type MetricHelpKey } from './metric-help';

interface MetricProps {
  /** `metric-<name>` test id. */
  name: string;
  label: string;
  help: MetricHelpKey;
  /** The value with its unit. */
  children: ReactNode;
  className?: string;
  /** A second line: a unit note or the reason a figure is undefined. */
  note?: ReactNode;
}

/** One labelled figure with its "?" definition. */
export function Metric({ name, label, help, children, className = '', note }: MetricProps) {
  return (
    <div className="metric" data-testid={`metric-${name}`}>
      <dt>{label} <HelpTip topic={label}>{METRIC_HELP[help]}</HelpTip></dt>
      <dd className={`metric-value ${className}`.trim()}>{children}</dd>
      {note ? <dd className="metric-note">{note}</dd> : null}
    </div>
  );
}
