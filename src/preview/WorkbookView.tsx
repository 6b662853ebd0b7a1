/**
 * A browser "workbook view" over a HyperFormula instance: name box, formula bar, grid,
 * status bar and sheet tabs, with Excel's keyboard model (type to replace, F2 to edit,
 * Enter/Tab/arrows to commit and move, Escape to cancel, Delete to clear). It re-renders
 * after any change to the instance, whoever made it. The cell editor is useCellEditor.ts, the
 * status bar StatusBar.tsx, the sheet tabs SheetTabs.tsx, the grid's keys gridKeys.ts.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { mergeClasses } from '@fluentui/react-components';
import type { HyperFormula, SimpleCellAddress } from 'hyperformula';
import { Grid, cellId } from './Grid';
import { gridKeyDown } from './gridKeys';
import { FormatPicker, FormulaInput, NameBox } from './FormulaBar';
import { a1, cellNames, nameOfCell, rawContent, readCell, resolveNameBox, spillRangeOf, type FormatOf } from './model';
import { useHfVersion, type Subscribe } from './useHfVersion';
import { useWorkbookStyles } from './styles';
import type { ChartSpec } from './ColumnChart';
import { SheetTabs } from './SheetTabs';
import { StatusBar } from './StatusBar';
import { useCellEditor, useTabRun, type Message, type Position } from './useCellEditor';
import { useGridSize } from './useGridSize';

export interface WorkbookViewProps {
  hf: HyperFormula;
  /** The number format of a cell (e.g. from the HyperFormula workbook adapter); undefined = General. */
  formatOf: FormatOf;
  /** Sets a cell's number format; when given, a format picker is shown. */
  setFormat?: (sheet: number, row: number, col: number, format: string | undefined) => void | Promise<void>;
  /** Charts on a sheet (e.g. the comparison chart Compare adds), drawn at their anchor cells. */
  chartsOf?: (sheet: number) => readonly ChartSpec[];
  /** A column's width in CSS pixels when the workbook sets one; otherwise columns fit their contents. */
  columnWidthOf?: (sheet: number, col: number) => number | undefined;
  /** Extra change notifications for things kept outside HyperFormula (formats). */
  subscribe?: Subscribe;
  /** Writes what the user typed into a cell (default: `hf.setCellContents`); null clears it. */
  write?: (address: SimpleCellAddress, content: string | null) => void;
  /** Told the selected cell of the sheet shown, whenever it (or the sheet) changes. */
  onSelectionChange?: (address: SimpleCellAddress) => void;
  /** The sheet shown, by name (controlled); otherwise the view keeps its own. */
  activeSheet?: string;
  onActiveSheetChange?: (name: string) => void;
  initialSheet?: string;
  /** Caps of the rendered grid (the used range plus a margin is shown, up to these). */
  maxRows?: number;
  maxCols?: number;
  className?: string;
}

/** A function whose identity never changes but which always runs the latest `fn`. */
function useStableCallback<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const ref = useRef(fn);
  useLayoutEffect(() => {
    ref.current = fn;
  });
  return useCallback((...args: A) => ref.current(...args), []);
}

