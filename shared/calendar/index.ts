/** NYSE trading calendar: holidays by rule, special closures, trading-day arithmetic, VIX expirations. */
export { easterSunday } from './easter';
export { CALENDAR_EXACT_FROM, SPECIAL_CLOSURES, nyseClosures, type MarketClosure } from './nyse-holidays';
export {
  addTradingDays,
  closureReason,
  isTradingDay,
  nextTradingDay,
  previousTradingDay,
  rollToTradingDay,
  tradingDaysBetween,
  type RollDirection,
} from './trading-days';
export { vixExpiration, nextVixExpirations, nearestVixExpiration } from './vix-expirations';
export { SPX_WEEKLY_FIRST_EXPIRATION, VIX_OPTIONS_FROM, isListedSpxExpiration, isSpxMonthly, spxExpirationFor, spxMonthlyExpiration, spxRootFor, type SpxExpiration } from './spx-expirations';
