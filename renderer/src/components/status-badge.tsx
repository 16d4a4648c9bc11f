import type { LayerStatusOn } from '../../../shared/domain/types';
import { STATUS_LABELS } from '../format/labels';

export function StatusBadge({ status }: { status: LayerStatusOn }) {
  return <span className={`badge badge-${status}`}>{STATUS_LABELS[status]}</span>;
}
