-- index broker_orders_by_order
CREATE INDEX broker_orders_by_order ON broker_orders (portfolio_id, broker, order_number);
-- index decisions_by_portfolio
CREATE INDEX decisions_by_portfolio ON decisions (portfolio_id, evaluated_on);
-- index events_by_date
CREATE INDEX events_by_date ON economic_events (date);
-- index layers_by_portfolio
CREATE INDEX layers_by_portfolio ON layers (portfolio_id, status);
-- index layers_by_portfolio_date
CREATE INDEX layers_by_portfolio_date ON layers (portfolio_id, opened_on);
-- index layers_by_rolled_from
CREATE INDEX layers_by_rolled_from ON layers (rolled_from_id);
-- index legs_by_layer
CREATE INDEX legs_by_layer ON legs (layer_id);
-- index notes_by_portfolio
CREATE INDEX notes_by_portfolio ON notes (portfolio_id, date);
-- index ticket_legs_by_leg
CREATE INDEX ticket_legs_by_leg ON ticket_legs (leg_id);
-- index tickets_by_layer
CREATE INDEX tickets_by_layer ON tickets (layer_id, date);
-- table broker_orders
CREATE TABLE "broker_orders" ( ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE, portfolio_id INTEGER NOT NULL REFERENCES portfolios(id) ON DELETE CASCADE, broker TEXT NOT NULL CHECK (broker IN ('tastytrade')), order_number TEXT NOT NULL CHECK (length(order_number) BETWEEN 1 AND 80), PRIMARY KEY (ticket_id, order_number) ) STRICT;
-- table decisions
CREATE TABLE "decisions" ( id INTEGER PRIMARY KEY, portfolio_id INTEGER NOT NULL REFERENCES portfolios(id) ON DELETE CASCADE, rule_id TEXT NOT NULL, subject TEXT NOT NULL, evaluated_on TEXT NOT NULL, decision TEXT NOT NULL CHECK (decision IN ('acted', 'dismissed', 'snoozed')), snooze_until TEXT, reason TEXT NOT NULL DEFAULT '', prompt_json TEXT NOT NULL CHECK (json_valid(prompt_json)), layer_id INTEGER REFERENCES layers(id) ON DELETE SET NULL, created_at TEXT NOT NULL ) STRICT;
-- table economic_events
CREATE TABLE "economic_events" ( id INTEGER PRIMARY KEY, date TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('FOMC', 'CPI', 'PPI', 'GDP', 'NFP', 'custom')), note TEXT NOT NULL DEFAULT '', UNIQUE (date, kind, note) ) STRICT;
-- table hedge_links
CREATE TABLE "hedge_links" ( hedge_layer_id INTEGER NOT NULL REFERENCES layers(id) ON DELETE CASCADE, layer_id INTEGER NOT NULL REFERENCES layers(id) ON DELETE CASCADE, PRIMARY KEY (hedge_layer_id, layer_id) ) STRICT;
-- table layer_snapshots
CREATE TABLE "layer_snapshots" ( layer_id INTEGER PRIMARY KEY REFERENCES layers(id) ON DELETE CASCADE, taken_on TEXT NOT NULL, spx_hundredths INTEGER, vix_hundredths INTEGER, snapshot_json TEXT NOT NULL CHECK (json_valid(snapshot_json)) ) STRICT;
-- table layers
CREATE TABLE "layers" ( id INTEGER PRIMARY KEY, portfolio_id INTEGER NOT NULL REFERENCES portfolios(id) ON DELETE CASCADE, role TEXT NOT NULL CHECK (role IN ('base', 'time-shift', 'adaptive', 'hedge')), status TEXT NOT NULL CHECK (status IN ('open', 'closed', 'rolled', 'expired')), opened_on TEXT NOT NULL, closed_on TEXT, rolled_from_id INTEGER REFERENCES layers(id) ON DELETE SET NULL, notes TEXT NOT NULL DEFAULT '', tags_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags_json)), created_at TEXT NOT NULL , opened_quantity INTEGER NOT NULL DEFAULT 0, open_quantity INTEGER NOT NULL DEFAULT 0, open_price_hundredths INTEGER NOT NULL DEFAULT 0, net_cash_cents INTEGER NOT NULL DEFAULT 0, realized_pnl_cents INTEGER NOT NULL DEFAULT 0, fees_cents INTEGER NOT NULL DEFAULT 0, expiration TEXT, strikes_json TEXT CHECK (strikes_json IS NULL OR json_valid(strikes_json))) STRICT;
-- table legs
CREATE TABLE "legs" ( id INTEGER PRIMARY KEY, layer_id INTEGER NOT NULL REFERENCES layers(id) ON DELETE CASCADE, instrument TEXT NOT NULL CHECK (instrument IN ('option', 'future', 'etf')), underlying TEXT NOT NULL CHECK (underlying IN ('SPX', 'SPXW', 'VIX', 'VX', 'ETF')), symbol TEXT, right TEXT CHECK (right IN ('put', 'call')), side TEXT NOT NULL CHECK (side IN ('long', 'short')), strike_hundredths INTEGER CHECK (strike_hundredths > 0), expiration TEXT, ratio INTEGER NOT NULL CHECK (ratio > 0), multiplier INTEGER NOT NULL CHECK (multiplier > 0), CHECK ((instrument = 'option') = (right IS NOT NULL AND strike_hundredths IS NOT NULL AND expiration IS NOT NULL)) ) STRICT;
-- table market_bars
CREATE TABLE "market_bars" ( symbol TEXT NOT NULL CHECK (symbol IN ('SPX', 'VIX')), date TEXT NOT NULL, close_hundredths INTEGER NOT NULL CHECK (close_hundredths > 0), open_hundredths INTEGER CHECK (open_hundredths IS NULL OR open_hundredths > 0), PRIMARY KEY (symbol, date) ) WITHOUT ROWID, STRICT;
-- table market_revisions
CREATE TABLE "market_revisions" ( id INTEGER PRIMARY KEY, symbol TEXT NOT NULL CHECK (symbol IN ('SPX', 'VIX')), kind TEXT NOT NULL CHECK (kind IN ('import', 'edit', 'delete')), created_at TEXT NOT NULL, source TEXT NOT NULL DEFAULT '' CHECK (length(source) <= 300), reason TEXT NOT NULL DEFAULT '' CHECK (length(reason) <= 500), rows_changed INTEGER NOT NULL CHECK (rows_changed >= 0), first_date TEXT, last_date TEXT, changes TEXT NOT NULL CHECK (json_valid(changes)), undone_at TEXT ) STRICT;
-- table marks
CREATE TABLE "marks" ( layer_id INTEGER NOT NULL REFERENCES layers(id) ON DELETE CASCADE, date TEXT NOT NULL, price_hundredths INTEGER NOT NULL, PRIMARY KEY (layer_id, date) ) STRICT;
-- table notes
CREATE TABLE "notes" ( id INTEGER PRIMARY KEY, portfolio_id INTEGER NOT NULL REFERENCES portfolios(id) ON DELETE CASCADE, date TEXT NOT NULL, layer_id INTEGER REFERENCES layers(id) ON DELETE CASCADE, ticket_id INTEGER REFERENCES tickets(id) ON DELETE CASCADE, body TEXT NOT NULL, tags_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags_json)), created_at TEXT NOT NULL, updated_at TEXT NOT NULL ) STRICT;
-- table portfolios
CREATE TABLE "portfolios" ( id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 80), underlying TEXT NOT NULL DEFAULT 'SPX' CHECK (underlying = 'SPX'), risk_capital_cents INTEGER NOT NULL CHECK (risk_capital_cents > 0), created_at TEXT NOT NULL ) STRICT;
-- table settings
CREATE TABLE "settings" ( portfolio_id INTEGER NOT NULL REFERENCES portfolios(id) ON DELETE CASCADE, key TEXT NOT NULL, value_json TEXT NOT NULL CHECK (json_valid(value_json)), PRIMARY KEY (portfolio_id, key) ) STRICT;
-- table ticket_legs
CREATE TABLE "ticket_legs" ( ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE, leg_id INTEGER NOT NULL REFERENCES legs(id) ON DELETE CASCADE, quantity INTEGER NOT NULL CHECK (quantity <> 0), price_hundredths INTEGER CHECK (price_hundredths IS NULL OR price_hundredths >= 0), PRIMARY KEY (ticket_id, leg_id) ) STRICT;
-- table tickets
CREATE TABLE "tickets" ( id INTEGER PRIMARY KEY, layer_id INTEGER NOT NULL REFERENCES layers(id) ON DELETE CASCADE, date TEXT NOT NULL, action TEXT NOT NULL CHECK (action IN ('open', 'adjust', 'close', 'roll', 'expire', 'settle')), quantity INTEGER NOT NULL CHECK (quantity > 0), net_price_hundredths INTEGER NOT NULL, multiplier INTEGER NOT NULL CHECK (multiplier > 0), fees_cents INTEGER NOT NULL CHECK (fees_cents >= 0), note TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL ) STRICT;
