import { formatCents } from '../../../shared/format/money';
import { pnlClass } from '../format/money';
import { formatNetPrice } from '../format/points';

interface RollSummaryProps {
  closeUnits: number;
  closePriceHundredths: number | null;
  openUnits: number | null;
  creditHundredths: number | null;
  feesCents: number | null;
}

/** The roll as cash: what closing costs, what the new condor brings in, and the net. */
export function RollSummary({ closeUnits, closePriceHundredths, openUnits, creditHundredths, feesCents }: RollSummaryProps) {
  if (closePriceHundredths === null || creditHundredths === null || openUnits === null || feesCents === null) {
    return <p className="field-hint" data-testid="roll-summary">Enter both prices to see the roll's net cash.</p>;
  }
  const closeCash = closePriceHundredths * 100 * closeUnits;
  const openCash = creditHundredths * 100 * openUnits;
  const net = closeCash + openCash - feesCents;
  const sameSize = closeUnits === openUnits;
  return (
    <p className="roll-summary" data-testid="roll-summary">
      Close {formatNetPrice(closePriceHundredths)} × {closeUnits} = {formatCents(closeCash)} · open {formatNetPrice(creditHundredths)} × {openUnits} = {formatCents(openCash)}
      {' '}· fees {formatCents(-feesCents)} → <strong className={pnlClass(net)}>net {formatCents(net)}</strong>
      {sameSize ? <> ({formatNetPrice(closePriceHundredths + creditHundredths)} per condor before fees)</> : null}
    </p>
  );
}
