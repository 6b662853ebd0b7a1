/**
 * The grid's keyboard model when no cell is being edited, as in Excel: arrows (Ctrl to the
 * edge of the data), Enter/Tab along a run, Home/End, Page Up/Down, F2 to edit, Delete to
 * clear, Backspace or a typed character to replace, Escape to dismiss a message.
 */
import type { KeyboardEvent } from 'react';
import type { HyperFormula, SimpleCellAddress } from 'hyperformula';
import { a1, rawContent } from './model';
import type { Message, Position, useCellEditor, useTabRun } from './useCellEditor';

const PAGE_ROWS = 20;

export interface GridKeys {
  readonly hf: HyperFormula;
  readonly sheet: number;
  readonly selected: Position;
  /** The sheet's used size. */
  readonly dims: { readonly width: number; readonly height: number };
  readonly maxCols: number;
  readonly select: (row: number, col: number) => void;
  readonly step: ReturnType<typeof useTabRun>['step'];
  readonly endRun: () => void;
  readonly startEdit: ReturnType<typeof useCellEditor>['startEdit'];
  readonly write: (address: SimpleCellAddress, content: string | null) => void;
  readonly setMessage: (message: Message | undefined) => void;
}

/** Handles one key pressed on the grid itself (not in the cell editor). */
export function gridKeyDown(e: KeyboardEvent<HTMLDivElement>, g: GridKeys): void {
  const { hf, sheet, selected, dims, maxCols, select, step, endRun, startEdit, write, setMessage } = g;
  const { row, col } = selected;
  const ctrl = e.ctrlKey || e.metaKey;
  const lastRow = Math.max(0, dims.height - 1);
  const lastCol = Math.max(0, dims.width - 1);
  const go = (r: number, c: number) => {
    e.preventDefault();
    if (e.key !== 'Tab' && e.key !== 'Enter') endRun();
    select(r, c);
  };
  switch (e.key) {
    case 'ArrowUp':
      return go(ctrl ? 0 : row - 1, col);
    case 'ArrowDown':
      return go(ctrl ? Math.max(lastRow, row) : row + 1, col);
    case 'ArrowLeft':
      return go(row, ctrl ? 0 : col - 1);
    case 'ArrowRight':
      return go(row, ctrl ? Math.max(lastCol, col) : col + 1);
    case 'Enter': {
      const [dr, dc] = step('Enter', e.shiftKey, col);
      return go(row + dr, col + dc);
    }
    case 'Tab': {
      if ((e.shiftKey && col === 0) || (!e.shiftKey && col >= maxCols - 1)) return; // let focus leave the grid
      const [dr, dc] = step('Tab', e.shiftKey, col);
      return go(row + dr, col + dc);
    }
    case 'Home':
      return go(ctrl ? 0 : row, 0);
    case 'End':
      return go(ctrl ? lastRow : row, lastCol);
    case 'PageDown':
      return go(row + PAGE_ROWS, col);
    case 'PageUp':
      return go(row - PAGE_ROWS, col);
    case 'F2':
      e.preventDefault();
      return startEdit('edit', null, 'cell');
    case 'Delete':
      e.preventDefault();
      if (rawContent(hf, { sheet, row, col }) !== '') {
        try {
          write({ sheet, row, col }, null);
        } catch (err) {
          setMessage({ tone: 'error', text: `Could not clear ${a1(row, col)}: ${err instanceof Error ? err.message : String(err)}` });
        }
      }
      return;
    case 'Backspace':
      e.preventDefault();
      return startEdit('enter', '', 'cell');
    case 'Escape':
      setMessage(undefined);
      return;
    default:
      if (e.key.length === 1 && !ctrl && !e.altKey) {
        e.preventDefault();
        startEdit('enter', e.key, 'cell');
      }
  }
}
