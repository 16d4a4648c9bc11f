/**
 * "Roll": close the open units at a (usually debit) price and open a new condor on the same
 * date, in one `layer/roll` call. Strikes start from the old layer's; the expiration is new.
 */
import type { ApiInput } from '../../../shared/api/contract';
import type { ApiIssue } from '../../../shared/api/errors';
import type { LayerDetail, LayerRole } from '../../../shared/domain/types';
import { defaultFeesCents, feesText, FEES_MESSAGE, parseFees } from '../forms/fees';
import { pointsText, type PriceDirection } from '../format/points';
import { CONDOR_CORE_PATHS, parseCondorCore, type CondorCoreDraft, type ParsedCondorCore } from './condor-core';
import { signedPrice } from './custom-layer-draft';
import { tradeDate } from './ticket-draft';

export interface RollDraft extends CondorCoreDraft {
  date: string;
  closePrice: string;
  closeDirection: PriceDirection;
  closeFees: string | null;
  openFees: string | null;
  role: LayerRole;
  note: string;
}

export type RollInput = Omit<ApiInput<'layer/roll'>, 'layerId'>;

export const ROLL_PATHS: readonly string[] = ['date', 'closePriceHundredths', 'closeFeesCents', ...CONDOR_CORE_PATHS, 'openFeesCents', 'role', 'note'];

export function newRollDraft(layer: LayerDetail, today: string): RollDraft {
  const s = layer.strikes;
  return {
    date: tradeDate(layer, today),
    closePrice: '',
    closeDirection: 'debit',
    closeFees: null,
    expiration: '',
    strikes: { putLong: pointsText(s?.putLong ?? null), putShort: pointsText(s?.putShort ?? null), callShort: pointsText(s?.callShort ?? null), callLong: pointsText(s?.callLong ?? null) },
    quantity: String(layer.openQuantity),
    credit: '',
    openFees: null,
    role: layer.role,
    note: '',
  };
}

export interface ParsedRoll {
  core: ParsedCondorCore;
  input: RollInput | null;
  issues: ApiIssue[];
  closePriceHundredths: number | null;
  closeFeesText: string;
  openFeesText: string;
}

export function parseRoll(draft: RollDraft, layer: LayerDetail, feePerContractCents: number): ParsedRoll {
  const core = parseCondorCore(draft, draft.date, 'date');
  const issues = [...core.issues];
  if (!issues.some((i) => i.path === 'date') && draft.date < layer.openedOn) issues.push({ path: 'date', message: `Must be on or after the open date ${layer.openedOn}` });
  const closePrice = signedPrice(draft.closePrice, draft.closeDirection);
  if (closePrice === null) issues.push({ path: 'closePriceHundredths', message: 'Enter the price to close per condor in points' });
  const openLegs = layer.legs.filter((l) => (layer.openContracts[l.id] ?? 0) !== 0).length;
  const closeFeesText = feesText(draft.closeFees, defaultFeesCents(feePerContractCents, openLegs, layer.openQuantity));
  const openFeesText = feesText(draft.openFees, defaultFeesCents(feePerContractCents, 4, core.quantity));
  const closeFees = parseFees(closeFeesText);
  const openFees = parseFees(openFeesText);
  if (closeFees === null) issues.push({ path: 'closeFeesCents', message: FEES_MESSAGE });
  if (openFees === null) issues.push({ path: 'openFeesCents', message: FEES_MESSAGE });
  const entry = core.entry;
  const input: RollInput | null = issues.length === 0 && entry && closePrice !== null && closeFees !== null && openFees !== null
    ? {
      date: draft.date, closePriceHundredths: closePrice, closeFeesCents: closeFees, expiration: entry.expiration, strikes: entry.strikes,
      quantity: entry.quantity, creditHundredths: entry.creditHundredths, openFeesCents: openFees, role: draft.role, note: draft.note.trim(),
    }
    : null;
  return { core, input, issues, closePriceHundredths: closePrice, closeFeesText, openFeesText };
}
