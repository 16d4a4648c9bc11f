import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../../shared/api/errors';
import type { ImportSummary, MarketSymbol } from '../../../../shared/domain/types';
import { toApiError } from '../../api/to-api-error';
import { api } from '../../api/transport';
import { resolveSymbol, type SymbolChoice } from './import-symbol';
import { countDataRows, readFileText } from './read-file-text';

/** Where an import is: reading the file, waiting for the backend, or finished one way or the other. */
export type CsvImportState =
  | { phase: 'idle' }
  | { phase: 'reading'; fileName: string; symbol: MarketSymbol; loaded: number; total: number }
  | { phase: 'importing'; fileName: string; symbol: MarketSymbol; rows: number }
  | { phase: 'done'; fileName: string; summary: ImportSummary }
  | { phase: 'failed'; fileName: string; error: ApiError };

export interface CsvImport {
  state: CsvImportState;
  busy: boolean;
  start(file: File, choice: SymbolChoice): Promise<void>;
}

/** Reads a CSV in the browser and sends its text to `market/import`; one file at a time. */
export function useCsvImport(onImported: (summary: ImportSummary) => void): CsvImport {
  const [state, setState] = useState<CsvImportState>({ phase: 'idle' });
  const running = useRef(false);
  const onImportedRef = useRef(onImported);
  useEffect(() => {
    onImportedRef.current = onImported;
  });

  const start = useCallback(async (file: File, choice: SymbolChoice) => {
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
      const summary = await api.send('market/import', { symbol, csv, fileName: file.name.slice(0, 200) });
      setState({ phase: 'done', fileName: file.name, summary });
      onImportedRef.current(summary);
    } catch (caught) {
      setState({ phase: 'failed', fileName: file.name, error: toApiError(caught) });
    } finally {
      running.current = false;
    }
  }, []);

  return { state, busy: state.phase === 'reading' || state.phase === 'importing', start };
}
