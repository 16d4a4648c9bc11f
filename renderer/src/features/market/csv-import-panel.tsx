import { useState, type ChangeEvent, type DragEvent } from 'react';
import type { ImportSummary } from '../../../../shared/domain/types';
import { DEFAULT_TOLERANCE_PCT } from '../../../../shared/market/import-plan';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { focusInView } from '../../routing/focus-in-view';
import { useRouteIntent } from '../../routing/use-route-intent';
import { SYMBOL_CHOICES, type SymbolChoice } from './import-symbol';
import { ImportProgress } from './import-progress';
import { useCsvImport } from './use-csv-import';

export const CSV_INPUT_ID = 'market-csv-file';

/** Import daily closes from a CSV: pick the file or drop it on the panel. */
export function CsvImportPanel({ onImported }: { onImported(summary: ImportSummary): void }) {
  const [choice, setChoice] = useState<SymbolChoice>('auto');
  const [dragging, setDragging] = useState(false);
  const [tolerance, setTolerance] = useState(String(DEFAULT_TOLERANCE_PCT));
  const tolerancePct = Number(tolerance);
  const toleranceError = tolerancePct > 0 && tolerancePct <= 100 ? undefined : 'a percentage above 0 and at most 100';
  const csvImport = useCsvImport(onImported);
  // File → Import Market Data…: a page may not open the file chooser without a click, so
  // bring the panel into view with its file button focused (Enter or Space opens it).
  useRouteIntent('import', () => focusInView(CSV_INPUT_ID));

  const picked = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again (a re-import) must fire a change
    if (file && !toleranceError) void csvImport.start(file, choice, tolerancePct);
  };
  const dropped = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !csvImport.busy && !toleranceError) void csvImport.start(file, choice, tolerancePct);
  };

  return (
    <section className="market-card" aria-labelledby="csv-import-title" data-testid="csv-import">
      <h2 id="csv-import-title">Import closes from CSV</h2>
      <SelectField<SymbolChoice> id="market-import-symbol" label="Index" value={choice} options={SYMBOL_CHOICES} onChange={setChoice} disabled={csvImport.busy}
        hint="“From the file name”: VIX_History.csv is VIX, SPX_History.csv is SPX." />
      <TextField id="market-import-tolerance" label="Tolerance" suffix="%" inputMode="decimal" value={tolerance} onChange={setTolerance} error={toleranceError}
        hint="Refuse a file whose closes differ from the stored ones by more than this (median over shared dates)." disabled={csvImport.busy} />
      <div
        className={dragging ? 'drop-zone drop-zone-active' : 'drop-zone'}
        data-testid="csv-drop-zone"
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={dropped}
      >
        <input id={CSV_INPUT_ID} className="file-input" type="file" accept=".csv,.txt,text/csv" onChange={picked} disabled={csvImport.busy} data-testid="market-csv-input" />
        <label htmlFor={CSV_INPUT_ID} className="button button-primary file-button">Choose CSV file…</label>
        <span className="muted">or drop it here</span>
        <p className="drop-zone-note muted">
          Cboe <code>DATE,OPEN,HIGH,LOW,CLOSE</code>, Yahoo Finance, Stooq, Investing.com or <code>date,close</code>.
          You see what would change before anything is stored;
          a file that does not look like the index is refused unless you confirm it, and every import can be undone.
        </p>
      </div>
      <ImportProgress csvImport={csvImport} />
    </section>
  );
}
