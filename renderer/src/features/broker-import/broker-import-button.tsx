import { useState } from 'react';
import type { Portfolio } from '../../../../shared/domain/types';
import type { TastytradeImportSummary } from '../../../../shared/import/tastytrade';
import { useRouteIntent } from '../../routing/use-route-intent';
import { useToast } from '../../toast/use-toast';
import { TastytradeImportDialog } from './tastytrade-import-dialog';

/** "Import from tastytrade…" and its dialog; `onImported` lets the page reload its layers. */
export function BrokerImportButton({ portfolio, onImported }: { portfolio: Portfolio; onImported(summary: TastytradeImportSummary): void }) {
  const [open, setOpen] = useState(false);
  const toast = useToast();
  useRouteIntent('import-tastytrade', () => setOpen(true));
  const imported = (summary: TastytradeImportSummary) => {
    setOpen(false);
    toast(`Imported ${summary.tickets.length} ticket(s) from tastytrade: ${summary.createdLayerIds.length} new layer(s)${summary.duplicates.length > 0 ? `, ${summary.duplicates.length} duplicate order(s) skipped` : ''}`);
    onImported(summary);
  };
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)} data-testid="tastytrade-import-open">Import from tastytrade…</button>
      {open ? <TastytradeImportDialog portfolio={portfolio} onImported={imported} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
