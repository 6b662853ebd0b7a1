/**
 * The workbook view's cell editor, Excel's way: typing replaces a cell ('enter' mode, arrows
 * commit), F2 / double-click / the formula bar edit it ('edit' mode, arrows move the caret),
 * Enter/Tab commit and move (Enter after a run of Tabs returns to the column the run began
 * in), Escape cancels, and a formula HyperFormula cannot parse is not committed.
 */
import { useCallback, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { HyperFormula, SimpleCellAddress } from 'hyperformula';
import { a1, rawContent } from './model';

export interface Position {
  row: number;
  col: number;
}

export interface Editing {
  address: SimpleCellAddress;
  /** 'enter': started by typing, arrows commit; 'edit': F2 / double-click / formula bar, arrows move the caret. */
  mode: 'enter' | 'edit';
  origin: 'cell' | 'bar';
  draft: string;
  original: string;
}

export interface Message {
  tone: 'error' | 'info';
  text: string;
}

/** Where Enter/Tab go: Enter after a run of Tabs returns to the column the run began in, as in Excel. */
export function useTabRun() {
  const tabStart = useRef<number | null>(null);
  const step = useCallback((key: 'Enter' | 'Tab', shift: boolean, col: number): [number, number] => {
    if (key === 'Tab') {
      if (tabStart.current === null) tabStart.current = col;
      return [0, shift ? -1 : 1];
    }
    const back = !shift && tabStart.current !== null ? tabStart.current - col : 0;
    tabStart.current = null;
    return [shift ? -1 : 1, back];
  }, []);
  const endRun = useCallback(() => {
    tabStart.current = null;
  }, []);
  return { step, endRun };
}

export interface CellEditorOptions {
  readonly hf: HyperFormula;
  /** The sheet shown (-1: none) and its selected cell. */
  readonly sheet: number;
  readonly selected: Position;
  readonly write: (address: SimpleCellAddress, content: string | null) => void;
  readonly select: (row: number, col: number, onSheet?: number) => void;
  readonly setMessage: (message: Message | undefined) => void;
  readonly focusGrid: () => void;
  readonly step: ReturnType<typeof useTabRun>['step'];
  readonly endRun: () => void;
}

export function useCellEditor({ hf, sheet, selected, write, select, setMessage, focusGrid, step, endRun }: CellEditorOptions) {
  const [editing, setEditingState] = useState<Editing | null>(null);
  const editingRef = useRef<Editing | null>(null);
  const setEditing = useCallback((next: Editing | null) => {
    editingRef.current = next;
    setEditingState(next);
  }, []);
  const editorRef = useRef<HTMLInputElement>(null);
  const barRef = useRef<HTMLInputElement>(null);

  /** Commits the edit in progress; false (and still editing) when the formula cannot be parsed. */
  const commit = (move?: [number, number], focus = true): boolean => {
    const current = editingRef.current;
    if (!current) return true;
    const text = current.draft;
    if (text.startsWith('=') && !hf.validateFormula(text)) {
      setMessage({ tone: 'error', text: "There's a problem with this formula: check its brackets, commas and quotes (Escape cancels)." });
      return false;
    }
    setEditing(null);
    if (text !== current.original) {
      try {
        write(current.address, text === '' ? null : text);
      } catch (err) {
        setMessage({ tone: 'error', text: `Could not change ${a1(current.address.row, current.address.col)}: ${err instanceof Error ? err.message : String(err)}` });
      }
    }
    if (move) select(current.address.row + move[0], current.address.col + move[1], current.address.sheet);
    if (focus) focusGrid();
    return true;
  };

  const cancel = () => {
    setEditing(null);
    setMessage(undefined);
    focusGrid();
  };

  const startEdit = (mode: Editing['mode'], draft: string | null, origin: Editing['origin']) => {
    if (sheet < 0) return;
    const address = { sheet, row: selected.row, col: selected.col };
    const original = rawContent(hf, address);
    setEditing({ address, mode, origin, draft: draft ?? original, original });
  };

  // Put the caret at the end of the in-cell editor when editing starts there.
  const editorKey = editing && editing.origin === 'cell' ? `${editing.address.row}:${editing.address.col}:${editing.mode}` : '';
  useLayoutEffect(() => {
    const input = editorRef.current;
    if (!editorKey || !input) return;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }, [editorKey]);

  const onEditorKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const current = editingRef.current;
    if (!current) return;
    const arrows: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      commit(step(e.key, e.shiftKey, current.address.col));
    } else if (e.key === 'Escape') {
      e.preventDefault();
      cancel();
    } else if (e.key === 'F2') {
      e.preventDefault();
      setEditing({ ...current, mode: current.mode === 'enter' ? 'edit' : 'enter' });
    } else if (e.key in arrows && current.mode === 'enter' && current.origin === 'cell') {
      e.preventDefault();
      endRun();
      commit(arrows[e.key]);
    }
  };

  const onEditorBlur = (e: FocusEvent<HTMLInputElement>) => {
    const current = editingRef.current;
    if (!current) return;
    if (e.relatedTarget && e.relatedTarget === barRef.current) {
      setEditing({ ...current, origin: 'bar', mode: 'edit' }); // carry on in the formula bar
      return;
    }
    commit(undefined, false);
  };

  const onBarFocus = () => {
    if (!editingRef.current) startEdit('edit', null, 'bar');
  };
  const onBarBlur = (e: FocusEvent<HTMLInputElement>) => {
    if (e.relatedTarget && e.relatedTarget === editorRef.current) return;
    commit(undefined, false);
  };
  const onBarKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const current = editingRef.current;
    if (e.key === 'Enter' || (e.key === 'Tab' && current)) {
      e.preventDefault();
      commit(step(e.key, e.shiftKey, current?.address.col ?? selected.col));
    } else if (e.key === 'Escape') {
      e.preventDefault();
      cancel();
    }
  };
  const onDraftChange = (draft: string) => {
    const current = editingRef.current;
    if (current) setEditing({ ...current, draft });
  };

  return {
    editing,
    editingRef,
    editorRef,
    barRef,
    commit,
    startEdit,
    onEditorKeyDown,
    onEditorBlur,
    onBarFocus,
    onBarBlur,
    onBarKeyDown,
    onDraftChange,
  };
}
