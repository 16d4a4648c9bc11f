import { useAppState } from '../state/use-app-state';

/**
 * "As of 2026-05-26 · Today": the app-wide as-of date a page reads its figures at (set on the
 * dashboard, sticky while back-filling), with a way back to today. Pages that follow the as-of
 * date show it, so an empty page on a past date is never mistaken for an empty journal.
 */
export function AsOfNote({ testId }: { testId: string }) {
  const { asOf, setAsOf, info } = useAppState();
  if (asOf === '' || info === null) return null;
  const past = asOf !== info.today;
  return (
    <p className="muted as-of-note" data-testid={testId}>
      As of <strong>{asOf}</strong>{past ? ' (the dashboard’s as-of date: later tickets are not counted)' : ' (today)'}
      {past ? <> <button type="button" className="button button-small" onClick={() => setAsOf(info.today)} data-testid={`${testId}-today`}>Today</button></> : null}
    </p>
  );
}
