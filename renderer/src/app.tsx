import { HealthGate } from './features/recovery/health-gate';
import { AppShell } from './shell/app-shell';
import { AppStateProvider } from './state/app-state-provider';
import { ToastProvider } from './toast/toast-provider';

export function App() {
  return (
    <ToastProvider>
      <HealthGate>
        <AppStateProvider>
          <AppShell />
        </AppStateProvider>
      </HealthGate>
    </ToastProvider>
  );
}
