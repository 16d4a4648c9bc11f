import { useEffect, useRef, useState } from 'react';
import { isIsoDate } from '../../../shared/dates';
import type { EntryProposal } from '../../../shared/rules';
import { formatHundredths } from '../../../shared/format/money';
import { api } from '../api/transport';
import { strikesText } from './condor-core';
import type { CondorRole, NewCondorDraft } from './condor-draft';

type Prefill = Pick<NewCondorDraft, 'expiration' | 'strikes' | 'quantity'>;

const sameFields = (a: Prefill, b: Prefill) =>
  a.expiration === b.expiration && a.quantity === b.quantity && JSON.stringify(a.strikes) === JSON.stringify(b.strikes);

/**
 * Starting strikes for a condor typed by hand: the model condor the prompts propose for the open
 * date (last SPX/VIX close, target delta, the slot's quantity). It fills the strikes, expiration
 * and quantity only while they are untouched (empty, or still what it filled in before), so a
 * change of open date re-suggests but never overwrites what the trader typed. The credit stays
 * the trader's fill; the model's estimate is only its placeholder.
 */
export function useCondorProposal(portfolioId: number, draft: NewCondorDraft, enabled: boolean, apply: (fields: Prefill) => void): EntryProposal | null {
  const [proposal, setProposal] = useState<EntryProposal | null>(null);
  const filled = useRef<Prefill | null>(null);
  const { openedOn, role } = draft;
  const current: Prefill = { expiration: draft.expiration, strikes: draft.strikes, quantity: draft.quantity };
  const pristine = filled.current ? sameFields(current, filled.current) : Object.values(draft.strikes).every((s) => s === '') && draft.expiration === '';
  const latest = useRef({ pristine, apply });
  latest.current = { pristine, apply };

  useEffect(() => {
    if (!enabled || !isIsoDate(openedOn)) return;
    let live = true;
    api.send('layer/proposeCondor', { portfolioId, asOf: openedOn, role: role as CondorRole })
      .then((result) => {
        if (!live) return;
        setProposal(result);
        const s = result.suggestion;
        if (!s || !latest.current.pristine) return;
        const fields: Prefill = { expiration: s.expiration, strikes: strikesText(s.strikes), quantity: String(Math.max(1, s.quantity)) };
        filled.current = fields;
        latest.current.apply(fields);
      })
      .catch(() => { if (live) setProposal(null); }); // a suggestion is a convenience: the form works without it
    return () => { live = false; };
  }, [enabled, portfolioId, openedOn, role]);

  return proposal;
}

/** One line saying where the starting strikes come from. */
export function proposalText(p: EntryProposal | null): string | null {
  if (p === null) return null;
  const s = p.suggestion;
  if (s === null || p.spx === null || p.vix === null) return p.reason ? `No suggested strikes: ${p.reason}.` : null;
  const slot = s.slotPct !== null ? `${s.slotPct}% slot → ${s.quantity} condor${s.quantity === 1 ? '' : 's'}` : `${s.quantity} condors`;
  return `Suggested from SPX ${p.spx.value.toFixed(2)} and VIX ${p.vix.value.toFixed(2)} (closes of ${p.spx.date}): `
    + `short Δ ${s.shortPutDelta.toFixed(2)} / ${s.shortCallDelta.toFixed(2)}, ${s.dte} DTE, ${slot}; model credit ≈ ${formatHundredths(s.creditHundredths)} pts — enter your fill.`;
}
