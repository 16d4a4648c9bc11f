/**
 * The renderer's sections and the one-shot "intents" a route can carry
 * (`#/reports/restore`): the application menu (electron/shell/menu.ts) builds its File
 * routes from this list and the renderer's router (renderer/src/routing/route.ts) parses
 * them with it, so the two cannot drift apart.
 */

/** Every section of the app, by its route word (`#/layers`). */
export const SECTION_IDS = ['dashboard', 'layers', 'market', 'journal', 'rules', 'settings', 'performance', 'reports', 'backtest'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/**
 * Intent word → the section whose form or dialog it opens. The renderer handles an intent
 * once and then replaces the hash with the plain section, so a reload or Back does not
 * open the dialog again (or, for `backup`, take a second backup).
 */
export const ROUTE_INTENTS = {
  'new-portfolio': 'settings',
  import: 'market',
  'import-tastytrade': 'layers',
  export: 'reports',
  backup: 'reports',
  restore: 'reports',
} as const satisfies Record<string, SectionId>;
export type RouteIntent = keyof typeof ROUTE_INTENTS;

export function isSectionId(text: string): text is SectionId {
  return (SECTION_IDS as readonly string[]).includes(text);
}

/** The intent `word` names in `section`, or null (an intent belongs to one section only). */
export function routeIntentOf(section: SectionId, word: string): RouteIntent | null {
  return Object.hasOwn(ROUTE_INTENTS, word) && ROUTE_INTENTS[word as RouteIntent] === section ? (word as RouteIntent) : null;
}

/** `#/settings/new-portfolio`: the hash that opens an intent. */
export function intentHash(intent: RouteIntent): string {
  return `#/${ROUTE_INTENTS[intent]}/${intent}`;
}
