/** Which index a CSV holds: picked by the user, or read from the file's name. */
import type { MarketSymbol } from '../../../../shared/domain/types';

export type SymbolChoice = 'auto' | MarketSymbol;

export const SYMBOL_CHOICES: readonly { value: SymbolChoice; label: string }[] = [
  { value: 'auto', label: 'From the file name' },
  { value: 'SPX', label: 'SPX (S&P 500 index)' },
  { value: 'VIX', label: 'VIX (Cboe volatility index)' },
];

/** "VIX_History.csv" → VIX, "spx-closes.csv" / "^GSPC.csv" → SPX; null when the name does not say (or says both). */
export function symbolFromFileName(fileName: string): MarketSymbol | null {
  const name = fileName.toUpperCase();
  const vix = /VIX/.test(name);
  const spx = /SPX|GSPC|S&P|SP500|SP-500/.test(name);
  if (vix === spx) return null;
  return vix ? 'VIX' : 'SPX';
}

export function resolveSymbol(choice: SymbolChoice, fileName: string): MarketSymbol | null {
  return choice === 'auto' ? symbolFromFileName(fileName) : choice;
}
