/**
 * The app's location lives in the URL hash (`#/layers/12`), so the back button, links
 * such as "rolled to #13" and a reload all work the same in Electron (file://) and the
 * browser host, without a router library.
 */

import { isSectionId, routeIntentOf, type RouteIntent, type SectionId } from '../../../shared/navigation';

export { SECTION_IDS, type RouteIntent, type SectionId } from '../../../shared/navigation';

export interface Route {
  section: SectionId;
  /** The layer whose detail is open (Layers section only). */
  layerId: number | null;
  /** The layer's story (its roll chain, `#/layers/12/story`) instead of its detail. */
  story?: true;
  /**
   * A form or dialog to open once (`#/reports/restore`, from the application menu); the
   * section handles it and replaces the hash with the plain section (use-route-intent.ts).
   */
  intent?: RouteIntent;
}

export const DEFAULT_ROUTE: Route = { section: 'layers', layerId: null };

export function parseHash(hash: string): Route {
  const [section = '', id = '', page = ''] = hash.replace(/^#\/?/, '').split('/');
  if (!isSectionId(section)) return DEFAULT_ROUTE;
  const layerId = section === 'layers' && /^\d+$/.test(id) ? Number(id) : null;
  if (layerId !== null && page === 'story') return { section, layerId, story: true };
  const intent = layerId === null && page === '' ? routeIntentOf(section, id) : null;
  return intent === null ? { section, layerId } : { section, layerId, intent };
}

export function routeHref(route: Route): string {
  if (route.layerId === null) return route.intent === undefined ? `#/${route.section}` : `#/${route.section}/${route.intent}`;
  return route.story ? `#/${route.section}/${route.layerId}/story` : `#/${route.section}/${route.layerId}`;
}

export function layerHref(layerId: number): string {
  return routeHref({ section: 'layers', layerId });
}

/** The story of the roll chain a layer belongs to. */
export function layerStoryHref(layerId: number): string {
  return routeHref({ section: 'layers', layerId, story: true });
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

/** Fired after replaceRoute: history.replaceState does not fire `hashchange`. */
export const ROUTE_REPLACED_EVENT = 'alvh:route-replaced';

/** Shows `route` in place of the current entry, so Back and a reload do not return to the old hash. */
export function replaceRoute(route: Route): void {
  window.history.replaceState(window.history.state, '', routeHref(route));
  window.dispatchEvent(new Event(ROUTE_REPLACED_EVENT));
}
