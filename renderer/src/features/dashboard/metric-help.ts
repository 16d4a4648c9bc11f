/** The "?" definitions next to every dashboard figure (condensed from docs/analytics.md and ALVH.md). */
export const METRIC_HELP = {
  netCredit: 'Net premium of the open layers: Σ ticket cash (credits +, debits −, fees −) of every open layer, dollars.',
  realizedPnl: 'Cash already booked: ticket cash of closed parts of layers, including fees, dollars.',
  openPnl: 'Value of the layers on the table at SPX now (user mark, else the anchored smile model; settlement once expired) plus their ticket cash, less what partial closes already realised, dollars. Without partial closes it is the table\'s total and the T+0 curve at SPX now.',
  maxProfit: 'Highest P&L of the combined position at the last expiration (all legs at intrinsic) on the plotted SPX range, dollars.',
  maxLoss: 'Largest loss of the combined position at the last expiration on the plotted SPX range, dollars.',
  curveRange: 'Highest and lowest P&L of each curve on the plotted SPX range; "≥" / "≤" means the extreme sits at the edge of the range and may continue beyond it.',
  margin: 'Margin in use: per condor the wider wing × 100 × OPEN quantity (Cboe short-spread requirement; a partial close releases its share), summed over open layers, dollars. Compared with the portfolio\'s risk capital.',
  openMaxLoss: 'Σ max loss of the open condor layers: (wider wing − credit) × 100 × quantity, dollars.',
  slots: 'Allocation schedule: each slot\'s budget is its % of risk capital; "used" is the risk (max loss or margin, per settings) of the open condor layer in that slot.',
  delta: 'Δ: dollars of P&L per +1 SPX point (the SPX share-equivalent). VIX legs enter through the VIX beta.',
  gamma: 'Γ: change of the dollar delta per +1 SPX point, $ per point².',
  theta: 'Θ: dollars of P&L per calendar day that passes, SPX and vols unchanged.',
  vega: 'Vega: dollars of P&L per +1 point of implied vol (the vol-shift what-if).',
  pop: 'Probability of profit: lognormal, risk-neutral probability that SPX ends between the break-evens around spot at the last expiration (σ = VIX). A broker convention, not a forecast.',
  irr: 'IRR (XIRR, ACT/365): the annual rate r with Σ CFᵢ·(1+r)^(−daysᵢ/365) = 0 over margin posted (−), premiums (±), fees (−), margin released (+) and, for open layers, a terminal flow of margin + liquidation value at the dashboard date. Margin follows the open units (released pro rata on a partial close). A rate below the solver floor reads ≈ −100%. Beside it: the holding-period return on margin (P&L ÷ peak margin) and the days held; below the minimum age setting the annualised rate is greyed.',
  wacc: 'WACC in options terms: Σ(capital × days × rate) / Σ(capital × days) over the funding sources of every layer\'s margin (own cash, margin loan, recycled premium).',
  spread: 'IRR − WACC: the spread the layering earns over what its capital costs (XIRR is compounded, WACC simple; the gap is small at these rates).',
  capitalDays: 'Capital-days: Σ margin × days it was committed, dollar-days, step by step as units open and close. The weight behind WACC.',
  pctMaxProfit: '% of max profit captured = (credit received − cost to close now) / credit received, from the user\'s mark, else the model value.',
  hedges: 'Each hedge layer\'s own P&L: negative = what it has cost so far, positive = what it saved. Condor book P&L is shown with and without the hedges.',
} as const;

export type MetricHelpKey = keyof typeof METRIC_HELP;
