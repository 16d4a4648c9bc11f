/**
 * The app's location lives in the URL hash (`#/layers/12`), so the back button, links
 * such as "rolled to #13" and a reload all work the same in Electron (file://) and the
 * browser host, without a router library.
 */

export const SECTION_IDS = ['dashboard', 'layers', 'market', 'journal', 'rules', 'settings', 'performance', 'reports', 'backtest'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface Route {
  section: SectionId;
  /** The layer whose detail is open (Layers section only). */
  layerId: number | null;
  /** The layer's story (its roll chain, `#/layers/12/story`) instead of its detail. */
  story?: true;
}

export const DEFAULT_ROUTE: Route = { section: 'layers', layerId: null };

function isSectionId(text: string): text is SectionId {
  return (SECTION_IDS as readonly string[]).includes(text);
}

export function parseHash(hash: string): Route {
  const [section = '', id = '', page = ''] = hash.replace(/^#\/?/, '').split('/');
  if (!isSectionId(section)) return DEFAULT_ROUTE;
  const layerId = section === 'layers' && /^\d+$/.test(id) ? Number(id) : null;
  if (layerId !== null && page === 'story') return { section, layerId, story: true };
  return { section, layerId };
}

export function routeHref(route: Route): string {
  if (route.layerId === null) return `#/${route.section}`;
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
