import { useSyncExternalStore } from 'react';
import { parseHash, ROUTE_REPLACED_EVENT, type Route } from './route';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  window.addEventListener(ROUTE_REPLACED_EVENT, onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener(ROUTE_REPLACED_EVENT, onChange);
  };
}

const currentHash = () => window.location.hash;

/** The current route; re-renders on every hash change (and after replaceRoute). */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return parseHash(hash);
}
