import { describe, expect, it } from 'vitest';
import { intentHash, isSectionId, ROUTE_INTENTS, routeIntentOf, SECTION_IDS, type RouteIntent } from './navigation';

describe('route intents', () => {
  it('each intent belongs to a section and is a lower-case route word', () => {
    for (const [intent, section] of Object.entries(ROUTE_INTENTS)) {
      expect(isSectionId(section), intent).toBe(true);
      expect(intent).toMatch(/^[a-z0-9-]+$/);
      expect(routeIntentOf(section, intent)).toBe(intent);
    }
  });

  it('an intent is known only in its own section', () => {
    expect(routeIntentOf('reports', 'restore')).toBe('restore');
    expect(routeIntentOf('layers', 'restore')).toBeNull();
    expect(routeIntentOf('reports', 'constructor')).toBeNull();
    expect(routeIntentOf('reports', '')).toBeNull();
    expect(SECTION_IDS.some((id) => routeIntentOf(id, 'story') !== null)).toBe(false);
  });

  it('builds the hash the menu sets', () => {
    expect(intentHash('new-portfolio')).toBe('#/settings/new-portfolio');
    expect(intentHash('import-tastytrade' satisfies RouteIntent)).toBe('#/layers/import-tastytrade');
  });
});
