import { newLeg, type LegDraft } from './leg-draft';

export interface LegPreset {
  id: string;
  label: string;
  legs(): LegDraft[];
}

/** Common VIX hedges, so a call spread is one click and two strikes. */
export const LEG_PRESETS: readonly LegPreset[] = [
  { id: 'vix-call', label: 'VIX call', legs: () => [newLeg()] },
  { id: 'vix-call-spread', label: 'VIX call spread', legs: () => [newLeg(), newLeg({ side: 'short' })] },
  { id: 'vx-future', label: 'VX future', legs: () => [newLeg({ instrument: 'future', underlying: 'VX' })] },
  { id: 'etf', label: 'VIX ETF shares', legs: () => [newLeg({ instrument: 'etf', underlying: 'ETF', symbol: 'VXX' })] },
  { id: 'spx-put', label: 'SPXW put', legs: () => [newLeg({ underlying: 'SPXW', right: 'put' })] },
];
