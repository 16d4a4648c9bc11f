/**
 * Position sizing in exact integer arithmetic (ALVH.md "Sizing"):
 *   contracts = floor(slot % × risk capital ÷ risk per contract).
 * Percentages are taken to 0.01% (12.5% → 1250 hundredths of a percent) and the division
 * is done on BigInt so a floor never slips on a float just below a whole number.
 */

function pctHundredths(pct: number): bigint {
  return BigInt(Math.round(pct * 100));
}

/** pct % of `cents`, rounded down to a cent. */
export function pctOfCents(pct: number, cents: number): number {
  if (!Number.isSafeInteger(cents) || cents <= 0) return 0;
  return Number((pctHundredths(pct) * BigInt(cents)) / 10_000n);
}

/** floor(pct % × riskCapitalCents ÷ riskPerContractCents); 0 when the risk per contract is not positive. */
export function contractsFor(pct: number, riskCapitalCents: number, riskPerContractCents: number): number {
  if (!Number.isSafeInteger(riskCapitalCents) || riskCapitalCents <= 0) return 0;
  if (!Number.isSafeInteger(riskPerContractCents) || riskPerContractCents <= 0) return 0;
  return Number((pctHundredths(pct) * BigInt(riskCapitalCents)) / (10_000n * BigInt(riskPerContractCents)));
}

/** floor(budgetCents ÷ costPerContractCents); 0 when either is not positive. */
export function contractsWithin(budgetCents: number, costPerContractCents: number): number {
  if (budgetCents <= 0 || costPerContractCents <= 0) return 0;
  return Math.floor(budgetCents / costPerContractCents);
}
