/**
 * Keeps spilled `ESG.*` arrays the right size.
 *
 * HyperFormula fixes the size of an array formula when it parses it; the ESG plugin
 * predicts that size from the current values of the formula's inputs (src/hf/predict.ts).
 * So when an input that decides the size changes (e.g. `years` of `ESG.PROJECT` in a
 * cell), the formula must be re-entered to be parsed, and sized, again. This module does
 * that after every change to the instance, whoever made it:
 *
 * - it tracks each formula cell that calls a spilling ESG function, with a signature of
 *   its inputs' current values (cells, ranges, and named expressions it names);
 * - after a change, a formula whose signature changed is re-entered (one batch);
 * - a spilling formula it has not seen before is re-entered once, since it may have been
 *   parsed before its inputs had values (workbook load, a batch that wrote the formula
 *   before its inputs);
 * - re-entering may change other spills' inputs (a spill over a spill), so it repeats
 *   until nothing changes (a few passes at most);
 * - a formula showing #SPILL! is re-entered after each outside change: HyperFormula,
 *   unlike Excel, never retries a spill whose range was blocked once the blocker is gone.
 *
 * Between the change and the re-entry (inside the same call, before any listener of
 * the preview sees it) an outgrown spill shows #SPILL! rather than crashing
 * HyperFormula: see `fitParsedSize` in src/hf/plugin.ts.
 */
import { DetailedCellError, ErrorType, type HyperFormula, type SimpleCellAddress, type SimpleCellRange } from 'hyperformula';
import { CATALOGUE, type CatalogueEntry } from '../engine';
import { formulaName } from './plugin';

/** Same limit as the size predictor: a larger range is "unknown" to it, so its values cannot change a size. */
const MAX_RANGE_CELLS = 10_000;
const MAX_PASSES = 5;

