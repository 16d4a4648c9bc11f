import { useMemo, useRef, useState, type FormEvent } from 'react';
import type { ApiIssue } from '../../../shared/api/errors';
import { useAction } from '../api/use-action';
import { focusFirstInvalid } from './focus-first-invalid';
import { useFormFeedback } from './use-form-feedback';

/** What a form's draft parses to: the API input when valid, and the issues by field path. */
export interface ParsedDraft<Input> {
  input: Input | null;
  issues: ApiIssue[];
}

/**
 * The scaffold every entry form shares: the draft being typed, its live parse, field feedback
 * (client issues until submit, then the backend's too), busy/error state, and a submit that
 * focuses the first invalid field instead of sending a bad input.
 * `parseDeps` are the outside values `parse` reads (fee defaults, the layer), like a memo's deps.
 */
export function useDraftForm<Draft extends object, Parsed extends ParsedDraft<unknown>>(initial: () => Draft, parse: (draft: Draft) => Parsed, parseDeps: readonly unknown[]) {
  const [draft, setDraft] = useState<Draft>(initial);
  // `parse` is a fresh closure each render; parseDeps lists the outside values it reads.
  const parsed = useMemo(() => parse(draft), [draft, ...parseDeps]);
  const feedback = useFormFeedback(parsed.issues);
  const action = useAction(feedback.acceptServerError);
  const formRef = useRef<HTMLFormElement>(null);

  /** Applies a change to the draft and clears the stale message of the field it touched. */
  const edit = (path: string, patch: Partial<Draft>) => {
    feedback.edited(path);
    setDraft((d) => ({ ...d, ...patch }));
  };
  /** Blur and error props for the field at `path`. */
  const field = (path: string) => ({ onBlur: () => feedback.touch(path), error: feedback.errorFor(path) });
  /** A form submit handler: validates, sends the parsed input, hands the result on. */
  const submitWith = <Result>(send: (input: NonNullable<Parsed['input']>) => Promise<Result>, onDone: (result: Result) => void) => async (event: FormEvent) => {
    event.preventDefault();
    if (!feedback.attempt() || parsed.input === null) return focusFirstInvalid(formRef.current);
    const input = parsed.input as NonNullable<Parsed['input']>;
    const result = await action.run(() => send(input));
    if (result !== undefined) onDone(result);
  };

  return { draft, setDraft, parsed, feedback, action, formRef, edit, field, submitWith };
}
