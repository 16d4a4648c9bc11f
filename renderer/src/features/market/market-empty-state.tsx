import { EmptyState } from '../../components/empty-state';
import { CSV_INPUT_ID } from './csv-import-panel';

/** No closes yet: what the app accepts and where to start. */
export function MarketEmptyState() {
  return (
    <EmptyState title="No SPX or VIX closes yet" testId="market-empty">
      <p>The charts, the VIX RSI, the SPX MACD and realised vol — and every rule that reads them — need daily closes. Import a CSV file (the fastest start) or type a close by hand above.</p>
      <p>Two layouts are accepted, header names in any case:</p>
      <pre className="csv-sample">{'DATE,OPEN,HIGH,LOW,CLOSE      ← Cboe VIX_History.csv / SPX_History.csv\n01/02/1990,17.24,17.24,17.24,17.24\n\ndate,close                    ← generic\n2026-07-09,7485.49'}</pre>
      <p>Dates are MM/DD/YYYY (Cboe) or YYYY-MM-DD; only the CLOSE column is kept. One bad row rejects the whole file, with its line number, so a file is imported completely or not at all. Re-importing updates changed closes and skips identical ones.</p>
      <button type="button" className="button button-primary" onClick={() => document.getElementById(CSV_INPUT_ID)?.click()}>Choose a CSV file…</button>
    </EmptyState>
  );
}
