/** The "Add iron condor" form's text and its conversion to `layer/createCondor` input. */
import type { ApiInput } from '../../../shared/api/contract';
import type { ApiIssue } from '../../../shared/api/errors';
import type { LayerRole } from '../../../shared/domain/types';
import { defaultFeesCents, feesText, FEES_MESSAGE, parseFees } from '../forms/fees';
import { parseTags } from '../format/tags';
import { CONDOR_CORE_PATHS, parseCondorCore, type CondorCoreDraft, type ParsedCondorCore } from './condor-core';

export type CondorRole = Exclude<LayerRole, 'hedge'>;
export const CONDOR_ROLES: readonly CondorRole[] = ['base', 'time-shift', 'adaptive'];

export interface NewCondorDraft extends CondorCoreDraft {
  openedOn: string;
  /** null: the portfolio's default fees for the quantity. */
  fees: string | null;
  role: CondorRole;
  underlying: 'SPX' | 'SPXW';
  notes: string;
  tags: string;
}

export type CondorInput = Omit<ApiInput<'layer/createCondor'>, 'portfolioId'>;

export const CONDOR_PATHS: readonly string[] = ['openedOn', ...CONDOR_CORE_PATHS, 'feesCents', 'role', 'underlying', 'notes', 'tags'];

export function newCondorDraft(today: string, role: CondorRole): NewCondorDraft {
  return {
    openedOn: today,
    expiration: '',
    strikes: { putLong: '', putShort: '', callShort: '', callLong: '' },
    quantity: '1',
    credit: '',
    fees: null,
    role,
    underlying: 'SPXW',
    notes: '',
    tags: '',
  };
}

export interface ParsedNewCondor {
  core: ParsedCondorCore;
  feesText: string;
  input: CondorInput | null;
  issues: ApiIssue[];
}

export function parseNewCondor(draft: NewCondorDraft, feePerContractCents: number): ParsedNewCondor {
  const core = parseCondorCore(draft, draft.openedOn, 'openedOn');
  const shownFees = feesText(draft.fees, defaultFeesCents(feePerContractCents, 4, core.quantity));
  const feesCents = parseFees(shownFees);
  const issues = [...core.issues];
  if (feesCents === null) issues.push({ path: 'feesCents', message: FEES_MESSAGE });
  const input: CondorInput | null = core.entry && feesCents !== null
    ? {
      ...core.entry,
      feesCents,
      role: draft.role,
      underlying: draft.underlying,
      notes: draft.notes.trim(),
      tags: parseTags(draft.tags),
    }
    : null;
  return { core, feesText: shownFees, input, issues };
}
