import type { ApiError } from '../../../shared/api/errors';

interface FormErrorProps {
  error: ApiError | null;
  /** True for paths a field of this form shows; those issues appear under their field instead. */
  isField?: (path: string) => boolean;
  /** What failed, e.g. "Not deleted."; "Not saved." by default. */
  lead?: string;
}

/** The reason a save failed, right above the form's buttons. */
export function FormError({ error, isField, lead = 'Not saved.' }: FormErrorProps) {
  if (error === null) return null;
  const onFields = error.code === 'invalid_input' && error.issues.length > 0 && isField !== undefined && error.issues.every((i) => isField(i.path));
  return (
    <div className="form-error" role="alert" data-testid="form-error">
      <strong>{lead}</strong> {onFields ? 'Check the highlighted fields.' : error.message}
    </div>
  );
}
