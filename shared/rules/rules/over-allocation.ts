/**
 * `over-allocation`: the total risk of the open condor layers — max loss, or margin when
 * settings.riskBasis = 'margin' — exceeds the allocated risk capital (strictly) → reduce.
 */
import { dollars } from '../format';
import type { RuleDefinition } from '../rule-context';

/** `over-allocation`: Fires when open condor risk exceeds risk capital; suggests reducing by the excess. */
export const overAllocationRule: RuleDefinition = {
  id: 'over-allocation',
  evaluate(ctx) {
    const { settings } = ctx;
    const capital = ctx.input.riskCapitalCents;
    const counted = ctx.portfolio.condors.flatMap((l) => (l.riskCents === null ? [] : [{ layerId: l.id, riskCents: l.riskCents }]));
    const uncounted = ctx.portfolio.condors.filter((l) => l.riskCents === null).map((l) => `layer #${l.id} is not a plain iron condor; its risk is not counted`);
    const total = counted.reduce((sum, l) => sum + l.riskCents, 0);
    if (!(total > capital)) return { prompts: [], unavailable: uncounted };
    const basis = settings.riskBasis === 'margin' ? 'margin' : 'max loss';
    return {
      prompts: [{
        subject: 'portfolio',
        severity: 'critical',
        title: 'Reduce: risk above capital',
        explanation: `Total ${basis} of the ${counted.length} open condor layer${counted.length === 1 ? '' : 's'} is ${dollars(total)} > risk capital ${dollars(capital)} by ${dollars(total - capital)}. Reduce.`,
        inputs: { totalRiskCents: total, riskCapitalCents: capital, excessCents: total - capital, riskBasis: settings.riskBasis, layers: counted.length },
        suggestion: { kind: 'reduce', riskBasis: settings.riskBasis, excessCents: total - capital, totalRiskCents: total, riskCapitalCents: capital, layers: counted },
        layerId: null,
      }],
      unavailable: [],
    };
  },
};
