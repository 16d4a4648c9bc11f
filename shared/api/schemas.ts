/** Input schemas of every API operation. Handlers receive `unknown` and parse it with these. */
import { z } from 'zod';
import { EVENT_KINDS, INSTRUMENTS, LAYER_ROLES, MARKET_SYMBOLS, TICKET_ACTIONS, UNDERLYINGS } from '../domain/types';
import { settingsPatchSchema } from '../domain/settings';
import { REPORT_FORMATS, REPORT_PAPERS } from './reports';
import { DEFAULT_TOLERANCE_PCT } from '../market/import-plan';
import { cents, hundredths, id, isoDate, longText, nonNegativeCents, nonNegativeHundredths, positiveHundredths, quantity, shortText, tags } from './fields';

export const empty = z.object({}).strict();
export const eventKind = z.enum(EVENT_KINDS);

export const portfolioCreate = z.object({
  name: z.string().trim().min(1, 'is required').max(80),
  riskCapitalCents: z.number().int().positive().safe(),
  settings: settingsPatchSchema.optional(),
}).strict();

export const portfolioUpdate = z.object({
  portfolioId: id,
  name: z.string().trim().min(1, 'is required').max(80).optional(),
  riskCapitalCents: z.number().int().positive().safe().optional(),
  settings: settingsPatchSchema.optional(),
}).strict();

export const portfolioRef = z.object({ portfolioId: id }).strict();

export const condorStrikes = z.object({
  putLong: positiveHundredths,
  putShort: positiveHundredths,
  callShort: positiveHundredths,
  callLong: positiveHundredths,
}).strict();

export const condorCreate = z.object({
  portfolioId: id,
  openedOn: isoDate,
  expiration: isoDate,
  strikes: condorStrikes,
  quantity,
  /** Net credit per condor, hundredths of a point (must be > 0). */
  creditHundredths: positiveHundredths,
  /**
   * Optional: each leg's own fill, unsigned hundredths per contract (as a broker prints it); they
   * must make the credit within 0.01 (K2 − K1 + K3 − K4). The layer is then anchored per leg.
   */
  legPricesHundredths: z.object({
    putLong: nonNegativeHundredths, putShort: nonNegativeHundredths, callShort: nonNegativeHundredths, callLong: nonNegativeHundredths,
  }).strict().optional(),
  feesCents: nonNegativeCents.default(0),
  role: z.enum(LAYER_ROLES).default('base'),
  underlying: z.enum(['SPX', 'SPXW']).default('SPXW'),
  notes: longText.default(''),
  tags: tags.default([]),
}).strict();

export const legInput = z.object({
  instrument: z.enum(INSTRUMENTS),
  underlying: z.enum(UNDERLYINGS),
  symbol: z.string().trim().toUpperCase().regex(/^[A-Z]{1,6}$/, 'must be a ticker like VXX').nullable().default(null),
  right: z.enum(['put', 'call']).nullable().default(null),
  side: z.enum(['long', 'short']),
  strikeHundredths: positiveHundredths.nullable().default(null),
  expiration: isoDate.nullable().default(null),
  ratio: z.number().int().positive().max(1000).default(1),
  multiplier: z.number().int().positive().max(100_000),
}).strict();

export const layerCreate = z.object({
  portfolioId: id,
  openedOn: isoDate,
  role: z.enum(LAYER_ROLES),
  legs: z.array(legInput).min(1).max(12),
  quantity,
  /** Net price per unit: + credit received, − debit paid. */
  netPriceHundredths: hundredths,
  feesCents: nonNegativeCents.default(0),
  notes: longText.default(''),
  tags: tags.default([]),
  /** Layers a hedge protects (hedge attribution). */
  protectsLayerIds: z.array(id).max(20).default([]),
}).strict();

export const layerUpdate = z.object({
  layerId: id,
  role: z.enum(LAYER_ROLES).optional(),
  notes: longText.optional(),
  tags: tags.optional(),
  protectsLayerIds: z.array(id).max(20).optional(),
}).strict();

