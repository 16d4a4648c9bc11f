import type { Suggestion } from '../../../../shared/rules';
import { suggestionFacts } from './suggestion-facts';

/** The concrete action a prompt proposes: a headline and its figures. */
export function SuggestionSummary({ suggestion }: { suggestion: Suggestion }) {
  const { headline, facts } = suggestionFacts(suggestion);
  return (
    <div className="prompt-suggestion" data-testid="prompt-suggestion">
      <p className="prompt-suggestion-headline"><span className="prompt-suggestion-label">Suggests</span> {headline}</p>
      <dl className="prompt-facts">
        {facts.map(([label, value]) => (
          <div key={label} className="prompt-fact">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
