import { useCallback, useState } from 'react';

/** State that survives leaving and re-entering a view (e.g. the layers filter) for this session. */
export function useSessionState<T extends string>(key: string, initial: T, allowed: readonly T[]): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => {
    const stored = window.sessionStorage.getItem(key);
    return allowed.find((a) => a === stored) ?? initial;
  });
  const set = useCallback((next: T) => {
    window.sessionStorage.setItem(key, next);
    setValue(next);
  }, [key]);
  return [value, set];
}
