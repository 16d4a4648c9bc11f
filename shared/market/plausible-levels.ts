/**
 * The levels an index plausibly closed at, to refuse a file whose numbers are not that index
 * (a VIX file chosen with Index = SPX, SPY prices, a shifted decimal point).
 *
 * SPX: each calendar year's lowest and highest close in CBOE's SPX history
 * (`SPX_History.csv`, 1927-12-30 → 2026-07-09), in whole points (floor / ceiling). A close is
 * plausible within [½ × the year's low, 2 × the year's high]; a year past the table uses the last
 * row, a year before it the first. VIX: 5…150 points on any date (its closes ran 9.14…82.69 from
 * 1990 to 2026). Sources and margins: docs/import.md.
 */
import type { MarketSymbol } from '../domain/types';

/** [year, lowest close, highest close] of SPX, points. */
const SPX_YEARS: readonly (readonly [number, number, number])[] = [
  [1927, 17, 18], [1928, 16, 25], [1929, 17, 32], [1930, 14, 26], [1931, 7, 19], [1932, 4, 10],
  [1933, 5, 13], [1934, 8, 12], [1935, 8, 14], [1936, 13, 18], [1937, 10, 19], [1938, 8, 14],
  [1939, 10, 14], [1940, 8, 13], [1941, 8, 11], [1942, 7, 10], [1943, 9, 13], [1944, 11, 14],
  [1945, 13, 18], [1946, 14, 20], [1947, 13, 17], [1948, 13, 18], [1949, 13, 17], [1950, 16, 21],
  [1951, 20, 24], [1952, 23, 27], [1953, 22, 27], [1954, 24, 36], [1955, 34, 47], [1956, 43, 50],
  [1957, 38, 50], [1958, 40, 56], [1959, 53, 61], [1960, 52, 61], [1961, 57, 73], [1962, 52, 72],
  [1963, 62, 76], [1964, 75, 87], [1965, 81, 93], [1966, 73, 95], [1967, 80, 98], [1968, 87, 109],
  [1969, 89, 107], [1970, 69, 94], [1971, 90, 105], [1972, 101, 120], [1973, 92, 121], [1974, 62, 100],
  [1975, 70, 96], [1976, 90, 108], [1977, 90, 107], [1978, 86, 107], [1979, 96, 112], [1980, 98, 141],
  [1981, 112, 139], [1982, 102, 144], [1983, 138, 173], [1984, 147, 171], [1985, 163, 213], [1986, 203, 254],
  [1987, 223, 337], [1988, 242, 284], [1989, 275, 360], [1990, 295, 369], [1991, 311, 418], [1992, 394, 442],
  [1993, 429, 471], [1994, 438, 482], [1995, 459, 622], [1996, 598, 758], [1997, 737, 984], [1998, 927, 1242],
  [1999, 1212, 1470], [2000, 1264, 1528], [2001, 965, 1374], [2002, 776, 1173], [2003, 800, 1112], [2004, 1063, 1214],
  [2005, 1137, 1273], [2006, 1223, 1428], [2007, 1374, 1566], [2008, 752, 1448], [2009, 676, 1128], [2010, 1022, 1260],
  [2011, 1099, 1364], [2012, 1277, 1466], [2013, 1457, 1849], [2014, 1741, 2091], [2015, 1867, 2131], [2016, 1829, 2272],
  [2017, 2257, 2691], [2018, 2351, 2931], [2019, 2447, 3241], [2020, 2237, 3757], [2021, 3700, 4794], [2022, 3577, 4797],
  [2023, 3808, 4784], [2024, 4688, 6091], [2025, 4982, 6933], [2026, 6343, 7610],];

/** Below ½ × the year's low or above 2 × its high is not SPX. */
const SPX_LOW_FACTOR = 0.5;
const SPX_HIGH_FACTOR = 2;
/** VIX points: well outside 1990–2026's 9.14…82.69 on either side. */
export const VIX_PLAUSIBLE = { low: 5, high: 150 } as const;

const spxByYear = new Map(SPX_YEARS.map(([year, low, high]) => [year, { low, high }]));
const FIRST_YEAR = SPX_YEARS[0]?.[0] ?? 1927;
const LAST_YEAR = SPX_YEARS[SPX_YEARS.length - 1]?.[0] ?? 2026;

/** The plausible close range of `symbol` on `date` (ISO), in points. */
export function plausibleRange(symbol: MarketSymbol, date: string): { low: number; high: number } {
  return plausibleRangeInYear(symbol, Number(date.slice(0, 4)));
}

/** The plausible close range of `symbol` in calendar year `fileYear`, in points. */
export function plausibleRangeInYear(symbol: MarketSymbol, fileYear: number): { low: number; high: number } {
  if (symbol === 'VIX') return VIX_PLAUSIBLE;
  const year = Math.min(LAST_YEAR, Math.max(FIRST_YEAR, fileYear));
  const range = spxByYear.get(year) ?? { low: 1, high: 1e7 };
  return { low: range.low * SPX_LOW_FACTOR, high: range.high * SPX_HIGH_FACTOR };
}