export const layerRef = z.object({ layerId: id }).strict();

export const layerList = z.object({
  portfolioId: id,
  /** DTE is counted to this date; today when absent. */
  asOf: isoDate.optional(),
  /** `open` layers only, `closed` (closed, rolled or expired) only, or `all` (default). */
  status: z.enum(['open', 'closed', 'all']).default('all'),
  /** Newest first; page through a long journal with limit/offset. */
  limit: z.number().int().min(1).max(100_000).optional(),
  offset: z.number().int().min(0).default(0),
}).strict();

export const ticketAdd = z.object({
  layerId: id,
  date: isoDate,
  action: z.enum(TICKET_ACTIONS).exclude(['open', 'roll']),
  /** Units to trade; defaults to the whole open quantity. */
  quantity: quantity.optional(),
  /** + credit received, − debit paid, per unit. */
  netPriceHundredths: hundredths,
  feesCents: nonNegativeCents.default(0),
  note: longText.default(''),
  /** For `adjust`: explicit signed contracts per existing leg; default closes pro rata. */
  legs: z.array(z.object({ legId: id, quantity: z.number().int().safe().refine((q) => q !== 0, 'must not be 0') }).strict()).max(24).optional(),
  /** For `adjust`: legs added to the layer, traded at `quantity` units. */
  newLegs: z.array(legInput).max(8).optional(),
}).strict();

/**
 * Book an expired layer's settlement: one `settle` ticket (an `expire` at 0 when worthless) dated
 * on the expiration, at the settlement value of its open legs (shared/domain/settlement.ts).
 * `levels` gives a settlement level the store lacks (the prompt asks for it), hundredths.
 */
export const ticketBookExpiration = z.object({
  layerId: id,
  levels: z.object({ SPX: z.number().int().positive().safe().optional(), VIX: z.number().int().positive().safe().optional() }).strict().default({}),
  feesCents: nonNegativeCents.default(0),
  note: longText.default(''),
}).strict();

export const ticketUpdate = z.object({
  ticketId: id,
  date: isoDate.optional(),
  /** Units traded; an opening or pro-rata closing ticket's legs are rescaled to it (shared/domain/ticket-quantity-edit). */
  quantity: quantity.optional(),
  netPriceHundredths: hundredths.optional(),
  feesCents: nonNegativeCents.optional(),
  note: longText.optional(),
}).strict();

export const ticketRef = z.object({ ticketId: id }).strict();

export const layerRoll = z.object({
  layerId: id,
  date: isoDate,
  /** Price to close the old layer per unit (usually a debit, so negative). */
  closePriceHundredths: hundredths,
  closeFeesCents: nonNegativeCents.default(0),
  /** The new condor, opened on `date` with the same portfolio. */
  expiration: isoDate,
  strikes: condorStrikes,
  quantity: quantity.optional(),
  creditHundredths: positiveHundredths,
  openFeesCents: nonNegativeCents.default(0),
  role: z.enum(LAYER_ROLES).optional(),
  note: longText.default(''),
}).strict();

export const marketImport = z.object({
  symbol: z.enum(MARKET_SYMBOLS),
  /** The CSV file's text (CBOE `DATE,OPEN,HIGH,LOW,CLOSE` or `date,close`). */
  csv: z.string().max(200_000_000),
  fileName: shortText.optional(),
  /** Preview only: report what the import would do (and its refusals) without writing. */
  dryRun: z.boolean().default(false),
  /** Store the file even though the checks refuse it (the UI's confirm step, the CLI's --replace). */
  replace: z.boolean().default(false),
  /** Median difference from the stored closes above which the file is refused, %. */
  tolerancePct: z.number().positive().max(100).default(DEFAULT_TOLERANCE_PCT),
}).strict();

/** Why a close was typed in, changed or deleted: kept in the revision history. */
const editReason = z.string().trim().max(500).default('');

export const marketUpsert = z.object({
  symbol: z.enum(MARKET_SYMBOLS),
  date: isoDate,
  closeHundredths: positiveHundredths,
  /** The day's OPEN; omitted or null keeps the stored open. */
  openHundredths: positiveHundredths.nullable().optional(),
  reason: editReason,
}).strict();

