/** @jest-environment jsdom */
/**
 * What the pane loads after its Scenarios tab is usable (src/taskpane/lazy/): a deferred
 * component shows a loading state until its code is there, renders at once (no loading
 * state) once preloaded, and says so with Try again when its chunk fails to load; deferred
 * actions run the two reads without loading anything and load the rest once, on first use.
 */
import '@testing-library/jest-dom';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { PaneActions } from '../../src/taskpane/actions';
import { deferredActions } from '../../src/taskpane/lazy/actions';
import { deferred, preloadDeferred } from '../../src/taskpane/lazy/deferred';

/** A load the test settles by hand, counting how often it was asked for. */
function manualLoad<T>() {
  let settle: { resolve: (v: T) => void; reject: (e: unknown) => void } | undefined;
  const load = Object.assign(
    jest.fn(
      () =>
        new Promise<T>((resolve, reject) => {
          settle = { resolve, reject };
        }),
    ),
    {
      resolve: (v: T) => act(async () => settle?.resolve(v)),
      reject: (e: unknown) => act(async () => settle?.reject(e)),
    },
  );
  return load;
}

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

const inProvider = (ui: React.ReactNode) => <FluentProvider theme={webLightTheme}>{ui}</FluentProvider>;

describe('a deferred component', () => {
  it('shows a Spinner until its code is there, then the component with the same props', async () => {
    const load = manualLoad<typeof Greeting>();
    const Deferred = deferred(load);
    render(inProvider(<Deferred name="Ada" />));
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    await load.resolve(Greeting);
    expect(await screen.findByText('Hello Ada')).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('renders at once, with no loading state, once preloadDeferred has fetched it', async () => {
    const load = manualLoad<typeof Greeting>();
    let fallbacks = 0;
    const Deferred = deferred(load, () => {
      fallbacks += 1;
      return <p>Loading</p>;
    });
    const preloaded = preloadDeferred();
    await load.resolve(Greeting);
    await preloaded;
    render(inProvider(<Deferred name="Grace" />));
    expect(screen.getByText('Hello Grace')).toBeInTheDocument();
    // Never suspended: the fallback was not rendered even once (a dialog's focus handling runs on the real one).
    expect(fallbacks).toBe(0);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('says when its chunk could not be loaded, and Try again fetches it again', async () => {
    const user = userEvent.setup({ delay: null });
    const load = manualLoad<typeof Greeting>();
    const Deferred = deferred(load);
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    render(inProvider(<Deferred name="Alan" />));
    await load.reject(new Error('Loading chunk 7 failed'));
    expect(await screen.findByText(/could not be loaded \(Loading chunk 7 failed\)/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(load).toHaveBeenCalledTimes(2);
    await load.resolve(Greeting);
    expect(await screen.findByText('Hello Alan')).toBeInTheDocument();
    jest.restoreAllMocks();
  });

  it('takes a loading state of its own (a dialog-like overlay, or a stand-in with the same props)', async () => {
    const load = manualLoad<typeof Greeting>();
    const Deferred = deferred(load, ({ name }: { name: string }) => <p>Getting {name} ready</p>);
    render(inProvider(<Deferred name="Edsger" />));
    expect(screen.getByText('Getting Edsger ready')).toBeInTheDocument();
    await load.resolve(Greeting);
    expect(await screen.findByText('Hello Edsger')).toBeInTheDocument();
  });
});

describe('deferred actions', () => {
  function fullActions(calls: string[]): PaneActions {
    const record = (name: string) => async (...args: unknown[]) => {
      calls.push(`${name}(${args.map((a) => JSON.stringify(a)).join(', ')})`);
      return { kind: name } as never;
    };
    return {
      list: record('full list'),
      recentLog: record('full recentLog'),
      switchTo: record('switchTo'),
      revert: record('revert'),
      save: record('save'),
      create: record('create'),
      duplicate: record('duplicate'),
      rename: record('rename'),
      delete: record('delete'),
      compare: record('compare'),
      exportScenarios: record('exportScenarios'),
      readFile: record('readFile'),
      importScenarios: record('importScenarios'),
      setUp: record('setUp'),
      travel: {
        reviewPrepare: record('reviewPrepare'),
        prepare: record('prepare'),
        reviewRestore: record('reviewRestore'),
        restore: record('restore'),
        mark: record('mark'),
        startupState: record('startupState'),
      },
    };
  }

  it('reads the list and the log without loading the rest', async () => {
    const calls: string[] = [];
    const load = jest.fn(async () => fullActions(calls));
    const actions = deferredActions({
      reads: { list: async () => ({ kind: 'refused' }) as never, recentLog: async (n) => ({ kind: 'log', n }) as never },
      load,
      travel: true,
    });
    await expect(actions.list()).resolves.toEqual({ kind: 'refused' });
    await expect(actions.recentLog(8)).resolves.toEqual({ kind: 'log', n: 8 });
    expect(load).not.toHaveBeenCalled();
    expect(actions.travel).toBeDefined();
  });

  it('loads the rest once, on first use, and passes each call through with its arguments', async () => {
    const calls: string[] = [];
    const load = jest.fn(async () => fullActions(calls));
    const actions = deferredActions({ reads: { list: jest.fn(), recentLog: jest.fn() }, load, travel: true });
    await expect(actions.switchTo('Plan B', { kind: 'discard' })).resolves.toEqual({ kind: 'switchTo' });
    await actions.rename('A', 'B');
    await actions.travel?.mark('Inputs');
    await Promise.all([actions.setUp(), actions.revert()]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(calls).toEqual(['switchTo("Plan B", {"kind":"discard"})', 'rename("A", "B")', 'mark("Inputs")', 'setUp()', 'revert()']);
  });

  it('a chunk that fails to load fails the action (the pane says so), and the next use tries again', async () => {
    const calls: string[] = [];
    const load = jest.fn().mockRejectedValueOnce(new Error('Loading chunk 7 failed')).mockImplementation(async () => fullActions(calls));
    const actions = deferredActions({ reads: { list: jest.fn(), recentLog: jest.fn() }, load, travel: false });
    await expect(actions.create('Plan C')).rejects.toThrow('Loading chunk 7 failed');
    await expect(actions.create('Plan C')).resolves.toEqual({ kind: 'create' });
    expect(load).toHaveBeenCalledTimes(2);
    expect(actions.travel).toBeUndefined();
  });

  it("the travel section's startup state is 'unavailable' when the chunk cannot load, as the service's own never rejects", async () => {
    const load = jest.fn().mockRejectedValue(new Error('Loading chunk 7 failed'));
    const actions = deferredActions({ reads: { list: jest.fn(), recentLog: jest.fn() }, load, travel: true });
    await expect(actions.travel?.startupState()).resolves.toBe('unavailable');
    await expect(actions.travel?.mark('Inputs')).rejects.toThrow('Loading chunk 7 failed');
  });
});
