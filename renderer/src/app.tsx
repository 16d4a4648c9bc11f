import { AppShell } from './shell/app-shell';
import { AppStateProvider } from './state/app-state-provider';
import { ToastProvider } from './toast/toast-provider';

export function App() {
  return (
    <ToastProvider>
      <AppStateProvider>
        <AppShell />
      </AppStateProvider>
    </ToastProvider>
  );
}
