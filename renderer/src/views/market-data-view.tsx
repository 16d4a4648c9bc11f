import { EventsPanel } from '../features/events/events-panel';
import { MarketPage } from '../features/market/market-page';
import '../styles/market.css';
import type { ViewProps } from './view-props';

/** The Market data section: SPX/VIX closes, their indicators on synced charts, and the economic calendar. */
export function MarketDataView({ portfolio, info }: ViewProps) {
  return (
    <MarketPage key={portfolio.id} portfolio={portfolio} info={info}
      eventsPanel={({ events, reload }) => <EventsPanel events={events} today={info.today} settings={portfolio.settings} reload={reload} />} />
  );
}
