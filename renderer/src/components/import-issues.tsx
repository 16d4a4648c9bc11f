import type { ApiError } from '../../../shared/api/errors';

interface ImportIssuesProps {
  fileName: string;
  error: ApiError;
  testId?: string;
}

/**
 * A rejected file: imports are all or nothing, so this says nothing changed and lists the
 * backend's line-numbered problems (`line 12: …`) to fix in the file.
 */
export function ImportIssues({ fileName, error, testId }: ImportIssuesProps) {
  const lines = error.issues.filter((issue) => issue.path !== '' || issue.message !== '');
  return (
    <div className="import-result import-rejected" role="alert" data-testid={testId}>
      <p><strong>{fileName} was not imported — nothing was changed.</strong></p>
      {lines.length > 0 ? (
        <>
          <p className="muted">Fix these rows in the file and import it again:</p>
          <ul className="import-issues">
            {lines.map((issue, i) => (
              <li key={`${issue.path}-${i}`}>
                {issue.path ? <span className="import-issue-line">{issue.path}</span> : null} {issue.message}
              </li>
            ))}
          </ul>
          {error.message ? <p className="muted import-issue-summary">{error.message}</p> : null}
        </>
      ) : (
        <p>{error.message}</p>
      )}
    </div>
  );
}
