/**
 * An optional calculation for the fake workbook (tests/support/fake-excel.ts), for tests that
 * need Excel to compute the formulas they write (the self-test's probes): `=ESG.…(…)` calls
 * the add-in's own function wrappers with what Excel is documented to pass (`mode`): an empty
 * cell is `0` on desktop and `null` on the web, inside ranges too; a multi-cell range given to
 * a single-value parameter is "lifted" (one call per cell, spilled); a 2-D result spills below
 * and right (`#SPILL!` when blocked) and a recalculation empties the old spill area; `=a+b`
 * sums names, cell references and numbers. An error result marks its cells `error`, which
 * `Range.valueTypes` reports as Error.
 * These are our assumptions about Excel — exactly what "Check this add-in" verifies in a real
 * one. Install with `new FakeCalculator(wb, mode).install()`.
 */
import { isExcelErrorLike } from '../../../src/functions/excel-error';
import { REGISTRY } from '../../../src/functions/registry';
import { parseRange } from '../../../src/workbook/a1';
import type { FakeCell, FakeRef, FakeSheet, FakeValue, FakeWorkbook } from './model';

export type EmptyCellMode = 'desktop' | 'web';

interface Cell extends FakeCell {
  /** A cell filled by the spill of the formula at this key. */
  spilledFrom?: string;
}

const ERROR = /^#[A-Z0-9/]+[!?]?$|^#N\/A$/;

function splitArgs(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === '(') depth += 1;
    if (!quoted && ch === ')') depth -= 1;
    if (!quoted && depth === 0 && ch === ',') {
      out.push(current.trim());
      current = '';
      continue;
    }
    current += ch;
  }
  out.push(current.trim());
  return out;
}

type Arg = { kind: 'value'; value: unknown } | { kind: 'range'; values: unknown[][] } | { kind: 'error'; code: string };

export class FakeCalculator {
  private readonly spills = new Map<string, string[]>();

  constructor(
    private readonly wb: FakeWorkbook,
    private readonly mode: EmptyCellMode,
    /** A broken Excel that leaves the old spill area when a spilling formula turns into an error. */
    private readonly keepStaleSpill = false,
  ) {}

  /** Installs itself as the workbook's calculation (after every write and on `calculate`). */
  install(): void {
    const previous = this.wb.onCalculate;
    this.wb.onCalculate = (book) => {
      previous?.(book);
      this.calculate();
    };
  }

  private empty(): unknown {
    return this.mode === 'desktop' ? 0 : null;
  }

  private cellValue(sheet: FakeSheet, row: number, col: number): unknown {
    const cell = sheet.get(row, col);
    return cell === undefined || cell.value === '' ? this.empty() : cell.value;
  }

  private resolveRef(text: string, home: FakeSheet): FakeRef | undefined {
    const named = this.wb.names.get(text.trim().toLowerCase());
    if (named?.ref) return named.ref;
    const r = parseRange(text);
    if (!r) return undefined;
    const sheet = r.sheet === undefined ? home : this.wb.sheet(r.sheet);
    return sheet ? { sheet, row: r.row, col: r.col, rows: r.rows, cols: r.cols } : undefined;
  }

  private arg(text: string, home: FakeSheet): Arg {
    if (text === '') return { kind: 'value', value: null };
    if (/^".*"$/.test(text)) return { kind: 'value', value: text.slice(1, -1).replace(/""/g, '"') };
    if (/^[+-]?\d+(\.\d+)?$/.test(text)) return { kind: 'value', value: Number(text) };
    if (/^(TRUE|FALSE)$/i.test(text)) return { kind: 'value', value: text.toUpperCase() === 'TRUE' };
    const ref = this.resolveRef(text, home);
    if (!ref) return { kind: 'error', code: '#NAME?' };
    const values = Array.from({ length: ref.rows }, (_, r) => Array.from({ length: ref.cols }, (_, c) => this.cellValue(ref.sheet, ref.row + r, ref.col + c)));
    const errors = values.flat().find((v) => typeof v === 'string' && ERROR.test(v));
    // Without allowErrorForDataTypeAny, Excel gives back an error argument without calling.
    if (errors !== undefined) return { kind: 'error', code: errors as string };
    return ref.rows === 1 && ref.cols === 1 ? { kind: 'value', value: values[0][0] } : { kind: 'range', values };
  }

