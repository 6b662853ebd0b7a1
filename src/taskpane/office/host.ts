/**
 * What the pane needs from Office beyond the workbook adapter: whether this host can save
 * a download, and when the workbook may have changed under the pane. Components stay
 * host-neutral; office-entry passes these into the pane's actions.
 *
 * - Excel for Mac's web view ignores `<a download>` (office-js #2700, "by design"): the
 *   export goes to the clipboard there, or is shown to copy.
 * - In the shared runtime the page may load hidden and stay loaded: read again when the
 *   pane becomes visible (`Office.addin.onVisibilityModeChanged`, SharedRuntime 1.1) and
 *   when a cell changes (`worksheets.onChanged`, ExcelApi 1.9); the pane debounces both.
 */
import type { WatchWorkbook } from '../actions';

/** False on Excel for Mac, whose web view ignores downloads. */
export function officeCanDownload(): boolean {
  const platform = Office.context?.platform;
  return platform === undefined || String(platform) !== String(Office.PlatformType?.Mac ?? 'Mac');
}

function supports(set: string, version: string): boolean {
  try {
    return Office.context?.requirements?.isSetSupported(set, version) ?? false;
  } catch {
    return false;
  }
}

const warn = (what: string) => (e: unknown) => console.warn(`The pane will not refresh ${what} (use Refresh):`, e);

export const officeWatch: WatchWorkbook = (onChange) => {
  const stops: (() => Promise<unknown>)[] = [];
  let stopped = false;
  const keep = (stop: () => Promise<unknown>) => {
    if (stopped) void stop().catch(warn('on changes'));
    else stops.push(stop);
  };

  if (supports('SharedRuntime', '1.1') && Office.addin?.onVisibilityModeChanged) {
    Office.addin
      .onVisibilityModeChanged((args) => {
        if (String(args.visibilityMode) === 'Taskpane') onChange('visible');
      })
      .then((remove) => keep(() => remove()), warn('when it is shown'));
  }

  if (supports('ExcelApi', '1.9')) {
    Excel.run(async (context) => {
      const handler = context.workbook.worksheets.onChanged.add(async () => {
        onChange('edited');
      });
      await context.sync();
      keep(() =>
        Excel.run(handler.context, async (ctx) => {
          handler.remove();
          await ctx.sync();
        }),
      );
    }).catch(warn('when cells change'));
  }

  return () => {
    stopped = true;
    for (const stop of stops.splice(0)) void stop().catch(warn('on changes'));
  };
};
