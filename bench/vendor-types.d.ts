// Minimal types for the two npm packages the analytics bench measures against (neither ships types).

declare module 'black-scholes' {
  /** Black–Scholes price (no dividends): s spot, k strike, t years, v vol, r rate. */
  export function blackScholes(s: number, k: number, t: number, v: number, r: number, callPut: 'call' | 'put'): number;
}

declare module 'xirr' {
  /** XIRR of `{ amount, when }` transactions; throws when Newton's method fails. */
  function xirr(transactions: readonly { amount: number; when: Date }[], options?: { guess?: number; tolerance?: number; maxIterations?: number }): number;
  export default xirr;
}
