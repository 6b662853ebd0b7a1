/**
 * How the add-in starts with a workbook, over `Office.addin` (SharedRuntime 1.1): the
 * document is marked to load the add-in when it opens, for everyone who has the add-in.
 * With the shared runtime the pane is then shown by code (`showAsTaskpane`), not by a
 * manifest's `Office.AutoShowTaskpaneWithDocument`, which the shared runtime cannot use.
 */
import type { StartupHost, StartupState } from '../../travel/types';

function sharedRuntime(): boolean {
  return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('SharedRuntime', '1.1') === true && Boolean(Office.addin);
}

export function officeStartup(): StartupHost {
  return {
    async state(): Promise<StartupState> {
      if (!sharedRuntime()) return 'unavailable';
      const behavior = await Office.addin.getStartupBehavior();
      return behavior === Office.StartupBehavior.load ? 'load' : 'none';
    },
    async loadWithWorkbook(): Promise<void> {
      if (!sharedRuntime()) return;
      await Office.addin.setStartupBehavior(Office.StartupBehavior.load);
    },
  };
}

/**
 * On opening: where the document is marked to load the add-in and holds scenarios, shows
 * the pane. Best effort: a failure leaves the ribbon button as the way in.
 */
export async function showPaneWithScenarios(startup: StartupHost, hasScenarios: () => Promise<boolean>): Promise<boolean> {
  try {
    if ((await startup.state()) !== 'load' || !(await hasScenarios())) return false;
    await Office.addin.showAsTaskpane();
    return true;
  } catch {
    return false;
  }
}
