import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../../shared/api/errors';
import { toApiError } from './to-api-error';

export interface Loaded<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  reload(): void;
  /** Replaces the data with a value a mutation already returned (saves a round trip). */
  set(value: T): void;
}

/**
 * Loads data for a view and reloads when `key` changes. A response that arrives after the
 * key moved on is dropped, so a slow answer never overwrites a newer one.
 */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [state, setState] = useState<{ key: string; data: T | null; error: ApiError | null; loading: boolean }>({ key, data: null, error: null, loading: true });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    setState((s) => ({ key, data: s.key === key ? s.data : null, error: null, loading: true }));
    load().then(
      (data) => { if (current) setState({ key, data, error: null, loading: false }); },
      (error: unknown) => { if (current) setState((s) => ({ ...s, error: toApiError(error), loading: false })); },
    );
    return () => { current = false; };
    // `load` is a fresh closure each render; `key` says when its inputs changed.
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const set = useCallback((value: T) => setState({ key, data: value, error: null, loading: false }), [key]);
  const fresh = state.key === key;
  return { data: fresh ? state.data : null, error: fresh ? state.error : null, loading: !fresh || state.loading, reload, set };
}
