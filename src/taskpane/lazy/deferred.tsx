/**
 * Code the pane does not need before its Scenarios tab is usable (dialogs, the other tabs,
 * the actions past reading the list): a component whose code is a separate webpack chunk.
 *
 * - `deferred(load)` is a component with the same props as the one `load` resolves to. Until
 *   its code is there it shows a loading state (a Fluent Spinner, or a modal-like overlay for
 *   dialogs); a chunk that fails to load shows an error with Try again, never a blank pane.
 * - Once the pane has read the workbook, `preloadDeferred()` fetches every deferred chunk
 *   (when the browser is idle), so a dialog opened later renders at once: React's `lazy` takes
 *   an already-loaded module synchronously (the thenable below calls back at once), with no
 *   fallback flash and no lost focus. The page's first load is only what the Scenarios tab needs.
 */
import { Component, createElement, lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';

const preloads = new Set<() => Promise<unknown>>();

/** Registers a chunk for `preloadDeferred` (deferred components and deferred actions). */
export function registerPreload(load: () => Promise<unknown>): void {
  preloads.add(load);
}

/**
 * Loads every registered chunk (each once), when the browser is idle if it can say so.
 * Failures are left for first use, which shows them and offers Try again.
 */
export function preloadDeferred(): Promise<void> {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, options?: { timeout: number }) => void }).requestIdleCallback;
  return new Promise<void>((resolve) => {
    const run = () => {
      void Promise.allSettled([...preloads].map((load) => load())).then(() => resolve());
    };
    if (idle) idle(run, { timeout: 2000 });
    else run();
  });
}

/** A load that is shared by every caller, and forgotten when it fails (so a retry fetches again). */
export function once<T>(load: () => Promise<T>): { (): Promise<T>; readonly value: () => T | undefined } {
  let pending: Promise<T> | undefined;
  let value: T | undefined;
  const get = () =>
    (pending ??= load().then(
      (v) => (value = v),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  return Object.assign(get, { value: () => value });
}

const useStyles = makeStyles({
  overlay: {
    position: 'fixed',
    inset: 0,
    zIndex: 1000000,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    backgroundColor: tokens.colorBackgroundOverlay,
  },
  surface: {
    padding: tokens.spacingHorizontalXXL,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow64,
  },
});

/** Where a tab or a section will be: a small Spinner. */
export function InlineLoading(): ReactNode {
  return <Spinner size="tiny" label="Loading…" />;
}

/** Where a dialog will open: the dialog's dimmed backdrop with a Spinner. */
export function DialogLoading(): ReactNode {
  const styles = useStyles();
  return (
    <div className={styles.overlay}>
      <div className={styles.surface}>
        <Spinner label="Loading…" />
      </div>
    </div>
  );
}

interface BoundaryProps {
  readonly children: ReactNode;
  readonly onRetry: () => void;
}

/** A chunk that failed to load (a dropped connection): say so, and offer to fetch it again. */
class LoadFailure extends Component<BoundaryProps, { error?: Error }> {
  override state: { error?: Error } = {};

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>This part of the add-in could not be loaded ({this.state.error.message}).</MessageBarBody>
        <MessageBarActions>
          <Button
            onClick={() => {
              this.setState({ error: undefined });
              this.props.onRetry();
            }}
          >
            Try again
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}

/** A thenable that calls back at once: React's `lazy` then renders without suspending. */
function ready<T>(value: T): PromiseLike<T> {
  return {
    then<R1 = T, R2 = never>(onFulfilled?: ((v: T) => R1 | PromiseLike<R1>) | null): PromiseLike<R1 | R2> {
      return ready(onFulfilled ? (onFulfilled(value) as R1) : (value as unknown as R1));
    },
  };
}

export type Deferred<P> = ((props: P) => ReactNode) & {
  /** Fetches the component's chunk (once); resolves when it is there. */
  readonly preload: () => Promise<unknown>;
};

/**
 * A component whose code loads on first render (or on `preloadDeferred`), showing `Loading`
 * meanwhile. `load` resolves to the component (a dynamic `import()` of its module).
 */
export function deferred<P extends object>(load: () => Promise<ComponentType<P>>, Loading: ComponentType<P> | (() => ReactNode) = InlineLoading): Deferred<P> {
  const component = once(load);
  registerPreload(component);
  const make = () =>
    lazy(() => {
      const loaded = component.value();
      // React's types ask for a Promise; any thenable works (React only calls `then`).
      return loaded ? (ready({ default: loaded }) as Promise<{ default: ComponentType<P> }>) : component().then((c) => ({ default: c }));
    });
  function DeferredComponent(props: P): ReactNode {
    const [Lazy, setLazy] = useState(make);
    return (
      <LoadFailure onRetry={() => setLazy(make)}>
        <Suspense fallback={createElement(Loading as ComponentType<P>, props)}>{createElement(Lazy as ComponentType<P>, props)}</Suspense>
      </LoadFailure>
    );
  }
  return Object.assign(DeferredComponent, { preload: component });
}
