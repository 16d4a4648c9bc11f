import { useEffect, useState, type ReactNode } from 'react';
import type { AppHealth } from '../../../../shared/api/backups';
import { api } from '../../api/transport';
import { RecoveryScreen } from './recovery-screen';
import '../../styles/recovery.css';

/**
 * Asks the backend whether the journal opened before anything else loads. When it did not
 * (damaged, newer, read-only, locked), the whole window is the recovery screen.
 */
export function HealthGate({ children }: { children: ReactNode }) {
  const [health, setHealth] = useState<AppHealth | null>(null);
  useEffect(() => {
    let current = true;
    // If the question itself fails, the app's own loading shows that error.
    api.send('app/health', {}).then((h) => { if (current) setHealth(h); }, () => { if (current) setHealth({ state: 'ok' }); });
    return () => { current = false; };
  }, []);

  if (health === null) return <p className="view muted">Opening the journal…</p>;
  if (health.state === 'ok') return <>{children}</>;
  return <RecoveryScreen health={health} />;
}
