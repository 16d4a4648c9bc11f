import { describe, expect, it } from 'vitest';
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

  it('falls back to the layers list for anything unknown', () => {
    expect(parseHash('')).toEqual(DEFAULT_ROUTE);
    expect(parseHash('#/nope/3')).toEqual(DEFAULT_ROUTE);
    expect(parseHash('#/layers/abc')).toEqual(DEFAULT_ROUTE);
  });
});
