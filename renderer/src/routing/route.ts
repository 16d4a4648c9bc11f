/**
 * The app's location lives in the URL hash (`#/layers/12`), so the back button, links
 * such as "rolled to #13" and a reload all work the same in Electron (file://) and the
 * browser host, without a router library.
 */

export const SECTION_IDS = ['dashboard', 'layers', 'market', 'journal', 'rules', 'settings'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface Route {
  section: SectionId;
  /** The layer whose detail is open (Layers section only). */
  layerId: number | null;
}

export const DEFAULT_ROUTE: Route = { section: 'layers', layerId: null };

function isSectionId(text: string): text is SectionId {
  return (SECTION_IDS as readonly string[]).includes(text);
}

export function parseHash(hash: string): Route {
  const [section = '', id = ''] = hash.replace(/^#\/?/, '').split('/');
  if (!isSectionId(section)) return DEFAULT_ROUTE;
  const layerId = section === 'layers' && /^\d+$/.test(id) ? Number(id) : null;
  return { section, layerId };
}

export function routeHref(route: Route): string {
  return route.layerId === null ? `#/${route.section}` : `#/${route.section}/${route.layerId}`;
}

export function layerHref(layerId: number): string {
  return routeHref({ section: 'layers', layerId });
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}
