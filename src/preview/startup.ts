/**
 * The preview's stand-in for `Office.addin`'s startup behaviour: a page has no document to
 * mark, so it remembers the choice for as long as the page is open (the pane shows it).
 */
import type { StartupHost, StartupState } from '../travel/types';

export function previewStartup(): StartupHost {
  let state: StartupState = 'none';
  return {
    state: async () => state,
    loadWithWorkbook: async () => {
      state = 'load';
    },
  };
}
