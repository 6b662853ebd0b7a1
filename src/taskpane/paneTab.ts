/** Which tab of the pane is shown, for slot components that only work while visible. */
import { createContext, useContext } from 'react';

export type PaneTab = 'scenarios' | 'compare' | 'explain' | 'insert' | 'functions';

export const PaneTabContext = createContext<PaneTab | undefined>(undefined);

/** Whether `tab` is shown (true outside a pane, e.g. a component rendered on its own). */
export function useTabShown(tab: PaneTab): boolean {
  const shown = useContext(PaneTabContext);
  return shown === undefined || shown === tab;
}
