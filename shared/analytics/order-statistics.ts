/**
 * The k-th smallest values of an array, as `Float64Array.prototype.sort` would place them, without
 * sorting it: Hoare's selection (quickselect, median-of-three pivot), expected O(n) per rank.
 * Exact, not approximate: each returned value is the element at that 0-based rank of the sorted
 * array — including the sort's order of −0 before +0 and of NaN after every number (a NaN makes
 * it fall back to sorting, which is rare and still correct).
 */

/** Values at the given 0-based ranks of `values` sorted ascending; `values` is reordered in place. */
export function orderStatistics(values: Float64Array, ranks: readonly number[]): number[] {
  for (let i = 0; i < values.length; i++) {
    if (Number.isNaN(values[i])) {
      const sorted = values.sort();
      return ranks.map((r) => sorted[r] ?? NaN);
    }
  }
  // The largest rank first, over the whole array: then a[0…top] holds the top + 1 smallest values.
  // The others ascending, each searched only between the previous one and the top (everything left
  // of a placed a[k] is ≤ it, everything right ≥ it).
  const ascendingRanks = [...ranks.keys()].sort((x, y) => ranks[x] - ranks[y]);
  const out = new Array<number>(ranks.length);
  const top = ascendingRanks.pop();
  if (top === undefined) return out;
  const topRank = ranks[top];
  out[top] = signedZeroAware(values, topRank, select(values, topRank, 0, values.length - 1));
  let from = 0;
  for (const i of ascendingRanks) {
    out[i] = signedZeroAware(values, ranks[i], select(values, ranks[i], from, topRank));
    from = ranks[i];
  }
  return out;
}

/**
 * Partially orders a[from…to] so that a[k] is the k-th smallest of `a` (by `<`), given
 * a[0…from) ≤ a[from…to] ≤ a(to…]; returns it.
 */
function select(a: Float64Array, k: number, from: number, to: number): number {
  let lo = from;
  let hi = to;
  while (hi > lo) {
    const pivot = medianOfThree(a[lo], a[(lo + hi) >> 1], a[hi]);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k];
}

function medianOfThree(x: number, y: number, z: number): number {
  if (x < y) return y < z ? y : x < z ? z : x;
  return x < z ? x : y < z ? z : y;
}

/** `<` cannot tell −0 from +0; the sort puts every −0 first, so rank k holds −0 iff it falls among them. */
function signedZeroAware(a: Float64Array, rank: number, value: number): number {
  if (value !== 0) return value;
  let negatives = 0;
  let negativeZeros = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] < 0) negatives++;
    else if (a[i] === 0 && Object.is(a[i], -0)) negativeZeros++;
  }
  return rank >= negatives && rank < negatives + negativeZeros ? -0 : 0;
}
