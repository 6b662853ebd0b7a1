/**
 * The real task pane in the preview: the scenario actions over the HyperFormula workbook
 * adapter, and Explain and Insert over HyperFormula and the grid's selected cell.
 */
import { useMemo, useRef } from 'react';
import type { HyperFormula, SimpleCellAddress } from 'hyperformula';
import { App, type PaneTab } from '../taskpane/App';
import type { PaneActions } from '../taskpane/actions';
import type { CellHost } from '../taskpane/cells';
import { ExplainCell } from '../taskpane/explain/ExplainCell';
import { InsertCell } from '../taskpane/insert/InsertCell';
import { previewCellHost } from './cells';
import { useHfVersion } from './useHfVersion';

export interface PreviewPaneProps {
  readonly hf: HyperFormula;
  /** Built once (the pane reads the workbook again whenever its actions change). */
  readonly actions: PaneActions;
  readonly selection: SimpleCellAddress | undefined;
  readonly initialTab?: PaneTab;
}

/** Explain follows the selection and every change of the workbook's values. */
function PreviewExplain({ hf, host, selection }: { hf: HyperFormula; host: CellHost; selection: SimpleCellAddress | undefined }) {
  const version = useHfVersion(hf);
  const watch = selection === undefined ? `-:${version}` : `${selection.sheet}:${selection.row}:${selection.col}:${version}`;
  return <ExplainCell host={host} watch={watch} />;
}

/** The preview's change notification, as Excel's worksheet change events are for the pane. */
export function watchHf(hf: HyperFormula): NonNullable<PaneActions['watch']> {
  return (onChange) => {
    const edited = () => onChange('edited');
    hf.on('valuesUpdated', edited);
    hf.on('sheetAdded', edited);
    hf.on('sheetRemoved', edited);
    return () => {
      hf.off('valuesUpdated', edited);
      hf.off('sheetAdded', edited);
      hf.off('sheetRemoved', edited);
    };
  };
}

export function PreviewPane({ hf, actions, selection, initialTab }: PreviewPaneProps) {
  const selected = useRef(selection);
  selected.current = selection;
  const host = useMemo(() => previewCellHost(hf, () => selected.current), [hf]);
  const watched = useMemo(() => (actions.watch ? actions : { ...actions, watch: watchHf(hf) }), [actions, hf]);
  return (
    <App
      actions={watched}
      initialTab={initialTab}
      explain={<PreviewExplain hf={hf} host={host} selection={selection} />}
      insert={<InsertCell host={host} />}
    />
  );
}
