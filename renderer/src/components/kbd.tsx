import type { ReactNode } from 'react';

/** A key cap, e.g. <Kbd>N</Kbd>. */
export function Kbd({ children }: { children: ReactNode }) {
  return <kbd className="kbd">{children}</kbd>;
}
