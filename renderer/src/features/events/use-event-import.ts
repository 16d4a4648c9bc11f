import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../../shared/api/errors';
import type { EventImportSummary } from '../../../../shared/domain/types';
import { toApiError } from '../../api/to-api-error';
import { api } from '../../api/transport';
import { readFileText } from '../../files/read-file-text';

export type EventImportResult = { fileName: string; summary: EventImportSummary } | { fileName: string; error: ApiError };

export interface EventImport {
  busy: boolean;
  result: EventImportResult | null;
  start(file: File): Promise<void>;
  dismiss(): void;
}

/** Reads a `date,kind,note` CSV or an .ics file and sends it to `event/import`. */
export function useEventImport(onImported: () => void): EventImport {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<EventImportResult | null>(null);
  const onImportedRef = useRef(onImported);
  useEffect(() => {
    onImportedRef.current = onImported;
  });

  const start = useCallback(async (file: File) => {
    setBusy(true);
    try {
      const text = await readFileText(file);
      const summary = await api.send('event/import', { text, fileName: file.name.slice(0, 200) });
      setResult({ fileName: file.name, summary });
      onImportedRef.current();
    } catch (caught) {
      setResult({ fileName: file.name, error: toApiError(caught) });
    } finally {
      setBusy(false);
    }
  }, []);

  return { busy, result, start, dismiss: useCallback(() => setResult(null), []) };
}
