import { describe, expect, it } from 'vitest';
import { type DatedClose, vixBetaRegression } from './vix-beta';

const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10);

/** SPX and VIX series whose VIX change is exactly beta × SPX % return + alpha. */
function series(beta: number, alpha: number, returnsPct: number[]): { spx: DatedClose[]; vix: DatedClose[] } {
  const spx: DatedClose[] = [{ date: day(0), close: 5000 }];
  const vix: DatedClose[] = [{ date: day(0), close: 18 }];
  returnsPct.forEach((r, i) => {
    spx.push({ date: day(i + 1), close: spx[i].close * (1 + r / 100) });
    vix.push({ date: day(i + 1), close: vix[i].close + beta * r + alpha });
  });
  return { spx, vix };
}

describe('vixBetaRegression', () => {
  it('recovers an exact linear relation: β, intercept, r² = 1, n and the window dates', () => {
    const { spx, vix } = series(-0.85, 0.02, [0.5, -1.2, 0.3, 2.1, -0.4, -2.5, 1.1, 0.05, -0.7, 0.9]);
    const fit = vixBetaRegression(spx, vix, 5);
    expect(fit).not.toBeNull();
    expect(fit?.beta).toBeCloseTo(-0.85, 10);
    expect(fit?.intercept).toBeCloseTo(0.02, 10);
    expect(fit?.rSquared).toBeCloseTo(1, 12);
    expect(fit?.n).toBe(5);
    expect(fit?.startDate).toBe(day(6));
    expect(fit?.endDate).toBe(day(10));
  });

  it('matches the textbook OLS formulas on noisy data', () => {
    const { spx, vix } = series(-1, 0, [1, -1, 2, -2, 0.5]);
    vix[3] = { ...vix[3], close: vix[3].close + 0.7 }; // noise on one day
    const xs = spx.slice(1).map((b, i) => 100 * (b.close / spx[i].close - 1));
    const ys = vix.slice(1).map((b, i) => b.close - vix[i].close);
    const mx = xs.reduce((s, v) => s + v, 0) / 5;
    const my = ys.reduce((s, v) => s + v, 0) / 5;
    const sxy = xs.reduce((s, x, i) => s + (x - mx) * (ys[i] - my), 0);
    const sxx = xs.reduce((s, x) => s + (x - mx) ** 2, 0);
    const syy = ys.reduce((s, y) => s + (y - my) ** 2, 0);
    const fit = vixBetaRegression(spx, vix, 5);
    expect(fit?.beta).toBeCloseTo(sxy / sxx, 12);
    expect(fit?.rSquared).toBeCloseTo((sxy * sxy) / (sxx * syy), 12);
  });

  it('aligns by date, ignores closes after asOf and needs a full window', () => {
    const { spx, vix } = series(-0.9, 0, [0.5, -1.2, 0.3, 2.1, -0.4, -2.5]);
    const shuffledVix = [...vix].reverse().filter((b) => b.date !== day(3));
    const fit = vixBetaRegression(spx, shuffledVix, 3, day(5));
    expect(fit?.endDate).toBe(day(5));
    expect(fit?.startDate).toBe(day(2));
    expect(vixBetaRegression(spx, vix, 10)).toBeNull();
    expect(vixBetaRegression(spx.map((b) => ({ ...b, close: 5000 })), vix, 3)).toBeNull();
    expect(() => vixBetaRegression(spx, [{ date: day(1), close: 0 }], 3)).toThrow(/must be a positive number/);
  });
});
