import { useEffect, useRef } from 'react';
import { parseHash, replaceRoute, type RouteIntent } from './route';
import { useRoute } from './use-route';

/**
 * Runs `onIntent` once when the route carries `intent` (`#/reports/backup` from the
 * application menu), after first replacing the hash with the plain section: a reload or
 * Back then shows the section without opening the dialog — or backing up — again.
 */
export function useRouteIntent(intent: RouteIntent, onIntent: () => void): void {
  const route = useRoute();
  const onIntentRef = useRef(onIntent);
  useEffect(() => {
    onIntentRef.current = onIntent;
  });
  useEffect(() => {
    if (route.intent !== intent) return;
    // The live hash, not the rendered route: StrictMode runs effects twice, and the second
    // run must see that the first one already handled it.
    if (parseHash(window.location.hash).intent !== intent) return;
    replaceRoute({ section: route.section, layerId: null });
    onIntentRef.current();
  }, [intent, route.intent, route.section]);
}
