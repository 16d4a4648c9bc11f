import type { Migration } from './migration';

/**
 * What a layer looked like when it was opened: the SPX and VIX levels, the T+0 payoff curve
 * and the Greeks, so the journal can replay the real path against the plan at entry.
 * Layers opened before this version have no snapshot (nothing is invented for them).
 */
export const layerSnapshots: Migration = {
  version: 3,
  name: 'entry snapshots',
  sql: `
CREATE TABLE layer_snapshots (
  layer_id INTEGER PRIMARY KEY REFERENCES layers(id) ON DELETE CASCADE,
  taken_on TEXT NOT NULL,
  spx_hundredths INTEGER,
  vix_hundredths INTEGER,
  snapshot_json TEXT NOT NULL CHECK (json_valid(snapshot_json))
);
`,
};
