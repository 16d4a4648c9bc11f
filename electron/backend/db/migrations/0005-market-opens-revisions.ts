import type { Migration } from './migration';

/**
 * Market data a trader can trust.
 *
 * - `market_bars.open_hundredths`: the day's OPEN when the imported layout has one (CBOE,
 *   Yahoo, Stooq, Investing.com), NULL when it does not (a `date,close` file, a typed close,
 *   every row imported before this version). AM-settled SPX options and VIX options settle
 *   near the OPEN of their expiration day (ALVH.md), so it is stored beside the close.
 * - `market_revisions`: each import and each hand edit is one revision holding, per changed
 *   date, the bar before and after it — as one JSON array in `changes`
 *   (`[[date, beforeClose, beforeOpen, afterClose, afterOpen], …]`, hundredths, null = absent):
 *   one row per revision keeps a 25,000-row import above 100,000 rows/s, where a row per date
 *   doubled its writes. Undo writes the "before" bars back (null = the date was absent), so the
 *   closes return byte-identical; the revision stays in the history, marked with when it was undone.
 */
export const marketOpensRevisions: Migration = {
  version: 5,
  name: 'market opens and revisions',
  sql: `
ALTER TABLE market_bars ADD COLUMN open_hundredths INTEGER CHECK (open_hundredths IS NULL OR open_hundredths > 0);

CREATE TABLE market_revisions (
  id INTEGER PRIMARY KEY,
  symbol TEXT NOT NULL CHECK (symbol IN ('SPX', 'VIX')),
  kind TEXT NOT NULL CHECK (kind IN ('import', 'edit', 'delete')),
  created_at TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT '' CHECK (length(source) <= 300),
  reason TEXT NOT NULL DEFAULT '' CHECK (length(reason) <= 500),
  rows_changed INTEGER NOT NULL CHECK (rows_changed >= 0),
  first_date TEXT,
  last_date TEXT,
  changes TEXT NOT NULL CHECK (json_valid(changes)),
  undone_at TEXT
);
`,
};
