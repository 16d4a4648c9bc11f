import { useCallback, useMemo, useState } from 'react';
import type { ApiError, ApiIssue } from '../../../shared/api/errors';

export interface FormFeedback {
  /** The message to show under the field at `path` (an API path such as `strikes.putShort`), if any. */
  errorFor(path: string): string | undefined;
  /** A field lost focus: its live issue may show from now on. */
  touch(path: string): void;
  /** A field changed: the backend's verdict on its old value no longer applies. */
  edited(path: string): void;
  /** Marks a submit attempt; true when the live checks pass. */
  attempt(): boolean;
  /** Shows the backend's field issues; the form keeps every value the user typed. */
  acceptServerError(error: ApiError): void;
}

function firstByPath(issues: readonly ApiIssue[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const issue of issues) if (!map.has(issue.path)) map.set(issue.path, issue.message);
  return map;
}

/**
 * Field-level messages from two sources: live checks (shown once a field was left or a
 * submit was tried, so an empty form is not a wall of red) and the backend's `issues`
 * (shown until that field is edited again).
 */
export function useFormFeedback(liveIssues: readonly ApiIssue[]): FormFeedback {
  const [submitted, setSubmitted] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [server, setServer] = useState<ReadonlyMap<string, string>>(() => new Map());
  const live = useMemo(() => firstByPath(liveIssues), [liveIssues]);

  const errorFor = useCallback(
    (path: string) => server.get(path) ?? (submitted || touched.has(path) ? live.get(path) : undefined),
    [server, submitted, touched, live],
  );

  const touch = useCallback((path: string) => {
    setTouched((set) => (set.has(path) ? set : new Set(set).add(path)));
  }, []);

  const edited = useCallback((path: string) => {
    setServer((map) => {
      if (!map.has(path)) return map;
      const next = new Map(map);
      next.delete(path);
      return next;
    });
  }, []);

  const attempt = useCallback(() => {
    setSubmitted(true);
    return live.size === 0;
  }, [live]);

  const acceptServerError = useCallback((error: ApiError) => setServer(firstByPath(error.issues)), []);

  return { errorFor, touch, edited, attempt, acceptServerError };
}
