import type { AppInfo } from '../../../shared/domain/types';

/** Where the journal lives and which build is running: the first questions in any support chat. */
export function AppFooter({ info }: { info: AppInfo | null }) {
  return (
    <footer className="app-footer" data-testid="app-footer">
      {info ? (
        <>
          <span>ALVH Journal v{info.appVersion}</span>
          <span>schema {info.schemaVersion}</span>
          <span>exchange date {info.today}</span>
          <span className="footer-path" title={info.dbPath}>
            Journal file: <code data-testid="db-path">{info.dbPath}</code>
          </span>
        </>
      ) : (
        <span>Connecting to the journal…</span>
      )}
    </footer>
  );
}
