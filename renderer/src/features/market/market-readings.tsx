import type { PortfolioSettings } from '../../../../shared/domain/settings';
import type { MarketContext } from '../../../../shared/rules/market-context';
import { snapshotAt, type Reading } from '../../../../shared/rules/market-snapshot';
import { formatPoints, formatRsi, formatSignedPoints, formatVolPoints } from './market-format';

interface MarketReadingsProps {
  market: MarketContext;
  settings: PortfolioSettings;
  today: string;
}

interface Figure {
  key: string;
  label: string;
  value: string;
  note: string;
  alert?: boolean;
}

const noteOf = (reading: Reading) => (reading.ok ? reading.date : reading.message);

/** What the rules read today: the latest closes and indicators, each with its unit and date. */
export function MarketReadings({ market, settings, today }: MarketReadingsProps) {
  const snap = snapshotAt(market, settings, today);
  const hist = snap.histogramTail(1);
  const rsiHot = snap.vixRsi.ok && snap.vixRsi.value > settings.rsiThreshold;
  const spread = snap.vix.ok && snap.realizedVol.ok ? snap.vix.value - 100 * snap.realizedVol.value : null;
  const spreadLow = spread !== null && spread < settings.ivRvThresholdPoints;
  const figures: Figure[] = [
    { key: 'spx', label: 'SPX close', value: snap.spx.ok ? (formatPoints(snap.spx.value) ?? '') : '—', note: noteOf(snap.spx) },
    { key: 'vix', label: 'VIX close', value: snap.vix.ok ? (formatVolPoints(snap.vix.value) ?? '') : '—', note: noteOf(snap.vix) },
    {
      key: 'rsi', label: `VIX RSI(${settings.rsiPeriod})`, value: snap.vixRsi.ok ? (formatRsi(snap.vixRsi.value) ?? '') : '—',
      note: snap.vixRsi.ok ? `${rsiHot ? 'above' : 'not above'} the ${settings.rsiThreshold} threshold` : snap.vixRsi.message, alert: rsiHot,
    },
    {
      key: 'macd', label: 'MACD histogram', value: hist.ok ? (formatSignedPoints(hist.values[0] ?? null) ?? '') : '—',
      note: hist.ok ? `MACD ${(hist.values[0] ?? 0) >= 0 ? 'above' : 'below'} signal · ${hist.date}` : hist.message,
    },
    { key: 'rv', label: `SPX RV${settings.realizedVolWindow}`, value: snap.realizedVol.ok ? (formatVolPoints(100 * snap.realizedVol.value) ?? '') : '—', note: noteOf(snap.realizedVol) },
    {
      key: 'spread', label: 'IV − RV', value: spread === null ? '—' : (formatVolPoints(spread, true) ?? ''),
      note: spread === null ? 'needs a VIX close and RV' : `${spreadLow ? 'below' : 'not below'} the ${settings.ivRvThresholdPoints} vol pts threshold`, alert: spreadLow,
    },
  ];
  return (
    <dl className="figures market-readings" data-testid="market-readings" aria-label={`Market readings as of ${today}`}>
      {figures.map((f) => (
        <div key={f.key} data-testid={`reading-${f.key}`}>
          <dt>{f.label}</dt>
          <dd className={f.alert ? 'warn' : undefined}>{f.value}</dd>
          <dd className="figure-note muted">{f.note}</dd>
        </div>
      ))}
    </dl>
  );
}
