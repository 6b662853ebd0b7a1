/**
 * The pane's shared state: the scenarios and the log as last read, which action is
 * running (one at a time: a Switch must never run while Compare is writing), and the
 * notice about the last outcome. After every action the workbook is read again, and
 * whenever the host says it may have changed (the pane became visible, a cell was
 * edited: debounced, ignored while the pane's own action is writing) — so a typed-over
 * input shows as unsaved without pressing Refresh, and a success notice about a state
 * that no longer holds goes away.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ListOutcome, LogOutcome } from '../scenarios';
import type { PaneActions } from './actions';
import { errorNotice, type Notice } from './notices';

/** How many log rows the pane shows. */
export const LOG_ROWS = 8;

/** Edits closer together than this are read once (typing, a paste, a co-author's burst). */
export const WATCH_DEBOUNCE_MS = 400;

/** What a success notice is about: if this changes, the notice is stale. */
function summary(state: ListOutcome | undefined): string {
  if (state?.kind !== 'state') return state?.kind ?? '';
  return JSON.stringify([state.active, state.scenarios.map((s) => s.name), state.unsaved.map((u) => [u.input, u.current])]);
}

export interface Pane {
  readonly actions: PaneActions;
  /** `undefined` until the first read has finished. */
  readonly state: ListOutcome | undefined;
  readonly log: LogOutcome | undefined;
  /** What is running (a sentence for the Spinner), or `undefined`. */
  readonly busy: string | undefined;
  readonly notice: Notice | undefined;
  readonly setNotice: (notice: Notice | undefined) => void;
  /**
   * Runs `action` unless another is running, reads the workbook again, then sets the
   * notice from `describe(outcome)` (when it gives one; the last notice is cleared). Resolves to the outcome, or
   * `undefined` when nothing ran or the workbook threw (the notice then says so).
   */
  readonly run: <T>(label: string, action: () => Promise<T>, describe?: (outcome: T) => Notice | undefined) => Promise<T | undefined>;
  readonly refresh: () => Promise<void>;
}

export function usePane(actions: PaneActions): Pane {
  const [state, setState] = useState<ListOutcome>();
  const [log, setLog] = useState<LogOutcome>();
  const [busy, setBusy] = useState<string>();
  const [notice, setNotice] = useState<Notice>();
  const running = useRef(false);
  const lastRead = useRef('');

  // Reads may overlap (an action's and one the host asked for): only the latest is shown.
  const readSeq = useRef(0);

  const reread = useCallback(async () => {
    const seq = ++readSeq.current;
    const listed = await actions.list();
    const logged = await actions.recentLog(LOG_ROWS);
    if (seq !== readSeq.current) return;
    lastRead.current = summary(listed);
    setState(listed);
    setLog(logged);
  }, [actions]);

  /** A read the host asked for: no spinner; skipped while an action runs (it reads after). */
  const quietRead = useCallback(async () => {
    if (running.current) return;
    try {
      const before = lastRead.current;
      await reread();
      if (lastRead.current !== before) setNotice((n) => (n?.intent === 'success' || n?.intent === 'info' ? undefined : n));
    } catch (error) {
      if (!running.current) setNotice(errorNotice(error));
    }
  }, [reread]);

  const run = useCallback(
    async <T>(label: string, action: () => Promise<T>, describe?: (outcome: T) => Notice | undefined): Promise<T | undefined> => {
      if (running.current) return undefined;
      running.current = true;
      setBusy(label);
      setNotice(undefined);
      let outcome: T | undefined;
      let said: Notice | undefined;
      try {
        outcome = await action();
        said = describe?.(outcome);
      } catch (error) {
        said = errorNotice(error);
      }
      try {
        await reread();
      } catch (error) {
        if (said?.intent !== 'error') said = errorNotice(error);
      } finally {
        // The notice appears with the workbook as it is after the action.
        if (said) setNotice(said);
        running.current = false;
        setBusy(undefined);
      }
      return outcome;
    },
    [reread],
  );

  const refresh = useCallback(async () => {
    await run('Reading the workbook…', async () => undefined);
  }, [run]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(() => {
    if (!actions.watch) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = actions.watch((why) => {
      // The pane's own writes: it reads the workbook again when the action ends.
      if (running.current && why === 'edited') return;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        void quietRead();
      }, why === 'visible' ? 0 : WATCH_DEBOUNCE_MS);
    });
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      stop();
    };
  }, [actions, quietRead]);

  return { actions, state, log, busy, notice, setNotice, run, refresh };
}
