import { useContext } from 'react';
import { AppStateContext, type AppState } from './app-state';

export function useAppState(): AppState {
  const state = useContext(AppStateContext);
  if (state === null) throw new Error('useAppState needs <AppStateProvider> above it');
  return state;
}