  /** The result of one formula: a value, or a grid to spill. */
  private evaluate(formula: string, home: FakeSheet): unknown {
    const call = /^=ESG\.([A-Z.]+)\((.*)\)$/i.exec(formula);
    if (!call) return this.sum(formula.slice(1), home);
    const spec = REGISTRY.find((f) => f.name.toUpperCase() === call[1].toUpperCase());
    if (!spec) return '#NAME?';
    const texts = call[2].trim() === '' ? [] : splitArgs(call[2]);
    const args = texts.map((t) => this.arg(t, home));
    const error = args.find((a): a is { kind: 'error'; code: string } => a.kind === 'error');
    if (error) return error.code;
    const lifted = args.findIndex((a, i) => a.kind === 'range' && !spec.params[i]?.range);
    const call1 = (values: unknown[]): unknown => {
      const result = spec.fn(...values);
      return isExcelErrorLike(result) ? result.code : result;
    };
    const plain = args.map((a) => (a.kind === 'value' ? a.value : a.kind === 'range' ? a.values : null));
    if (lifted < 0) return call1(plain);
    const grid = (args[lifted] as { values: unknown[][] }).values;
    return grid.map((row) =>
      row.map((v) => {
        const r = call1(plain.map((p, i) => (i === lifted ? v : p)));
        return Array.isArray(r) ? '#VALUE!' : r;
      }),
    );
  }

  private sum(expression: string, home: FakeSheet): unknown {
    let total = 0;
    for (const term of expression.split('+')) {
      const a = this.arg(term.trim(), home);
      if (a.kind === 'error') return a.code;
      if (a.kind !== 'value' || typeof a.value !== 'number') {
        if (a.kind === 'value' && (a.value === null || a.value === 0)) continue;
        return '#VALUE!';
      }
      total += a.value;
    }
    return total;
  }

  calculate(): void {
    for (let pass = 0; pass < 3; pass += 1) {
      for (const sheet of this.wb.sheets) {
        for (const [key, cell] of [...sheet.cells.entries()]) {
          if (cell.formula === null) continue;
          const [row, col] = key.split(',').map(Number);
          this.place(sheet, row, col, cell as Cell, this.evaluate(cell.formula, sheet));
        }
      }
    }
  }

  private place(sheet: FakeSheet, row: number, col: number, cell: Cell, result: unknown): void {
    const anchor = `${sheet.name}!${row},${col}`;
    for (const k of this.keepStaleSpill && !Array.isArray(result) ? [] : (this.spills.get(anchor) ?? [])) {
      const [r, c] = k.split(',').map(Number);
      if ((sheet.get(r, c) as Cell | undefined)?.spilledFrom === anchor) sheet.put(r, c, undefined);
    }
    this.spills.delete(anchor);
    const setAnchor = (value: unknown): void => {
      const v = (value === null || value === undefined ? 0 : value) as FakeValue;
      cell.value = v;
      if (typeof v === 'string' && ERROR.test(v)) cell.error = true;
      else delete cell.error;
    };
    if (!Array.isArray(result)) return setAnchor(result);
    const grid = result as unknown[][];
    const blocked = grid.some((line, r) => line.some((_, c) => (r > 0 || c > 0) && sheet.get(row + r, col + c) !== undefined));
    if (blocked) return setAnchor('#SPILL!');
    setAnchor(grid[0]?.[0]);
    const taken: string[] = [];
    grid.forEach((line, r) =>
      line.forEach((value, c) => {
        if (r === 0 && c === 0) return;
        const v = (value === null || value === undefined ? '' : value) as FakeValue;
        const spilled: Cell = { value: v, formula: null, spilledFrom: anchor, ...(typeof v === 'string' && ERROR.test(v) ? { error: true } : {}) };
        sheet.put(row + r, col + c, spilled);
        taken.push(`${row + r},${col + c}`);
      }),
    );
    this.spills.set(anchor, taken);
  }
}
