import type { LayerDetail, Portfolio } from '../../../../shared/domain/types';
import { api } from '../../api/transport';
import { useLoad } from '../../api/use-load';
import { FormError } from '../../components/form-error';
import { CondorForm } from '../../trading/condor-form';
import { CustomLayerForm } from '../../trading/custom-layer-form';
import { isOpenCondor } from '../../trading/condor-risk';
import { RollForm } from '../../trading/roll-form';
import { TicketForm } from '../../trading/ticket-form';
import { BookExpirationForm } from './book-expiration-form';
import type { ActTarget } from './prefill';

interface ActFormProps {
  target: Exclude<ActTarget, { form: 'none' }>;
  portfolio: Portfolio;
  asOf: string;
  onSaved(): void;
  onCancel(): void;
}

/** The existing entry form for the suggestion, dated `asOf` and pre-filled. */
export function ActForm({ target, portfolio, asOf, onSaved, onCancel }: ActFormProps) {
  if (target.form === 'book-expiration') return <BookExpirationForm suggestion={target.suggestion} onSaved={onSaved} onCancel={onCancel} />;
  return <EntryActForm target={target} portfolio={portfolio} asOf={asOf} onSaved={onSaved} onCancel={onCancel} />;
}

function EntryActForm({ target, portfolio, asOf, onSaved, onCancel }: ActFormProps & { target: Exclude<ActTarget, { form: 'none' } | { form: 'book-expiration' }> }) {
  const layerId = target.form === 'roll' || target.form === 'close' ? target.layerId : null;
  const layer = useLoad<LayerDetail | null>(() => (layerId === null ? Promise.resolve(null) : api.send('layer/get', { layerId })), `layer:${layerId ?? ''}`);
  const layers = useLoad(() => api.send('layer/list', { portfolioId: portfolio.id, status: 'open', asOf }), `open:${portfolio.id}:${asOf}`);

  if (layer.error || layers.error) return <FormError error={layer.error ?? layers.error} lead="Cannot open the form." />;
  if (layer.loading || layers.data === null) return <p className="muted">Loading…</p>;

  switch (target.form) {
    case 'condor':
      return <CondorForm portfolio={portfolio} today={asOf} defaultRole="base" initial={target.initial} onSaved={onSaved} onCancel={onCancel} />;
    case 'hedge': {
      const candidates = layers.data.filter(isOpenCondor);
      return <CustomLayerForm portfolio={portfolio} today={asOf} candidates={candidates} initial={{ ...target.initial, protects: candidates.map((l) => l.id) }} onSaved={onSaved} onCancel={onCancel} />;
    }
    case 'roll':
    case 'close':
      if (layer.data === null) return <p className="muted">Layer #{layerId} was not found.</p>;
      return target.form === 'roll'
        ? <RollForm layer={layer.data} portfolio={portfolio} today={asOf} initial={target.initial} onRolled={onSaved} onCancel={onCancel} />
        : <TicketForm layer={layer.data} portfolio={portfolio} today={asOf} initial={target.initial} onSaved={onSaved} onCancel={onCancel} />;
  }
}
