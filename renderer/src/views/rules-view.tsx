import { useState } from 'react';
import { isIsoDate } from '../../../shared/dates';
import { TextField } from '../components/text-field';
import { DecisionsJournal } from '../features/prompts/decisions-journal';
import { PromptsPanel } from '../features/prompts/prompts-panel';
import type { ViewProps } from './view-props';

/** The rule prompts for any date (today by default) and the journal of decisions taken on them. */
export function RulesView({ portfolio, info }: ViewProps) {
  const [asOfText, setAsOfText] = useState(info.today);
  const [changes, setChanges] = useState(0);
  const asOf = isIsoDate(asOfText) ? asOfText : info.today;

  return (
    <section className="view rules-view" aria-labelledby="view-title-rules">
      <header className="view-header">
        <h1 id="view-title-rules">Rules</h1>
        <div className="view-actions rules-asof">
          <TextField id="rules-asof" label="Evaluate as of" type="date" value={asOfText} onChange={setAsOfText} testId="rules-asof"
            error={isIsoDate(asOfText) ? undefined : `Pick a date; showing ${info.today}`} />
          {asOfText !== info.today ? <button type="button" className="button" onClick={() => setAsOfText(info.today)}>Today</button> : null}
        </div>
      </header>
      <PromptsPanel portfolio={portfolio} asOf={asOf} onChanged={() => setChanges((n) => n + 1)} refreshKey={changes} />
      <DecisionsJournal portfolioId={portfolio.id} refreshKey={changes} />
    </section>
  );
}
