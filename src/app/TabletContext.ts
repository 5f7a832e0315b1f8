import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Tablet } from './Tablet';

/** The tablet `main.tsx` composed (`composeTablet`); no default, so nothing is made on import. */
export const TabletContext = createContext<Tablet | undefined>(undefined);

export function useTablet(): Tablet {
  const tablet = useContext(TabletContext);
  if (!tablet) throw new Error('The app renders inside <TabletContext.Provider value={composeTablet()}> (see src/app/main.tsx).');
  return tablet;
}
