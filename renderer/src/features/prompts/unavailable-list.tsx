import type { Unavailable } from '../../../../shared/rules';

/** Rules that could not be evaluated, said quietly below the prompts. */
export function UnavailableList({ items }: { items: readonly Unavailable[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="prompts-unavailable" data-testid="prompts-unavailable" aria-label="Rules not evaluated">
      {items.map((u, i) => <li key={`${u.rule}-${i}`}><code>{u.rule}</code> not evaluated: {u.message}</li>)}
    </ul>
  );
}
