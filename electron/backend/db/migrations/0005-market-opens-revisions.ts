import type { Migration } from './migration';

/**
 * Market data a trader can trust (issue 15).
 *
 * - `market_bars.open_hundredths`: the day's OPEN when the imported layout has one (CBOE,
 *   Yahoo, Stooq, Investing.com), NULL when it does not (a `date,close` file, a typed close,
 *   every row imported before this version). AM-settled SPX options and VIX options settle
 *   near the OPEN of their expiration day (ALVH.md), so it is stored beside the close.
 * - `market_revisions` / `market_revision_rows`: each import and each hand edit is one
 *   revision holding, per changed date, the bar before and after it. Undo writes the "before"
 *   bars back (NULL before = the date was absent), so the closes return byte-identical; the
 *   revision stays in the history, marked with when it was undone.
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
  undone_at TEXT
);

CREATE TABLE market_revision_rows (
  revision_id INTEGER NOT NULL REFERENCES market_revisions(id) ON DELETE CASCADE,
  date TEXT NOT NULL,
  before_close_hundredths INTEGER CHECK (before_close_hundredths IS NULL OR before_close_hundredths > 0),
  before_open_hundredths INTEGER,
  after_close_hundredths INTEGER CHECK (after_close_hundredths IS NULL OR after_close_hundredths > 0),
  after_open_hundredths INTEGER,
  PRIMARY KEY (revision_id, date)
) WITHOUT ROWID;
`,
};
