import type { Migration } from './migration';
import { initialSchema } from './0001-initial';
import { layerSummaries } from './0002-layer-summaries';
import { layerSnapshots } from './0003-layer-snapshots';
import { brokerOrders } from './0004-broker-orders';
import { marketOpensRevisions } from './0005-market-opens-revisions';
import { strictTables } from './0006-strict-tables';
import { ticketLegPrices } from './0007-ticket-leg-prices';

/** Every migration in order; the last one's version is the app's schema version. */
export const MIGRATIONS: readonly Migration[] = [
  initialSchema, layerSummaries, layerSnapshots, brokerOrders, marketOpensRevisions, strictTables, ticketLegPrices,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
