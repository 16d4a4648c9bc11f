import { isIsoDate } from '../../../shared/dates';
import type { LayerSummary } from '../../../shared/domain/types';
import { api } from '../api/transport';
import { useLoad } from '../api/use-load';
import { isOpenCondor } from './condor-risk';

/**
 * The condor layers a hedge opened on `openedOn` may protect: those open on that date (time-true),
 * not today — a hedge back-filled into May protects May's layers, even if they have since
 * expired. Until the date is whole (or while loading) the caller's list stands.
 */
export function useProtectCandidates(portfolioId: number, openedOn: string, fallback: readonly LayerSummary[]): readonly LayerSummary[] {
  const valid = isIsoDate(openedOn);
  const loaded = useLoad(
    () => (valid ? api.send('layer/list', { portfolioId, asOf: openedOn, status: 'open' }) : Promise.resolve(null)),
    `${portfolioId}:${valid ? openedOn : ''}`,
  );
  return loaded.data ? loaded.data.filter(isOpenCondor) : fallback;
}
