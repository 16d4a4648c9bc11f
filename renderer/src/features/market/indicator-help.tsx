/** The definitions behind the market charts, shown by their "?" buttons. */

export function RsiHelp({ period, threshold }: { period: number; threshold: number }) {
  return (
    <>
      <p>Relative Strength Index of the VIX closes, Wilder (1978), period {period}: the first average gain and loss are the means of the first {period} daily changes; after that avg = (previous avg × {period - 1} + today) ÷ {period}. RSI = 100 − 100 ÷ (1 + avg gain ÷ avg loss), on a 0–100 scale. Needs {period + 1} closes.</p>
      <p>ALVH: above {threshold} (dashed line, the portfolio&apos;s <code>rsiThreshold</code>) the <code>tighten</code> and <code>vix-hedge</code> rules fire (strictly above).</p>
    </>
  );
}

export function MacdHelp() {
  return (
    <>
      <p>MACD(12, 26, 9) of the SPX closes, in index points: MACD = EMA12 − EMA26; signal = EMA9 of MACD; histogram = MACD − signal. Every EMA is seeded with the simple average of its first values (α = 2 ÷ (period + 1)), so the first histogram value needs 34 closes.</p>
      <p>ALVH: the <code>add-layer</code> rule waits until MACD and signal have not crossed for the last few trading days (setting <code>macdFilter</code>).</p>
    </>
  );
}

export function VolHelp({ rvWindow, threshold }: { rvWindow: number; threshold: number }) {
  return (
    <>
      <p>Implied vol = the VIX close, in vol points (VIX 18 = 18% a year). Realised vol = 100 × √252 × the sample standard deviation (divisor n − 1) of the last {rvWindow} daily log returns ln(Cᵢ ÷ Cᵢ₋₁) of SPX; needs {rvWindow + 1} closes.</p>
      <p>ALVH: when IV − RV falls below {threshold} vol points (<code>ivRvThresholdPoints</code>) options are cheap against realised moves and <code>vix-hedge</code> fires: it sizes the hedge at 50% of the budget at the trigger plus 5% per vol point below (the full budget 10 points below).</p>
    </>
  );
}
