import type { Prompt } from '../../../../shared/rules';
import { formatInputValue, inputLabel } from './input-format';

/** The rule's inputs with their values, compact, two pairs per row. */
export function PromptInputs({ inputs }: { inputs: Prompt['inputs'] }) {
  const entries = Object.entries(inputs);
  if (entries.length === 0) return null;
  return (
    <dl className="prompt-inputs" aria-label="Inputs">
      {entries.map(([key, value]) => (
        <div key={key} className="prompt-input">
          <dt title={key}>{inputLabel(key)}</dt>
          <dd data-input={key}>{formatInputValue(key, value)}</dd>
        </div>
      ))}
    </dl>
  );
}
