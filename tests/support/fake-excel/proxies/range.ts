/** Range proxies: values, formulas, formats, spills and merged areas of the fake workbook's cells. */
import { quoteSheetName, rangeAddress } from '../../../../src/workbook/a1';
import { Loadable } from '../loadable';
import { FakeCell, FakeOfficeError, FakeRef, parseInput } from '../model';
import { FakeContext, must } from '../sync';
import { WorksheetProxy } from './sheets';

export function addressOf(ref: FakeRef): string {
  return `${quoteSheetName(ref.sheet.name)}!${rangeAddress(ref)}`;
}

export class RangeProxy extends Loadable {
  constructor(
    ctx: FakeContext,
    readonly resolve: () => FakeRef | null,
    orNull: boolean,
  ) {
    super(ctx, orNull);
  }

  /** The worksheet the range is on. */
  get worksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.resolve()?.sheet ?? null, false);
  }

  protected capture(props?: readonly string[]): Record<string, unknown> | null {
    const ref = this.resolve();
    if (!ref) return null;
    const want = (p: string): boolean => props === undefined || props.includes(p);
    if (['values', 'formulas', 'numberFormat', 'valueTypes'].some(want)) this.ctx.received({}, ref.rows * ref.cols, true);
    const grid = (f: (cell: FakeCell | undefined) => unknown): unknown[][] =>
      Array.from({ length: ref.rows }, (_, r) => Array.from({ length: ref.cols }, (_, c) => f(ref.sheet.get(ref.row + r, ref.col + c))));
    return {
      address: addressOf(ref),
      rowCount: ref.rows,
      columnCount: ref.cols,
      cellCount: ref.rows * ref.cols,
      ...(want('values') ? { values: grid((cell) => cell?.value ?? '') } : {}),
      // A constant cell's formula is its constant (a text typed as '=x reads =x).
      ...(want('formulas') ? { formulas: grid((cell) => cell?.formula ?? cell?.value ?? '') } : {}),
      ...(want('numberFormat') ? { numberFormat: grid((cell) => cell?.numberFormat ?? 'General') } : {}),
      // A formula's result starting with # is an error value; a constant is text however it reads.
      ...(want('valueTypes')
        ? {
            valueTypes: grid((cell) =>
              cell === undefined || cell.value === ''
                ? 'Empty'
                : typeof cell.value === 'number'
                  ? 'Double'
                  : typeof cell.value === 'boolean'
                    ? 'Boolean'
                    : cell.error === true || (cell.formula !== null && cell.value.startsWith('#'))
                      ? 'Error'
                      : 'String',
            ),
          }
        : {}),
    };
  }

  protected override cellsRead(data: Record<string, unknown>, props?: readonly string[]): number {
    const perCell = ['values', 'formulas', 'numberFormat', 'valueTypes', 'text'];
    return props === undefined || props.some((p) => perCell.includes(p)) ? Number(data.cellCount) : 0;
  }

  private writeCells(kind: string, input: unknown[][], apply: (ref: FakeRef, r: number, c: number, v: unknown) => void): void {
    this.ctx.push(true, () => {
      const ref = must(this.resolve(), 'range');
      if (input.length !== ref.rows || input.some((row) => row.length !== ref.cols)) {
        throw new FakeOfficeError('InvalidArgument', `${kind}: ${input.length} rows for a ${ref.rows}x${ref.cols} range`);
      }
      input.forEach((row, r) => row.forEach((v, c) => apply(ref, r, c, v)));
    }, input);
  }

  private put(ref: FakeRef, r: number, c: number, v: unknown): void {
    this.ctx.wb.blockSpills(ref.sheet, ref.row + r, ref.col + c);
    const parsed = parseInput(v);
    const old = ref.sheet.get(ref.row + r, ref.col + c);
    const format = old?.numberFormat;
    if (parsed === undefined) {
      ref.sheet.put(ref.row + r, ref.col + c, format ? { value: '', formula: null, numberFormat: format } : undefined);
      this.ctx.wb.reflowSpills(ref.sheet, ref.row + r, ref.col + c);
    } else ref.sheet.put(ref.row + r, ref.col + c, { ...parsed, ...(format ? { numberFormat: format } : {}) });
  }

  get values(): unknown[][] {
    return this.loaded('values') as unknown[][];
  }
  set values(input: unknown[][]) {
    this.writeCells('values', input, (ref, r, c, v) => this.put(ref, r, c, v));
  }
  get formulas(): unknown[][] {
    return this.loaded('formulas') as unknown[][];
  }
  set formulas(input: unknown[][]) {
    this.writeCells('formulas', input, (ref, r, c, v) => this.put(ref, r, c, v));
  }
  get valueTypes(): unknown[][] {
    return this.loaded('valueTypes') as unknown[][];
  }
  /** Writes entity cards (ExcelApi 1.16); the fake keeps each one's display text as the cell's value (what Excel is documented to pass a function that does not opt in to data types). */
  set valuesAsJson(input: { text?: unknown }[][]) {
    this.writeCells('valuesAsJson', input, (ref, r, c, v) => ref.sheet.put(ref.row + r, ref.col + c, { value: String((v as { text?: unknown }).text ?? ''), formula: null }));
  }
  get numberFormat(): unknown[][] {
    return this.loaded('numberFormat') as unknown[][];
  }
  set numberFormat(input: unknown[][]) {
    this.writeCells('numberFormat', input, (ref, r, c, v) => {
      const old = ref.sheet.get(ref.row + r, ref.col + c);
      ref.sheet.put(ref.row + r, ref.col + c, { value: old?.value ?? '', formula: old?.formula ?? null, numberFormat: String(v) });
    });
  }
  get address(): string {
    return this.loaded('address') as string;
  }
  get rowCount(): number {
    return this.loaded('rowCount') as number;
  }
  get columnCount(): number {
    return this.loaded('columnCount') as number;
  }
  get format(): { columnWidth: number } {
    const ctx = this.ctx;
    const resolve = this.resolve;
    return {
      set columnWidth(_points: number) {
        ctx.push(true, () => must(resolve(), 'range'));
      },
      get columnWidth(): number {
        throw new FakeOfficeError('PropertyNotLoaded', 'columnWidth');
      },
    };
  }

  /** A range relative to this one (`getCell`, `getColumn`, `getResizedRange`, ExcelApi 1.1/1.2), resolved at sync. */
  private derived(f: (ref: FakeRef) => FakeRef): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => {
        const ref = this.resolve();
        return ref ? f(ref) : null;
      },
      false,
    );
  }

  getCell(row: number, column: number): RangeProxy {
    return this.derived((ref) => ({ sheet: ref.sheet, row: ref.row + row, col: ref.col + column, rows: 1, cols: 1 }));
  }

  getColumn(column: number): RangeProxy {
    return this.derived((ref) => {
      if (column >= ref.cols) throw new FakeOfficeError('InvalidArgument', `column ${column} of a ${ref.cols}-column range`);
      return { sheet: ref.sheet, row: ref.row, col: ref.col + column, rows: ref.rows, cols: 1 };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derived((ref) => ({ sheet: ref.sheet, row: ref.row, col: ref.col, rows: ref.rows + deltaRows, cols: ref.cols + deltaColumns }));
  }

  getLastRow(): RangeProxy {
    return this.derived((r) => ({ ...r, row: r.row + r.rows - 1, rows: 1 }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this.derived((r) => ({ ...r, row: r.row + rowOffset, col: r.col + columnOffset }));
  }

  /** The anchor of the spill this one-cell range is in (not the anchor itself), else a null object. */
  getSpillParentOrNullObject(): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => {
        const ref = this.resolve();
        if (!ref || ref.rows !== 1 || ref.cols !== 1) return null;
        const p = this.ctx.wb.spillAt(ref.sheet, ref.row, ref.col);
        return p ? { sheet: p.sheet, row: p.row, col: p.col, rows: 1, cols: 1 } : null;
      },
      true,
    );
  }

  getMergedAreasOrNullObject(): MergedAreasProxy {
    return new MergedAreasProxy(this.ctx, () => {
      const ref = this.resolve();
      if (!ref) return [];
      return this.ctx.wb.merges.filter(
        (m) =>
          m.sheet === ref.sheet &&
          m.row < ref.row + ref.rows &&
          ref.row < m.row + m.rows &&
          m.col < ref.col + ref.cols &&
          ref.col < m.col + m.cols,
      );
    });
  }

  /** Selects the range: its sheet becomes the active one, its top-left cell the active cell. */
  select(): void {
    this.ctx.push(true, () => {
      const ref = must(this.resolve(), 'range');
      this.ctx.wb.select(ref.sheet.name, rangeAddress(ref));
    });
  }

  clear(_applyTo?: string): void {
    this.ctx.push(true, () => {
      const ref = must(this.resolve(), 'range');
      for (const key of [...ref.sheet.cells.keys()]) {
        const [r, c] = key.split(',').map(Number);
        if (r >= ref.row && r < ref.row + ref.rows && c >= ref.col && c < ref.col + ref.cols) ref.sheet.cells.delete(key);
      }
    });
  }
}

export class MergedAreasProxy extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly areas: () => FakeRef[],
  ) {
    super(ctx, true);
  }

  protected capture(): Record<string, unknown> | null {
    const areas = this.areas();
    return areas.length === 0 ? null : { address: areas.map(addressOf).join(','), areaCount: areas.length };
  }

  get address(): string {
    return this.loaded('address') as string;
  }
}
