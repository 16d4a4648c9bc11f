import { createOptionsChart, createSeriesMarkers, LineSeries, LineStyle, type SeriesMarker } from 'lightweight-charts';
import { useEffect, useRef } from 'react';
import type { LayerSmile } from '../../../../shared/dashboard/layer-smile';
import { api } from '../../api/transport';
import { useLoad } from '../../api/use-load';
import { readChartPalette, SERIES_COLORS } from '../../charts/chart-palette';
import { priceChartOptions } from '../../charts/price-chart-options';
import { anchorSentence, legAnchorSentences } from './anchor-text';

/** The SPX smile at the layer's expiration (x = strike, y = implied vol in vol points), its strikes marked. */
export function LayerSmileCard({ layerId, version }: { layerId: number; version: string }) {
  const loaded = useLoad(() => api.send('layer/smile', { layerId }), `${layerId}/${version}`);
  const smile = loaded.data;
  return (
    <section className="panel" aria-labelledby="smile-title" data-testid="layer-smile">
      <h2 id="smile-title">Smile at expiration</h2>
      {smile ? <SmileBody smile={smile} /> : <p className="muted">{loaded.error ? 'The smile could not be computed.' : 'No SPX/VIX close stored for this layer\u2019s dates, or its options have expired: no smile to draw.'}</p>}
    </section>
  );
}

function SmileBody({ smile }: { smile: LayerSmile }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const p = readChartPalette(element);
    const chart = createOptionsChart(element, priceChartOptions(p));
    const fmt = { type: 'custom' as const, formatter: (v: number) => `${v.toFixed(1)}%`, minMove: 0.01 };
    const model = chart.addSeries(LineSeries, { color: SERIES_COLORS.spx, lineWidth: 2, lastValueVisible: false, priceLineVisible: false, priceFormat: fmt });
    model.setData(smile.curve.map((c) => ({ time: c.strike, value: c.iv * 100 })));
    const anchored = chart.addSeries(LineSeries, {
      color: SERIES_COLORS.signal, lineWidth: 1, lineStyle: LineStyle.Dashed, lastValueVisible: false, priceLineVisible: false, priceFormat: fmt,
    });
    const offset = (smile.anchor?.volOffset ?? 0) * 100;
    anchored.setData(smile.curve.map((c) => ({ time: c.strike, value: Math.max(0, c.iv * 100 + offset) })));
    model.createPriceLine({ price: smile.vix, color: SERIES_COLORS.vix, lineWidth: 1, lineStyle: LineStyle.Dotted, axisLabelVisible: true, title: 'VIX' });
    // Markers need the strike on the series' own x values: the nearest curve point.
    const nearest = (k: number) =>
      smile.curve.reduce((best, c) => (Math.abs(c.strike - k) < Math.abs(best - k) ? c.strike : best), smile.curve[0]?.strike ?? k);
    const markers: SeriesMarker<number>[] = smile.legs.map((l) => ({
      time: nearest(l.strike), position: l.side === 'short' ? 'belowBar' : 'aboveBar', shape: 'circle', size: 1, color: l.side === 'short' ? p.neg : p.pos,
      text: `${l.side === 'short' ? 'S' : 'L'} ${l.strike}${l.right === 'put' ? 'P' : 'C'}`,
    }));
    markers.push({ time: nearest(smile.spx), position: 'belowBar', shape: 'arrowUp', color: p.text, text: 'SPX' });
    createSeriesMarkers(anchored, markers.sort((a, b) => a.time - b.time));
    chart.timeScale().fitContent();
    return () => chart.remove();
  }, [smile]);

  return (
    <>
      {smile.anchor ? <p data-testid="anchor-sentence">{anchorSentence(smile.anchor)}</p> : <p className="muted">Not anchored: a leg is not an SPX option, or no close is stored for its opening date; valued on the plain smile.</p>}
      {smile.anchor?.legs ? <ul data-testid="leg-anchors">{legAnchorSentences(smile.anchor).map((text) => <li key={text}>{text}</li>)}</ul> : null}
      <div ref={ref} className="smile-chart" style={{ height: 240 }} role="img" aria-label={`SPX implied vol against strike at ${smile.expiration}, ${smile.days} days, from the closes of ${smile.date}`} />
      <p className="muted payoff-axes">
        x: strike (points) · y: implied vol (vol points) ·
        blue: the smile pinned to VIX {smile.vix.toFixed(2)} on {smile.date} (SPX {smile.spx.toFixed(2)}), {smile.expiration} ({smile.days} days) ·
        orange dashed: with this layer&apos;s offset{smile.anchor?.legs ? ' (one offset for the layer; each leg\u2019s own is its anchored σ below)' : ''} · red S = short strike, green L = long
      </p>
      <table className="table compact" data-testid="smile-legs">
        <thead><tr><th>Leg</th><th className="num">Model σ</th><th className="num">Anchored σ</th></tr></thead>
        <tbody>{smile.legs.map((l) => (
          <tr key={`${l.side}-${l.right}-${l.strike}`}><td>{l.side} {l.strike} {l.right}</td><td className="num">{(l.iv * 100).toFixed(2)}%</td><td className="num">{(l.anchoredIv * 100).toFixed(2)}%</td></tr>
        ))}</tbody>
      </table>
    </>
  );
}
