/** Input schemas of every API operation. Handlers receive `unknown` and parse it with these. */
import { z } from 'zod';
import { EVENT_KINDS, INSTRUMENTS, LAYER_ROLES, MARKET_SYMBOLS, TICKET_ACTIONS, UNDERLYINGS } from '../domain/types';
import { settingsPatchSchema } from '../domain/settings';
import { cents, hundredths, id, isoDate, longText, nonNegativeCents, positiveHundredths, quantity, shortText, tags } from './fields';

export const empty = z.object({}).strict();

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

export const ticketUpdate = z.object({
  ticketId: id,
  date: isoDate.optional(),
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
}).strict();

export const marketUpsert = z.object({
  symbol: z.enum(MARKET_SYMBOLS),
  date: isoDate,
  closeHundredths: positiveHundredths,
}).strict();

export const marketList = z.object({
  symbol: z.enum(MARKET_SYMBOLS),
  from: isoDate.optional(),
  to: isoDate.optional(),
}).strict();

export const eventKind = z.enum(EVENT_KINDS);
export { cents, shortText };
