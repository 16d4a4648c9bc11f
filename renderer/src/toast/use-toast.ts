import { useContext } from 'react';
import { ToastContext, type ShowToast } from './toast-context';

export function useToast(): ShowToast {
  const show = useContext(ToastContext);
  if (show === null) throw new Error('useToast needs <ToastProvider> above it');
  return show;
}
