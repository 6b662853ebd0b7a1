/**
 * Explain, connected to the workbook: explains the selected cell when the Explain tab is
 * shown, again whenever the selection changes (the host's event, or the `watch` prop the
 * preview changes with its grid's selection and values), and on the button. The latest
 * request wins, so a quick run of selections never shows an older cell's explanation.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { EXPLAIN } from '../../explain/messages';
import type { CellHost, ExplainedCell } from '../cells';
import { useTabShown } from '../paneTab';
import { ExplainPanel } from './ExplainPanel';

export interface ExplainCellProps {
  readonly host: Pick<CellHost, 'explainSelected' | 'onSelectionChanged'>;
  /** Any value that changes when the explained cell may have changed (selection, values). */
  readonly watch?: unknown;
}

export function ExplainCell({ host, watch }: ExplainCellProps) {
  const shown = useTabShown('explain');
  const [explained, setExplained] = useState<ExplainedCell>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [stale, setStale] = useState(true);
  const latest = useRef(0);

  const explain = useCallback(async () => {
    const request = ++latest.current;
    setBusy(true);
    try {
      const result = await host.explainSelected();
      if (request !== latest.current) return;
      setExplained(result);
      setError(undefined);
    } catch (e) {
      if (request === latest.current) setError(EXPLAIN.cellUnreadable(e instanceof Error ? e.message : String(e)));
    } finally {
      if (request === latest.current) setBusy(false);
    }
  }, [host]);

  useEffect(() => setStale(true), [watch]);
  useEffect(() => host.onSelectionChanged?.(() => setStale(true)), [host]);
  useEffect(() => {
    if (!shown || !stale) return;
    setStale(false);
    void explain();
  }, [shown, stale, explain]);

  return (
    <>
      <ExplainPanel
        explanation={explained?.explanation}
        cell={explained?.cell}
        selectedRow={explained?.row}
        busy={busy}
        onRefresh={() => void explain()}
      />
      {error !== undefined && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
