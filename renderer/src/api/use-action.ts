import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../shared/api/errors';
import { toApiError } from './to-api-error';

export interface Action {
  busy: boolean;
  error: ApiError | null;
  /** Runs `call` once at a time; resolves to its result, or `undefined` after an error (kept in `error`). */
  run<T>(call: () => Promise<T>): Promise<T | undefined>;
  clearError(): void;
}

/**
 * Busy and error state for one button or form that calls the API. `onError` receives each
 * failure too, e.g. to put the backend's `issues` under their fields.
 */
export function useAction(onError?: (error: ApiError) => void): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const onErrorRef = useRef(onError);
  useEffect(() => {
    onErrorRef.current = onError;
  });
  // A ref, not state, so a double click cannot start a second call before the re-render.
  const running = useRef(false);

  const run = useCallback(async <T,>(call: () => Promise<T>): Promise<T | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setBusy(true);
    setError(null);
    try {
      return await call();
    } catch (caught) {
      const apiError = toApiError(caught);
      setError(apiError);
      onErrorRef.current?.(apiError);
      return undefined;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);

  const clearError = useCallback(() => setError(null), []);
  return { busy, error, run, clearError };
}
