/**
 * The Office side of "a pane that stays current" (issue 12, point 6): `officeWatch` must turn
 * Office's own events into the pane's two reasons to read again, subscribe only where the
 * host supports the event, and remove what it added when the pane stops watching.
 * Office and Excel are faked here at the level of the calls host.ts makes.
 */
import { officeCanDownload, officeWatch } from '../../src/taskpane/office/host';

type Handler = (args: { visibilityMode: string }) => void;

function fakeOffice({ sharedRuntime = true, excelApi19 = true, platform = 'PC' } = {}) {
  const record = {
    visibilityHandlers: [] as Handler[],
    visibilityRemoved: 0,
    changeHandlers: [] as (() => Promise<void>)[],
    changeRemoved: 0,
    runs: 0,
  };
  const office = {
    PlatformType: { PC: 'PC', Mac: 'Mac', OfficeOnline: 'OfficeOnline' },
    context: {
      platform,
      requirements: {
        isSetSupported: (set: string, version: string) =>
          (set === 'SharedRuntime' && version === '1.1' && sharedRuntime) ||
          (set === 'ExcelApi' && version === '1.9' && excelApi19),
      },
    },
    addin: {
      onVisibilityModeChanged: (handler: Handler) => {
        record.visibilityHandlers.push(handler);
        return Promise.resolve(() => {
          record.visibilityRemoved += 1;
          return Promise.resolve();
        });
      },
    },
  };
  const context = {
    workbook: {
      worksheets: {
        onChanged: {
          add: (handler: () => Promise<void>) => {
            record.changeHandlers.push(handler);
            return { context, remove: () => (record.changeRemoved += 1) };
          },
        },
      },
    },
    sync: () => Promise.resolve(),
  };
  const excel = {
    run: async (...args: unknown[]) => {
      record.runs += 1;
      const body = args[args.length - 1] as (ctx: typeof context) => Promise<unknown>;
      return body(context);
    },
  };
  Object.assign(globalThis, { Office: office, Excel: excel });
  return record;
}

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
  delete (globalThis as Record<string, unknown>).Excel;
});

describe('officeWatch', () => {
  it('reports "visible" when the pane is shown, nothing when it is hidden', async () => {
    const record = fakeOffice();
    const seen: string[] = [];
    const stop = officeWatch((why) => seen.push(why));
    await settle();
    expect(record.visibilityHandlers).toHaveLength(1);
    record.visibilityHandlers[0]({ visibilityMode: 'Hidden' });
    expect(seen).toEqual([]);
    record.visibilityHandlers[0]({ visibilityMode: 'Taskpane' });
    expect(seen).toEqual(['visible']);
    stop();
  });

  it('reports "edited" when any worksheet changes', async () => {
    const record = fakeOffice();
    const seen: string[] = [];
    const stop = officeWatch((why) => seen.push(why));
    await settle();
    expect(record.changeHandlers).toHaveLength(1);
    await record.changeHandlers[0]();
    expect(seen).toEqual(['edited']);
    stop();
  });

  it('removes both subscriptions when the pane stops watching', async () => {
    const record = fakeOffice();
    const stop = officeWatch(() => undefined);
    await settle();
    stop();
    await settle();
    expect(record.visibilityRemoved).toBe(1);
    expect(record.changeRemoved).toBe(1);
  });

  it('a stop before the subscriptions arrive still removes them', async () => {
    const record = fakeOffice();
    const stop = officeWatch(() => undefined);
    stop(); // before Office answered
    await settle();
    await settle();
    expect(record.visibilityRemoved).toBe(1);
    expect(record.changeRemoved).toBe(1);
  });

  it('subscribes to nothing a host does not support (Refresh still works)', async () => {
    const record = fakeOffice({ sharedRuntime: false, excelApi19: false });
    const stop = officeWatch(() => undefined);
    await settle();
    expect(record.visibilityHandlers).toHaveLength(0);
    expect(record.runs).toBe(0);
    stop();
  });
});

describe('officeCanDownload', () => {
  it('is false on Excel for Mac, whose web view ignores downloads, and true elsewhere', () => {
    fakeOffice({ platform: 'Mac' });
    expect(officeCanDownload()).toBe(false);
    fakeOffice({ platform: 'OfficeOnline' });
    expect(officeCanDownload()).toBe(true);
    fakeOffice({ platform: 'PC' });
    expect(officeCanDownload()).toBe(true);
  });
});