export function WorkbookView(props: WorkbookViewProps) {
  const { hf, formatOf } = props;
  const styles = useWorkbookStyles();
  const version = useHfVersion(hf, props.subscribe);
  const maxRows = props.maxRows ?? 1000;
  const maxCols = props.maxCols ?? 52;

  const sheetNames = useMemo(() => {
    void version;
    return hf.getSheetNames();
  }, [hf, version]);
  const [ownSheet, setOwnSheet] = useState<string | undefined>(props.initialSheet);
  const wanted = props.activeSheet ?? ownSheet;
  const sheetName = wanted !== undefined && sheetNames.includes(wanted) ? wanted : sheetNames[0];
  const sheet = sheetName === undefined ? -1 : (hf.getSheetId(sheetName) ?? -1);

  const [selections, setSelections] = useState<Record<number, Position>>({});
  const selected = selections[sheet] ?? { row: 0, col: 0 };
  const selectedRef = useRef(selected);
  selectedRef.current = selected;

  const [message, setMessage] = useState<Message | undefined>();
  const gridRef = useRef<HTMLDivElement>(null);

  const write = useCallback(
    (address: SimpleCellAddress, content: string | null) => {
      if (props.write) props.write(address, content);
      else hf.setCellContents(address, content);
    },
    [hf, props.write],
  );

  const dims = sheet >= 0 ? hf.getSheetDimensions(sheet) : { width: 0, height: 0 };
  const setWidthOf = props.columnWidthOf;
  const { rows, cols, onScroll } = useGridSize({
    sheet,
    used: dims,
    selected,
    maxRows,
    maxCols,
    box: gridRef,
    setWidthOf: setWidthOf ? (col) => setWidthOf(sheet, col) : undefined,
  });

  const focusGrid = () => gridRef.current?.focus({ preventScroll: true });
  const { step, endRun } = useTabRun();

  const select = useCallback(
    (row: number, col: number, onSheet: number = sheet) => {
      const next = { row: Math.max(0, Math.min(maxRows - 1, row)), col: Math.max(0, Math.min(maxCols - 1, col)) };
      setSelections((s) => ({ ...s, [onSheet]: next }));
      setMessage(undefined);
    },
    [sheet, maxRows, maxCols],
  );

  const changeSheet = (name: string) => {
    if (props.activeSheet === undefined) setOwnSheet(name);
    props.onActiveSheetChange?.(name);
  };

  const editor = useCellEditor({ hf, sheet, selected, write, select, setMessage, focusGrid, step, endRun });
  const { editing, editingRef, commit, startEdit } = editor;

  const { onSelectionChange } = props;
  useEffect(() => {
    if (sheet >= 0) onSelectionChange?.({ sheet, row: selected.row, col: selected.col });
  }, [sheet, selected.row, selected.col, onSelectionChange]);

  // Keep the selected cell in view.
  useLayoutEffect(() => {
    if (sheet < 0) return;
    const el = document.getElementById(cellId(sheet, selected.row, selected.col));
    if (el && typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [sheet, selected.row, selected.col]);

  const onGridKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget || editingRef.current) return; // keys typed into the editor
    gridKeyDown(e, { hf, sheet, selected, dims, maxCols, select, step, endRun, startEdit, write, setMessage });
  };

  const onCellMouseDown = (row: number, col: number, e: MouseEvent) => {
    const current = editingRef.current;
    if (current && current.origin === 'cell' && current.address.row === row && current.address.col === col) return;
    if (current && !commit(undefined, false)) {
      e.preventDefault();
      return;
    }
    endRun();
    select(row, col);
  };
  const onCellDoubleClick = () => startEdit('edit', null, 'cell');
  // Stable identities, so that rows of the grid whose cells did not change are not re-rendered.
  const stableMouseDown = useStableCallback(onCellMouseDown);
  const stableDoubleClick = useStableCallback(onCellDoubleClick);

  const names = useMemo(() => {
    void version;
    return sheet >= 0 ? cellNames(hf, sheet) : [];
  }, [hf, sheet, version]);

  const onNavigate = (text: string): boolean => {
    if (!commit(undefined, false)) return false;
    const target = resolveNameBox(hf, text, sheet);
    if (!target) {
      setMessage({ tone: 'error', text: `"${text}" is not a cell address or a defined name.` });
      return false;
    }
    const targetName = hf.getSheetName(target.sheet);
    if (targetName !== undefined && target.sheet !== sheet) changeSheet(targetName);
    endRun();
    select(target.row, target.col, target.sheet);
    focusGrid();
    return true;
  };

  if (sheet < 0 || sheetName === undefined) {
    return <div className={mergeClasses(styles.root, props.className)}>This workbook has no sheets.</div>;
  }

  const address = { sheet, ...selected };
  const view = readCell(hf, address, formatOf);
  const spill = spillRangeOf(hf, address);
  const raw = rawContent(hf, address);
  const anchorFormula = spill && raw === '' ? hf.getCellFormula({ sheet, row: spill.top, col: spill.left }) : undefined;
  const cellEditing = editing && editing.origin === 'cell' && editing.address.sheet === sheet ? editing : null;
  const barEditing = editing && editing.origin === 'bar' && editing.address.sheet === sheet ? editing : null;

  return (
    <section className={mergeClasses(styles.root, props.className)} aria-label="Workbook">
      <div className={styles.bar} data-region="formula-bar">
        <NameBox
          display={nameOfCell(names, address) ?? a1(selected.row, selected.col)}
          names={names.map((n) => n.name)}
          onNavigate={onNavigate}
          onCancel={focusGrid}
        />
        <FormulaInput
          inputRef={editor.barRef}
          value={editing ? editing.draft : raw}
          placeholder={anchorFormula}
          onFocus={editor.onBarFocus}
          onChange={editor.onDraftChange}
          onKeyDown={editor.onBarKeyDown}
          onBlur={editor.onBarBlur}
        />
        {props.setFormat && (
          <FormatPicker
            format={formatOf(sheet, selected.row, selected.col)}
            onChange={(format) => {
              const at = a1(selected.row, selected.col);
              Promise.resolve(props.setFormat?.(sheet, selected.row, selected.col, format)).catch((err: unknown) =>
                setMessage({ tone: 'error', text: `Could not format ${at}: ${err instanceof Error ? err.message : String(err)}` }),
              );
              focusGrid();
            }}
          />
        )}
      </div>
      <Grid
        hf={hf}
        sheet={sheet}
        sheetName={sheetName}
        formatOf={formatOf}
        columnWidthOf={props.columnWidthOf}
        charts={props.chartsOf?.(sheet)}
        version={version}
        rows={rows}
        cols={cols}
        selected={selected}
        spill={spill}
        gridRef={gridRef}
        editor={
          cellEditing
            ? { value: cellEditing.draft, onChange: editor.onDraftChange, onKeyDown: editor.onEditorKeyDown, onBlur: editor.onEditorBlur, inputRef: editor.editorRef }
            : undefined
        }
        draft={barEditing ? barEditing.draft : undefined}
        onKeyDown={onGridKeyDown}
        onScroll={onScroll}
        onCellMouseDown={stableMouseDown}
        onCellDoubleClick={stableDoubleClick}
      />
      <StatusBar message={message} selected={selected} view={view} spill={spill} />
      <SheetTabs
        sheetNames={sheetNames}
        selected={sheetName}
        onSelect={(name) => {
          if (commit(undefined, false)) changeSheet(name);
        }}
      />
    </section>
  );
}
