/**
 * The selection port (../selection-port.ts) over a HyperFormula instance and a selected cell
 * (the preview's grid; a fixed cell in tests): the cell's formula (a spilled cell's is its
 * anchor's), its references read as they are now — cell by cell, so a blank cell reads as
 * blank, not 0 — expressions worked out with `calculateFormula`, and Insert's write (the
 * respiller then sizes a spill). Type-only HyperFormula import: the instance is passed in.
 */
import type { CellValue, HyperFormula, SimpleCellAddress } from 'hyperformula';
import { isLiteralName } from '../../hf/literals';
import { spillRangeOf } from '../../hf/spill';
import type { EsgContext } from '../../hf/plugin';
import { cellAddress, quoteSheetName } from '../a1';
import { NoActiveCell, type ActiveCellRead, type CellReference, type ReferenceRead, type RefScalar, type RefValue, type SelectionPort } from '../selection-port';

function scalar(v: CellValue): RefScalar {
  if (typeof v === 'object' && v !== null) {
    // DetailedCellError: { value: '#N/A', message }
    const { value, message } = v as { value?: unknown; message?: unknown };
    return { error: String(value), ...(typeof message === 'string' && message !== '' ? { message } : {}) };
  }
  return v;
}

function refValue(v: CellValue | CellValue[][]): RefValue {
  return Array.isArray(v) ? v.map((row) => row.map(scalar)) : scalar(v);
}

export class HyperFormulaSelection implements SelectionPort {
  readonly emptyAs: null | 0;

  /** `selected`: the selected cell now (undefined before anything is selected). */
  constructor(
    private readonly hf: HyperFormula,
    private readonly selected: () => SimpleCellAddress | undefined,
  ) {
    // The instance's empty-cell mode (src/hf/engine.ts), so Explain reads empty cells as its cells do.
    this.emptyAs = (hf.getConfig().context as EsgContext | undefined)?.esgEmpty === 'desktop' ? 0 : null;
  }

  private current(): SimpleCellAddress {
    const address = this.selected();
    if (address === undefined || this.hf.getSheetName(address.sheet) === undefined) throw new NoActiveCell();
    return address;
  }

  private label(address: SimpleCellAddress): string {
    return `${quoteSheetName(this.hf.getSheetName(address.sheet) ?? '')}!${cellAddress(address.row, address.col)}`;
  }

  async readActiveCell(plan: (formula: string) => readonly CellReference[]): Promise<ActiveCellRead> {
    const selected = this.current();
    let address = selected;
    let formula = this.hf.getCellFormula(address);
    // The anchor's own cell is row 0 of its spill; a cell the array spilled into, its row.
    let row = formula === undefined ? undefined : 0;
    const spill = formula === undefined ? spillRangeOf(this.hf, address) : undefined;
    if (spill !== undefined) {
      address = { sheet: spill.sheet, row: spill.top, col: spill.left };
      formula = this.hf.getCellFormula(address);
      row = selected.row - spill.top;
    }
    const cell = this.label(address);
    if (formula === undefined) return { cell, reads: [] };
    const reader = this.readerOn(address.sheet);
    const reads = plan(formula).map((ref): ReferenceRead => {
      try {
        return { ok: true, value: reader.read(ref) };
      } catch (e) {
        return { ok: false, reason: 'failed', detail: e instanceof Error ? e.message : String(e) };
      }
    });
    return { cell, formula, reads, evaluate: reader.calculate, ...(row === undefined ? {} : { row }) };
  }

  /** Reads references and works out expressions as a formula on `sheetId` sees them. */
  private readerOn(sheetId: number) {
    const hf = this.hf;
    const calculate = (expression: string): RefValue => refValue(hf.calculateFormula(`=${expression}`, sheetId));

    /** A reference read cell by cell, so that a blank cell reads as blank (not as 0). */
    const readRef = (text: string, isRange: boolean): RefValue => {
      if (isRange) {
        const range = hf.simpleCellRangeFromString(text, sheetId);
        if (range !== undefined) return refValue(hf.getRangeValues(range));
      } else {
        const address = hf.simpleCellAddressFromString(text, sheetId);
        if (address !== undefined) return scalar(hf.getCellValue(address));
      }
      return calculate(text);
    };

    const readName = (ref: CellReference): RefValue => {
      const name = ref.name ?? ref.text;
      const scope = ref.sheet === undefined ? sheetId : hf.getSheetId(ref.sheet);
      const named = (scope === undefined ? undefined : hf.getNamedExpression(name, scope)) ?? hf.getNamedExpression(name);
      if (named === undefined) return calculate(ref.text);
      const expression = named.expression;
      if (typeof expression !== 'string' || !expression.startsWith('=')) return (expression ?? null) as RefScalar;
      // A name that is one reference is read as one (blank cells stay blank); anything else is worked out.
      const body = expression.slice(1).trim();
      if (body.includes(':') ? hf.simpleCellRangeFromString(body, sheetId) !== undefined : hf.simpleCellAddressFromString(body, sheetId) !== undefined) {
        return readRef(body, body.includes(':'));
      }
      return refValue(hf.calculateFormula(expression, sheetId));
    };

    return {
      calculate,
      read: (ref: CellReference): RefValue => (ref.kind === 'name' ? readName(ref) : readRef(ref.text, ref.kind === 'range')),
    };
  }

  async writeFormula(formula: string): Promise<void> {
    this.hf.setCellContents(this.current(), formula);
  }

  async selectedAddress(): Promise<string | undefined> {
    const address = this.selected();
    return address === undefined || this.hf.getSheetName(address.sheet) === undefined ? undefined : this.label(address);
  }

  async definedNames(): Promise<readonly string[]> {
    const sheet = this.selected()?.sheet;
    const scoped = sheet === undefined || this.hf.getSheetName(sheet) === undefined ? [] : this.hf.listNamedExpressions(sheet);
    return [...new Set([...this.hf.listNamedExpressions(), ...scoped])].filter((name) => !isLiteralName(name));
  }

  /** The preview's grid tells the pane itself (its `watch` prop): no host event here. */
  async onSelectionChanged(): Promise<undefined> {
    return undefined;
  }
}