export const marketDelete = z.object({ symbol: z.enum(MARKET_SYMBOLS), date: isoDate, reason: editReason }).strict();

export const marketUndo = z.object({ symbol: z.enum(MARKET_SYMBOLS).optional() }).strict();

export const marketRevisions = z.object({ symbol: z.enum(MARKET_SYMBOLS).optional(), limit: z.number().int().min(1).max(1000).default(100) }).strict();

export const marketList = z.object({
  symbol: z.enum(MARKET_SYMBOLS),
  from: isoDate.optional(),
  to: isoDate.optional(),
}).strict();

/** `market/quote`: model put/call quotes off the stored closes of `date` (settings of a portfolio, else the defaults). */
export const marketQuote = z.object({
  date: isoDate,
  expiration: isoDate,
  strikes: z.array(z.number().finite().positive('must be a positive strike in points')).min(1, 'name at least one strike').max(500),
  portfolioId: id.optional(),
}).strict();

export { cents, shortText };

export const eventCreate = z.object({ date: isoDate, kind: eventKind, note: z.string().trim().max(500).default('') }).strict();
export const eventUpdate = z.object({ eventId: id, date: isoDate.optional(), kind: eventKind.optional(), note: z.string().trim().max(500).optional() }).strict();
export const eventRef = z.object({ eventId: id }).strict();
export const eventList = z.object({ from: isoDate.optional(), to: isoDate.optional() }).strict();
export const eventImport = z.object({ text: z.string().max(20_000_000), fileName: shortText.optional() }).strict();

/** A tastytrade transactions CSV to preview or import into a portfolio. */
export const tastytradeImport = z.object({ portfolioId: id, csv: z.string().max(20_000_000), fileName: shortText.optional() }).strict();
/** `batchOrders`: orders per committed batch (default 500); a file with no more orders is one transaction. */
export const tastytradeApply = tastytradeImport.extend({ batchOrders: z.number().int().min(1).max(1_000_000).optional() }).strict();

export const markSet = z.object({
  layerId: id,
  date: isoDate,
  /** Mid price to close one unit, hundredths of a point; + = a debit to close (a short condor). */
  priceHundredths: hundredths,
}).strict();
export const markDelete = z.object({ layerId: id, date: isoDate }).strict();

export const DECISIONS = ['acted', 'dismissed', 'snoozed'] as const;
export const decisionRecord = z.object({
  portfolioId: id,
  ruleId: z.string().min(1).max(40),
  /** What the prompt was about, e.g. `layer-12` or `portfolio`; with ruleId it is the prompt's stable key. */
  subject: z.string().min(1).max(60),
  evaluatedOn: isoDate,
  decision: z.enum(DECISIONS),
  snoozeUntil: isoDate.nullable().default(null),
  reason: z.string().trim().max(2000).default(''),
  /** The prompt as shown, kept for the journal and reports. */
  prompt: z.record(z.string(), z.unknown()),
  layerId: id.nullable().default(null),
}).strict().refine((d) => (d.decision === 'snoozed') === (d.snoozeUntil !== null), { message: 'a snooze needs a date, and only a snooze has one', path: ['snoozeUntil'] })
  .refine((d) => d.snoozeUntil === null || d.snoozeUntil > d.evaluatedOn, { message: 'must be after the evaluation date', path: ['snoozeUntil'] });
export const decisionList = z.object({ portfolioId: id, from: isoDate.optional(), to: isoDate.optional() }).strict();

export const noteCreate = z.object({
  portfolioId: id,
  date: isoDate,
  layerId: id.nullable().default(null),
  ticketId: id.nullable().default(null),
  body: z.string().trim().min(1, 'is empty').max(20_000),
  tags: tags.default([]),
}).strict();
export const noteUpdate = z.object({ noteId: id, date: isoDate.optional(), body: z.string().trim().min(1, 'is empty').max(20_000).optional(), tags: tags.optional() }).strict();
export const noteRef = z.object({ noteId: id }).strict();
export const noteList = z.object({ portfolioId: id, layerId: id.optional() }).strict();