export function spillingFunctionNames(catalogue: readonly CatalogueEntry[] = CATALOGUE): string[] {
  return catalogue.filter((e) => e.spills).map(formulaName);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A matcher for formulas that call one of `names` (outside string literals, any case). */
export function spillCallMatcher(names: readonly string[]): (formula: string) => boolean {
  if (names.length === 0) return () => false;
  const pattern = new RegExp(`(^|[^A-Za-z0-9_.])(${names.map(escapeRegExp).join('|')})\\s*\\(`, 'i');
  return (formula) => pattern.test(formula.replace(/"(?:[^"]|"")*"/g, '""'));
}

function isRange(x: SimpleCellAddress | SimpleCellRange): x is SimpleCellRange {
  return 'start' in x;
}

function jsonValue(value: unknown): unknown {
  if (value instanceof DetailedCellError) return { error: value.value };
  return value;
}

interface Cell {
  address: SimpleCellAddress;
  formula: string;
}

function keyOf(address: SimpleCellAddress): string {
  return `${address.sheet}:${address.row}:${address.col}`;
}

interface Tracked {
  formula: string;
  signature: string;
}

export interface RespillOptions {
  /** Spilling function names, e.g. `ESG.PROJECT` (default: every spilling function of the registry). */
  names?: readonly string[];
}

export class Respiller {
  private readonly calls: (formula: string) => boolean;
  private readonly tracked = new Map<string, Tracked>();
  private busy = false;

  constructor(
    private readonly hf: HyperFormula,
    options: RespillOptions = {},
  ) {
    this.calls = spillCallMatcher(options.names ?? spillingFunctionNames());
  }

  /**
   * Every formula cell calling a spilling function, and every formula showing #SPILL!
   * (HyperFormula never retries a blocked spill by itself, unlike Excel).
   */
  scan(): { spilling: Cell[]; blocked: Cell[] } {
    const spilling: Cell[] = [];
    const blocked: Cell[] = [];
    for (const name of this.hf.getSheetNames()) {
      const sheet = this.hf.getSheetId(name);
      if (sheet === undefined) continue;
      this.hf.getSheetFormulas(sheet).forEach((row, r) =>
        row.forEach((formula, c) => {
          if (formula === undefined) return;
          const address = { sheet, row: r, col: c };
          if (this.calls(formula)) spilling.push({ address, formula });
          const value = this.hf.getCellValue(address);
          if (value instanceof DetailedCellError && value.type === ErrorType.SPILL) blocked.push({ address, formula });
        }),
      );
    }
    return { spilling, blocked };
  }

  /** The current values of everything the formula reads (what its size prediction sees). */
  signature(address: SimpleCellAddress, formula: string): string {
    const parts: unknown[] = [];
    for (const p of this.hf.getCellPrecedents(address)) {
      if (isRange(p)) {
        if (p.start.sheet < 0) continue;
        const cells = (Math.abs(p.end.row - p.start.row) + 1) * (Math.abs(p.end.col - p.start.col) + 1);
        parts.push(cells > MAX_RANGE_CELLS ? 'large range' : this.hf.getRangeValues(p).map((row) => row.map(jsonValue)));
      } else if (p.sheet >= 0) {
        parts.push(jsonValue(this.hf.getCellValue(p)));
      }
    }
    // Named expressions show up as precedents on an internal sheet (-1): read them by name.
    const text = formula.replace(/"(?:[^"]|"")*"/g, '""');
    for (const scope of [undefined, address.sheet]) {
      for (const name of this.hf.listNamedExpressions(scope)) {
        if (new RegExp(`(^|[^A-Za-z0-9_.])${escapeRegExp(name)}($|[^A-Za-z0-9_.(])`, 'i').test(text)) {
          const value = this.hf.getNamedExpressionValue(name, scope);
          parts.push([name, Array.isArray(value) ? value.map((row: unknown[]) => row.map(jsonValue)) : jsonValue(value)]);
        }
      }
    }
    return JSON.stringify(parts);
  }

  /**
   * Re-enters the spilling formulas whose inputs changed (or that are new) until stable.
   * Returns how many re-entries it made.
   */
  run(): number {
    if (this.busy || this.hf.isEvaluationSuspended()) return 0;
    this.busy = true;
    let total = 0;
    try {
      for (let pass = 0; pass < MAX_PASSES; pass++) {
        const { spilling, blocked } = this.scan();
        const stale = new Map<string, Cell>();
        const seen = new Set<string>();
        for (const cell of spilling) {
          const key = keyOf(cell.address);
          seen.add(key);
          const signature = this.signature(cell.address, cell.formula);
          const before = this.tracked.get(key);
          if (!before || before.formula !== cell.formula || before.signature !== signature) stale.set(key, cell);
          this.tracked.set(key, { formula: cell.formula, signature });
        }
        // A blocked spill is retried once per outside change (its blocker may have gone).
        if (pass === 0) for (const cell of blocked) stale.set(keyOf(cell.address), cell);
        for (const key of [...this.tracked.keys()]) if (!seen.has(key)) this.tracked.delete(key);
        if (stale.size === 0) break;
        this.hf.batch(() => {
          for (const { address, formula } of stale.values()) this.hf.setCellContents(address, formula);
        });
        total += stale.size;
        // Re-entering may have moved values other spills read: record and re-check.
        for (const [key, { address, formula }] of stale) {
          if (this.calls(formula)) this.tracked.set(key, { formula, signature: this.signature(address, formula) });
        }
      }
    } finally {
      this.busy = false;
    }
    return total;
  }
}

const attached = new WeakMap<HyperFormula, { respiller: Respiller; users: number; detach: () => void }>();

const EVENTS = ['valuesUpdated', 'namedExpressionAdded', 'namedExpressionRemoved', 'sheetRemoved'] as const;

/**
 * Keeps the instance's spills sized from now on (and fixes them now). Idempotent per
 * instance: the workbook adapter and the preview may both call it. Returns a detach function.
 */
export function attachRespill(hf: HyperFormula, options: RespillOptions = {}): () => void {
  let entry = attached.get(hf);
  if (!entry) {
    const respiller = new Respiller(hf, options);
    const onChange = () => {
      respiller.run();
    };
    for (const event of EVENTS) hf.on(event, onChange);
    const created = {
      respiller,
      users: 0,
      detach: () => {
        for (const event of EVENTS) hf.off(event, onChange);
        attached.delete(hf);
      },
    };
    attached.set(hf, created);
    entry = created;
    respiller.run();
  }
  entry.users++;
  const current = entry;
  let done = false;
  return () => {
    if (done) return;
    done = true;
    current.users--;
    if (current.users === 0) current.detach();
  };
}

/** One pass over the instance without listening (e.g. after loading a workbook); returns the re-entries made. */
export function respillNow(hf: HyperFormula, options: RespillOptions = {}): number {
  return (attached.get(hf)?.respiller ?? new Respiller(hf, options)).run();
}
