import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../../shared/api/errors';
import type { ImportSummary, MarketSymbol } from '../../../../shared/domain/types';
import { toApiError } from '../../api/to-api-error';
import { api } from '../../api/transport';
import { resolveSymbol, type SymbolChoice } from './import-symbol';
import { countDataRows, readFileText } from '../../files/read-file-text';

/** Where an import is: reading the file, waiting for the backend, or finished one way or the other. */
export type CsvImportState =
  | { phase: 'idle' }
  | { phase: 'reading'; fileName: string; symbol: MarketSymbol; loaded: number; total: number }
  | { phase: 'importing'; fileName: string; symbol: MarketSymbol; rows: number }
  | { phase: 'preview'; fileName: string; summary: ImportSummary }
  | { phase: 'done'; fileName: string; summary: ImportSummary }
  | { phase: 'failed'; fileName: string; error: ApiError };

export interface CsvImport {
  state: CsvImportState;
  busy: boolean;
  /** Reads the file and previews it (a dry run): nothing is written until `confirm`. */
  start(file: File, choice: SymbolChoice, tolerancePct: number): Promise<void>;
  /** Commits the previewed file; over refusals this is the explicit override (replace). */
  confirm(): Promise<void>;
  cancel(): void;
}

/**
 * Reads a CSV in the browser, previews what `market/import` would do (counts, biggest changes,
 * refusals), and imports it only when the user confirms; one file at a time.
 */
export function useCsvImport(onImported: (summary: ImportSummary) => void): CsvImport {
  const [state, setState] = useState<CsvImportState>({ phase: 'idle' });
  const running = useRef(false);
  const pending = useRef<{ symbol: MarketSymbol; csv: string; fileName: string; tolerancePct: number } | null>(null);
  const onImportedRef = useRef(onImported);
  useEffect(() => {
    onImportedRef.current = onImported;
  });

  const start = useCallback(async (file: File, choice: SymbolChoice, tolerancePct: number) => {
    if (running.current) return;
    const symbol = resolveSymbol(choice, file.name);
    if (symbol === null) {
      setState({ phase: 'failed', fileName: file.name, error: new ApiError('invalid_input', `The name “${file.name}” does not say whether it holds SPX or VIX closes. Pick the index above and choose the file again.`) });
      return;
    }
    running.current = true;
    try {
      setState({ phase: 'reading', fileName: file.name, symbol, loaded: 0, total: file.size });
      const csv = await readFileText(file, (loaded, total) => setState({ phase: 'reading', fileName: file.name, symbol, loaded, total }));
      setState({ phase: 'importing', fileName: file.name, symbol, rows: countDataRows(csv) });
      const fileName = file.name.slice(0, 200);
      const summary = await api.send('market/import', { symbol, csv, fileName, tolerancePct, dryRun: true });
      pending.current = { symbol, csv, fileName, tolerancePct };
      setState({ phase: 'preview', fileName: file.name, summary });
    } catch (caught) {
      setState({ phase: 'failed', fileName: file.name, error: toApiError(caught) });
    } finally {
      running.current = false;
    }
  }, []);

  const confirm = useCallback(async () => {
    const file = pending.current;
    if (running.current || file === null || state.phase !== 'preview') return;
    running.current = true;
    const replace = state.summary.refusals.length > 0;
    try {
      setState({ phase: 'importing', fileName: file.fileName, symbol: file.symbol, rows: state.summary.rows });
      const summary = await api.send('market/import', { ...file, replace });
      pending.current = null;
      setState({ phase: 'done', fileName: file.fileName, summary });
      onImportedRef.current(summary);
    } catch (caught) {
      setState({ phase: 'failed', fileName: file.fileName, error: toApiError(caught) });
    } finally {
      running.current = false;
    }
  }, [state]);

  const cancel = useCallback(() => {
    pending.current = null;
    setState({ phase: 'idle' });
  }, []);

  return { state, busy: state.phase === 'reading' || state.phase === 'importing', start, confirm, cancel };
}
