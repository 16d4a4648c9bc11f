import { useCallback, useState } from 'react';
import type { ApiError } from '../../../../shared/api/errors';
import type { TastytradeImportSummary } from '../../../../shared/import/tastytrade';
import { api } from '../../api/transport';
import { toApiError } from '../../api/to-api-error';
import { readFileText } from '../../files/read-file-text';

export type TastytradeImportState =
  | { phase: 'idle' }
  | { phase: 'reading' | 'previewing'; fileName: string }
  | { phase: 'preview'; fileName: string; csv: string; preview: TastytradeImportSummary }
  | { phase: 'rejected'; fileName: string; error: ApiError }
  | { phase: 'importing'; fileName: string; csv: string; preview: TastytradeImportSummary };

/** Pick a file → preview (writes nothing) → import; the file is re-planned on import, so a change in between is seen. */
export function useTastytradeImport(portfolioId: number) {
  const [state, setState] = useState<TastytradeImportState>({ phase: 'idle' });

  const pick = useCallback(async (file: File) => {
    setState({ phase: 'reading', fileName: file.name });
    try {
      const csv = await readFileText(file);
      setState({ phase: 'previewing', fileName: file.name });
      const preview = await api.send('import/tastytradePreview', { portfolioId, csv, fileName: file.name });
      setState({ phase: 'preview', fileName: file.name, csv, preview });
    } catch (caught) {
      setState({ phase: 'rejected', fileName: file.name, error: toApiError(caught) });
    }
  }, [portfolioId]);

  const apply = useCallback(async (): Promise<TastytradeImportSummary | null> => {
    if (state.phase !== 'preview') return null;
    const { fileName, csv, preview } = state;
    setState({ phase: 'importing', fileName, csv, preview });
    try {
      return await api.send('import/tastytradeApply', { portfolioId, csv, fileName });
    } catch (caught) {
      setState({ phase: 'rejected', fileName, error: toApiError(caught) });
      return null;
    }
  }, [portfolioId, state]);

  return { state, pick, apply };
}
