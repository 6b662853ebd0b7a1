/**
 * The pane's shared state: the scenarios and the log as last read, which action is
 * running (one at a time: a Switch must never run while Compare is writing), and the
 * notice about the last outcome. After every action the workbook is read again.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ListOutcome, LogOutcome } from '../scenarios';
import type { PaneActions } from './actions';
import { errorNotice, type Notice } from './notices';

/** How many log rows the pane shows. */
export const LOG_ROWS = 8;

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

  const reread = useCallback(async () => {
    setState(await actions.list());
    setLog(await actions.recentLog(LOG_ROWS));
  }, [actions]);

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

  return { actions, state, log, busy, notice, setNotice, run, refresh };
}
