import { describe, expect, it } from 'vitest';
import { DEFAULT_ROUTE, parseHash, routeHref } from './route';

describe('hash routes', () => {
  it('round-trips a section and a layer', () => {
    expect(parseHash(routeHref({ section: 'layers', layerId: 12 }))).toEqual({ section: 'layers', layerId: 12 });
    expect(parseHash('#/journal')).toEqual({ section: 'journal', layerId: null });
  });

  it('falls back to the layers list for anything unknown', () => {
    expect(parseHash('')).toEqual(DEFAULT_ROUTE);
    expect(parseHash('#/nope/3')).toEqual(DEFAULT_ROUTE);
    expect(parseHash('#/layers/abc')).toEqual(DEFAULT_ROUTE);
  });
});