/** The model condor a new-entry form starts from (shared/rules/entry-proposal.ts). */
export const layerProposeCondor = z.object({ portfolioId: id, asOf: isoDate, role: z.enum(['base', 'time-shift', 'adaptive']) }).strict();

export const rulesPrompts = z.object({ portfolioId: id, asOf: isoDate.optional() }).strict();

export const dashboardGet = z.object({
  portfolioId: id,
  asOf: isoDate.optional(),
  /** What-if shift of implied vol, vol points. */
  volShiftPoints: z.number().finite().min(-50).max(50).default(0),
  curveDate: isoDate.nullable().default(null),
  scope: z.enum(['all', 'no-hedges', 'layer']).default('all'),
  layerId: id.nullable().default(null),
  /** SPX levels on the payoff grid. */
  points: z.number().int().min(20).max(2000).default(400),
}).strict().refine((q) => q.scope !== 'layer' || q.layerId !== null, { message: 'name the layer to show', path: ['layerId'] });

export const performanceGet = z.object({
  portfolioId: id,
  /** Inclusive range of realisation dates; absent = unbounded. */
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** The book as of the end of this day: only tickets and decisions dated on or before it; today when absent. */
  asOf: isoDate.optional(),
}).strict().refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { message: 'must not be before the start date', path: ['to'] });

/** A job started by a task (see shared/api/jobs.ts). */
export const jobRef = z.object({ jobId: z.string().regex(/^job-\d{1,9}$/, 'is not a job id') }).strict();

/** The journal timeline: tickets, notes, decisions and events, newest first, one page at a time. */
export const journalTimeline = z.object({
  portfolioId: id.optional(),
  layerId: id.optional(),
  tag: z.string().trim().min(1).max(40).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** Case-insensitive substring of note text, ticket notes, decision reasons, event titles. */
  text: z.string().trim().max(200).optional(),
  kinds: z.array(z.enum(['ticket', 'note', 'decision', 'event'])).min(1).max(4).optional(),
  limit: z.number().int().min(1).max(1000).default(200),
  /** Only entries dated on or before this day, each layer's status as of it; today when absent. */
  asOf: isoDate.optional(),
  /** `nextCursor` of the previous page: only items older than it. */
  before: z.string().regex(/^\d{4}-\d{2}-\d{2}~[0-3]~\d{1,15}$/, 'is not a timeline cursor').optional(),
}).strict().refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { message: 'must not be before the start date', path: ['to'] });

/** One report file for a portfolio and an inclusive date range (docs/reports.md). */
export const reportExport = z.object({
  portfolioId: id,
  from: isoDate.optional(),
  to: isoDate.optional(),
  format: z.enum(REPORT_FORMATS),
  paper: z.enum(REPORT_PAPERS).default('a4'),
  /** PDF only: adds a backtest of the portfolio's settings and capital over this range. */
  backtest: z.object({ from: isoDate, to: isoDate }).strict().refine((r) => r.from <= r.to, { message: 'must not be before the start date', path: ['to'] }).optional(),
}).strict().refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { message: 'must not be before the start date', path: ['to'] });

/** A file name from `backup/list`: no folders, no "..", only the names backups are written under. */
export const backupName = z.string().max(120).regex(/^journal-[A-Za-z0-9-]+\.sqlite$/, 'is not the name of a backup in the backups folder');

const backupSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('json'), text: z.string().min(1, 'is empty').max(250_000_000) }).strict(),
  z.object({ kind: z.literal('file'), name: backupName }).strict(),
]);

/** Reads and checks a backup without writing anything (the restore dialog asks after it). */
export const backupInspect = z.object({ source: backupSource }).strict();

export const backupRestore = z.object({
  source: backupSource,
  /** Must be true to replace a journal that holds data (a copy of it is saved first). */
  replaceExisting: z.boolean().default(false),
}).strict();
