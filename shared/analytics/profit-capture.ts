/** How much of a credit trade's maximum profit has been earned (ALVH.md "% of max profit captured"). */
import { requireFinite, requirePositive } from './validate';

/**
 * Fraction of the maximum profit captured by a credit position:
 *   (creditReceived − costToClose) / creditReceived
 * Both in the same unit (points per contract or dollars). 0.5 = the 50% roll trigger;
 * negative when closing costs more than was received; above 1 only if closing pays.
 * Throws unless creditReceived > 0 and costToClose is finite.
 */
export function pctMaxProfitCaptured(creditReceived: number, costToClose: number): number {
  requirePositive('pctMaxProfitCaptured', 'creditReceived', creditReceived);
  requireFinite('pctMaxProfitCaptured', 'costToClose', costToClose);
  return (creditReceived - costToClose) / creditReceived;
}
