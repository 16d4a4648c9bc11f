import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiInput } from '../../../../shared/api/contract';
import type { ApiError } from '../../../../shared/api/errors';
import type { TimelineItem } from '../../../../shared/journal/types';
import { api } from '../../api/transport';
import { toApiError } from '../../api/to-api-error';

export type TimelineQuery = Omit<ApiInput<'journal/timeline'>, 'before'>;

export interface TimelineState {
  items: TimelineItem[];
  /** True when older items exist beyond those shown. */
  hasMore: boolean;
  loading: boolean;
  error: ApiError | null;
  loadMore(): void;
  reload(): void;
}

/**
 * The timeline's pages for one query: the first page when the query changes, older pages
 * appended by `loadMore`. An answer for an outdated query is dropped.
 */
export function useTimeline(query: TimelineQuery): TimelineState {
  const key = JSON.stringify(query);
  const [state, setState] = useState<{ key: string; items: TimelineItem[]; cursor: string | null; loading: boolean; error: ApiError | null }>({ key, items: [], cursor: null, loading: true, error: null });
  const [generation, setGeneration] = useState(0);
  const current = useRef(key);
  current.current = key;

  const fetchPage = useCallback((before: string | null, append: boolean) => {
    const asked = key;
    setState((s) => ({ ...s, key: asked, items: append ? s.items : s.key === asked ? s.items : [], loading: true, error: null }));
    api.send('journal/timeline', { ...query, ...(before === null ? {} : { before }) }).then(
      (page) => {
        if (current.current !== asked) return;
        setState((s) => ({ key: asked, items: append ? [...s.items, ...page.items] : page.items, cursor: page.nextCursor, loading: false, error: null }));
      },
      (error: unknown) => {
        if (current.current === asked) setState((s) => ({ ...s, loading: false, error: toApiError(error) }));
      },
    );
    // `query` is described by `key`.
  }, [key]);

  useEffect(() => { fetchPage(null, false); }, [fetchPage, generation]);

  const fresh = state.key === key;
  return {
    items: fresh ? state.items : [],
    hasMore: fresh && state.cursor !== null,
    loading: !fresh || state.loading,
    error: fresh ? state.error : null,
    loadMore: () => { if (state.cursor !== null && !state.loading) fetchPage(state.cursor, true); },
    reload: () => setGeneration((g) => g + 1),
  };
}
