/**
 * The HyperFormula adapter's write translator: each port write as HyperFormula calls (and
 * the adapter's own registries of formats, widths, charts and tables), a run of named-cell
 * writes grouped (./named-cells.ts), and a name's range from its expression. The port
 * (HyperFormulaWorkbook.ts) checks the guards and calls these.
 */
import { parseRange, qualifiedAddress } from '../a1';
import { nameKey, type WriteOp } from '../port';
import { writeCells, type CellWrite } from './named-cells';
import { toRaw } from './state';
import { HfTables } from './tables';

const lower = nameKey;

/**
 * A name's expression parsed as a range (`parseRange`, a pure function of the text), kept
 * per text: a Switch resolves each input's name three times (read, guard, write).
 */
const PARSED = new Map<string, ReturnType<typeof parseRange>>();
function parsedExpression(expression: string): ReturnType<typeof parseRange> {
  let range = PARSED.get(expression);
  if (range === undefined && !PARSED.has(expression)) {
    if (PARSED.size >= 100_000) PARSED.clear();
    const parsed = parseRange(expression);
    range = parsed === undefined ? undefined : Object.freeze(parsed);
    PARSED.set(expression, range);
  }
  return range;
}

/** Names' ranges and writes, over the emulated tables. */
export class HfWrites extends HfTables {
  /** A name's range, from its expression alone (usable while evaluation is suspended). */
  protected nameRange(name: string): { canonical: string; refersTo: string; sheetId?: number; range?: ReturnType<typeof parseRange> } | undefined {
    // Named expressions are looked up case-insensitively (as Excel's names); listing them all
    // for each lookup would make a read of n names cost n² with many inputs.
    const canonical = name.trim();
    const found = canonical === '' ? undefined : this.hf.getNamedExpression(canonical);
    if (found === undefined) return undefined;
    const expression = found.expression;
    const range = expression === undefined ? undefined : parsedExpression(expression);
    const sheetId = range?.sheet === undefined ? undefined : this.sheetId(range.sheet);
    return { canonical, refersTo: expression ?? '', range, ...(sheetId === undefined ? {} : { sheetId }) };
  }

  /**
   * Runs the ops in order, each run of named-cell writes as few HyperFormula writes as its
   * cells allow (./named-cells.ts); an op that fails stops the batch there, as `apply` does.
   */
  protected applyGrouped(ops: readonly WriteOp[]): void {
    const pending: CellWrite[] = [];
    for (const op of ops) {
      if (op.kind === 'setNamedCell') {
        const at = this.namedCell(op.name);
        if (at === undefined) {
          writeCells(this.hf, pending.splice(0));
          this.apply(op); // throws, as it does for this name
        } else {
          pending.push({ ...at, content: toRaw(op.value) });
        }
        continue;
      }
      writeCells(this.hf, pending.splice(0));
      this.apply(op);
    }
    writeCells(this.hf, pending);
  }

  /** Where a name's single cell is, or undefined when it is not the name of a single cell. */
  protected namedCell(name: string): { sheet: number; row: number; col: number } | undefined {
    const found = this.nameRange(name);
    if (!found?.range || found.sheetId === undefined || found.range.rows !== 1 || found.range.cols !== 1) return undefined;
    return { sheet: found.sheetId, row: found.range.row, col: found.range.col };
  }

  protected apply(op: WriteOp): void {
    switch (op.kind) {
      case 'expectNamedCell':
      case 'expectTableHeader':
      case 'expectTableColumn':
        return; // checked before the batch
      case 'deleteName': {
        const found = this.nameRange(op.name);
        if (found === undefined) throw new Error(`The workbook has no name ${op.name}`);
        this.hf.removeNamedExpression(found.canonical);
        return;
      }
      case 'deleteSheet': {
        const id = this.requireSheet(op.sheet);
        const k = lower(op.sheet);
        this.hf.removeSheet(id);
        for (const [name, t] of this.tableRegistry) if (lower(t.sheet) === k) this.tableRegistry.delete(name);
        for (const f of [...this.formats.keys()]) if (f.startsWith(`${k}!`)) this.formats.delete(f);
        for (const w of [...this.widths.keys()]) if (w.startsWith(`${k}!`)) this.widths.delete(w);
        for (let i = this.chartList.length - 1; i >= 0; i -= 1) {
          if (lower(this.chartList[i].sheet) === k) this.chartList.splice(i, 1);
        }
        if (this.active !== undefined && lower(this.active) === k) this.active = undefined;
        return;
      }
      case 'setNamedCell': {
        const at = this.namedCell(op.name);
        if (at === undefined) throw new Error(`${op.name} is not the name of a single cell`);
        this.hf.setCellContents(at, [[toRaw(op.value)]]);
        return;
      }
      case 'setCells': {
        const sheet = this.requireSheet(op.sheet);
        const at = parseRange(op.address);
        if (!at) throw new Error(`Bad address ${op.address}`);
        this.hf.setCellContents({ sheet, row: at.row, col: at.col }, op.cells.map((row) => row.map(toRaw)));
        return;
      }
      case 'addSheet':
        this.hf.addSheet(op.sheet);
        return;
      case 'activateSheet':
        this.requireSheet(op.sheet);
        this.active = op.sheet;
        return;
      case 'clearSheet': {
        const sheet = this.requireSheet(op.sheet);
        this.hf.clearSheet(sheet);
        const k = lower(op.sheet);
        for (const [name, t] of this.tableRegistry) if (lower(t.sheet) === k) this.tableRegistry.delete(name);
        for (const f of [...this.formats.keys()]) if (f.startsWith(`${k}!`)) this.formats.delete(f);
        for (let i = this.chartList.length - 1; i >= 0; i -= 1) {
          if (lower(this.chartList[i].sheet) === k) this.chartList.splice(i, 1);
        }
        return;
      }
      case 'defineName': {
        const sheetName = this.hf.getSheetName(this.requireSheet(op.sheet)) ?? op.sheet;
        const at = parseRange(op.address);
        if (!at) throw new Error(`Bad address ${op.address}`);
        this.hf.addNamedExpression(op.name, `=${qualifiedAddress(sheetName, at)}`);
        return;
      }
      case 'setNumberFormat': {
        this.requireSheet(op.sheet);
        const at = parseRange(op.address);
        if (!at) throw new Error(`Bad address ${op.address}`);
        for (let r = 0; r < at.rows; r += 1) {
          for (let c = 0; c < at.cols; c += 1) this.formats.set(`${lower(op.sheet)}!${at.row + r},${at.col + c}`, op.format);
        }
        return;
      }
      case 'setColumnWidth': {
        const at = parseRange(op.address);
        if (!at) throw new Error(`Bad address ${op.address}`);
        for (let c = 0; c < at.cols; c += 1) this.widths.set(`${lower(op.sheet)}!${at.col + c}`, op.points);
        return;
      }
      case 'addColumnChart':
        this.requireSheet(op.sheet);
        this.chartList.push({
          sheet: op.sheet,
          name: op.name,
          type: 'columnClustered',
          source: op.source,
          seriesBy: op.seriesBy,
          title: op.title,
          anchor: op.anchor,
          ...(op.end === undefined ? {} : { end: op.end }),
          ...(op.secondary === undefined ? {} : { secondary: [...op.secondary] }),
          ...(op.axisTitles === undefined ? {} : { axisTitles: { ...op.axisTitles } }),
          ...(op.horizontalLabels === undefined ? {} : { horizontalLabels: op.horizontalLabels }),
        });
        return;
      default:
        if (!this.applyTableOp(op)) throw new Error(`Unknown write ${op.kind}`);
    }
  }
}
