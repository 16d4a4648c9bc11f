import { describe, expect, it } from 'vitest';
import { intentHash, ROUTE_INTENTS, type RouteIntent } from '../../../shared/navigation';
import { DEFAULT_ROUTE, parseHash, routeHref } from './route';

describe('hash routes', () => {
  it('round-trips a section and a layer', () => {
    expect(parseHash(routeHref({ section: 'layers', layerId: 12 }))).toEqual({ section: 'layers', layerId: 12 });
    expect(parseHash('#/journal')).toEqual({ section: 'journal', layerId: null });
  });

  it('round-trips a layer story and the performance section', () => {
    expect(routeHref({ section: 'layers', layerId: 12, story: true })).toBe('#/layers/12/story');
    expect(parseHash('#/layers/12/story')).toEqual({ section: 'layers', layerId: 12, story: true });
    expect(parseHash('#/layers/12')).toStrictEqual({ section: 'layers', layerId: 12 });
    expect(parseHash('#/layers/12/other')).toStrictEqual({ section: 'layers', layerId: 12 });
    expect(parseHash('#/layers/story')).toStrictEqual({ section: 'layers', layerId: null });
    expect(parseHash('#/performance')).toEqual({ section: 'performance', layerId: null });
  });

  it('reads a one-shot intent only in the section it belongs to, and writes it back', () => {
    expect(parseHash('#/settings/new-portfolio')).toStrictEqual({ section: 'settings', layerId: null, intent: 'new-portfolio' });
    expect(parseHash('#/market/import')).toStrictEqual({ section: 'market', layerId: null, intent: 'import' });
    expect(parseHash('#/layers/import-tastytrade')).toStrictEqual({ section: 'layers', layerId: null, intent: 'import-tastytrade' });
    for (const intent of ['export', 'backup', 'restore'] as const) {
      expect(parseHash(`#/reports/${intent}`)).toStrictEqual({ section: 'reports', layerId: null, intent });
      expect(routeHref({ section: 'reports', layerId: null, intent })).toBe(`#/reports/${intent}`);
    }
    // Another section's intent, an unknown word, an extra part or an inherited property name: just the section.
    expect(parseHash('#/market/restore')).toStrictEqual({ section: 'market', layerId: null });
    expect(parseHash('#/reports/nope')).toStrictEqual({ section: 'reports', layerId: null });
    expect(parseHash('#/reports/backup/again')).toStrictEqual({ section: 'reports', layerId: null });
    expect(parseHash('#/reports/toString')).toStrictEqual({ section: 'reports', layerId: null });
    expect(routeHref({ section: 'reports', layerId: null })).toBe('#/reports');
  });

  it('every intent of shared/navigation round-trips through its hash', () => {
    for (const [intent, section] of Object.entries(ROUTE_INTENTS)) {
      const hash = intentHash(intent as RouteIntent);
      expect(hash).toBe(`#/${section}/${intent}`);
      expect(routeHref(parseHash(hash))).toBe(hash);
    }
  });

  it('falls back to the layers list for anything unknown', () => {
    expect(parseHash('')).toEqual(DEFAULT_ROUTE);
    expect(parseHash('#/nope/3')).toEqual(DEFAULT_ROUTE);
    expect(parseHash('#/layers/abc')).toEqual(DEFAULT_ROUTE);
  });
});
