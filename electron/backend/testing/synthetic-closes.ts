/**
 * Made-up daily closes in the CBOE layout (DATE,OPEN,HIGH,LOW,CLOSE with MM/DD/YYYY dates), one
 * row per weekday, for tests about something other than the numbers (no network, no crash) that
 * must run without the real histories beside the checkout.
 */
export function syntheticCboeCsv(options: { endIso: string; weekdays: number; level: (i: number) => number }): string {
  const days: Date[] = [];
  for (const day = new Date(`${options.endIso}T12:00:00Z`); days.length < options.weekdays; day.setUTCDate(day.getUTCDate() - 1)) {
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) days.unshift(new Date(day));
  }
  const rows = days.map((day, i) => {
    const close = options.level(i).toFixed(2);
    const date = `${String(day.getUTCMonth() + 1).padStart(2, '0')}/${String(day.getUTCDate()).padStart(2, '0')}/${day.getUTCFullYear()}`;
    return `${date},${close},${close},${close},${close}`;
  });
  return ['DATE,OPEN,HIGH,LOW,CLOSE', ...rows].join('\n');
}

/** SPX around 5,000–5,900 and a VIX moving against it: shapes the rules' indicators can read. */
export const SYNTHETIC_SPX = (i: number): number => 5000 + 300 * Math.sin(i / 40) + i / 2;
export const SYNTHETIC_VIX = (i: number): number => 17 - 4 * Math.sin(i / 40) + 2 * Math.sin(i / 7);
