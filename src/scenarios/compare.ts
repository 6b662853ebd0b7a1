/**
 * Compare: applies each scenario in turn on top of the current values, lets the workbook
 * calculate, reads the outputs, then ALWAYS puts back every input it touched (the active
 * scenario's values and any unsaved ones) — also when a step fails — and only then writes
 * the 'Scenario Comparison' sheet: inputs then outputs as rows, one column per scenario,
 * a line saying when it was made and what was restored, and a clustered column chart.
 */
import { cellAddress, qualifiedAddress, rangeAddress } from '../workbook/a1';
import type { CellValue, Snapshot, WriteOp } from '../workbook/port';
import { applyChanges, causeOf, type Change } from './apply';
import { excelTime, LOG_TIME_FORMAT } from './log';
import { COMPARISON_CHART, COMPARISON_NAME, COMPARISON_SHEET, OUTPUT_COLUMN, OUTPUTS_TABLE, INPUT_COLUMN, DESCRIPTION_COLUMN, LABEL_COLUMN } from './layout';
import { MESSAGES } from './messages';
import {
  firstInputProblem,
  isRefusal,
  parseOutputs,
  requireScenario,
  valueProblem,
  writeProblem,
  type OutputRow,
  type ResolvedInput,
  type ScenarioColumn,
} from './model';
import { refusal, sameName } from './names';
import { restoreInputs, type RestoreResult, type RestoreTarget } from './restore';
import { scenarioContext, statePlan } from './state';
import type { CompareOptions, CompareOutcome, ComparisonRow, Refusal, ServiceContext } from './types';
import { isBlank, sameValue } from './values';

/** Outputs larger than this many cells are refused (a comparison is a summary). */
export const MAX_OUTPUT_CELLS = 50;

const PENDING = new Set(['#BUSY!', '#GETTING_DATA', '#CALC!BUSY']);

/** Sheet names Compare may write: its own, or the first free one after a user's sheet of that name. */
const SHEET_CANDIDATES = [COMPARISON_SHEET, ...Array.from({ length: 8 }, (_, k) => `${COMPARISON_SHEET} (${k + 2})`)];

/**
 * The sheet to write: the one Compare made before (the defined name `ESG_Comparison` points
 * at its A1), else the first candidate name no sheet has. Never a sheet the user made.
 */
function chooseSheet(snap: Snapshot): { sheet: string; exists: boolean; name: 'keep' | 'define' | 'redefine' } | undefined {
  const mark = snap.name(COMPARISON_NAME);
  if (mark.status === 'range' && SHEET_CANDIDATES.some((c) => sameName(c, mark.sheet)) && snap.sheetExists(mark.sheet)) {
    return { sheet: mark.sheet, exists: true, name: 'keep' };
  }
  const free = SHEET_CANDIDATES.find((c) => !snap.sheetExists(c));
  return free === undefined ? undefined : { sheet: free, exists: false, name: mark.status === 'missing' ? 'define' : 'redefine' };
}

/** The first scenario that would put text into input `i` while it holds a number. */
function firstValueProblem(input: ResolvedInput, scenarios: readonly ScenarioColumn[], i: number): Refusal | undefined {
  for (const s of scenarios) {
    const problem = isBlank(s.values[i]) ? undefined : valueProblem(input, s.values[i], s.name);
    if (problem) return problem;
  }
  return undefined;
}

export async function compareScenarios(ctx: ServiceContext, options: CompareOptions = {}): Promise<CompareOutcome> {
  const snap = await ctx.port.read(
    statePlan({
      tables: [OUTPUTS_TABLE],
      namesListedIn: [{ table: OUTPUTS_TABLE, column: OUTPUT_COLUMN }],
      names: [COMPARISON_NAME],
      sheets: SHEET_CANDIDATES,
    }),
  );
  const state = scenarioContext(snap);
  if (isRefusal(state)) return state;
  const listed = parseOutputs(snap.table(OUTPUTS_TABLE));
  if (isRefusal(listed)) return listed;
  if (listed.length === 0) return refusal('outputs-empty', MESSAGES.outputsEmpty());
  const outputs = chooseOutputs(listed, options.outputs);
  if (isRefusal(outputs)) return outputs;
  for (const output of outputs) {
    const read = snap.name(output.name);
    if (read.status === 'missing') return refusal('output-undefined', MESSAGES.outputUndefined(output.name));
    if (read.status === 'not-range') return refusal('output-not-range', MESSAGES.outputNotRange(output.name, read.refersTo));
    if (read.rows * read.cols > MAX_OUTPUT_CELLS) {
      return refusal('output-too-large', MESSAGES.outputTooLarge(output.name, read.rows * read.cols, MAX_OUTPUT_CELLS));
    }
  }

  const scenarios: ScenarioColumn[] = [];
  for (const name of options.scenarios ?? state.model.scenarios.map((s) => s.name)) {
    const s = requireScenario(state.model, name);
    if (isRefusal(s)) return s;
    scenarios.push(s);
  }
  if (scenarios.length === 0) return refusal('no-scenarios', MESSAGES.noScenarios());
  const unreadable = firstInputProblem(state.inputs);
  if (unreadable) return unreadable;
  for (const [i, input] of state.inputs.entries()) {
    if (scenarios.some((s) => !isBlank(s.values[i]))) {
      const problem = writeProblem(input) ?? firstValueProblem(input, scenarios, i);
      if (problem) return problem;
    }
  }

  const target = chooseSheet(snap);
  if (!target) return refusal('setup-name-taken', MESSAGES.compareNoSheetName(SHEET_CANDIDATES[SHEET_CANDIDATES.length - 1]));

  // Every scenario is applied on top of the values in place when Compare started: a blank
  // (partial) scenario cell leaves that input at its starting value, so the figures are
  // the same whichever scenario was active before.
  const original = state.inputs.map((input) => input.current);
  const cells = [...original];
  const wrote: CellValue[][] = state.inputs.map(() => []);
  const inputRows: CellValue[][] = state.inputs.map(() => []);
  const outputRows: CellValue[][] = [];
  let failure: { scenario: string; cause: string; meanwhile?: readonly string[] } | undefined;
  let current = '';

  try {
    for (const [n, scenario] of scenarios.entries()) {
      current = scenario.name;
      options.onProgress?.({
        index: n + 1,
        total: scenarios.length,
        scenario: scenario.name,
        message: MESSAGES.compareProgress(n + 1, scenarios.length, scenario.name),
      });
      const step: Change[] = [];
      state.inputs.forEach((input, i) => {
        const want = isBlank(scenario.values[i]) ? original[i] : scenario.values[i];
        inputRows[i].push(want);
        if (input.formula !== null || sameValue(cells[i], want)) return;
        // Each cell must still hold what this compare last left there (a co-author may be typing).
        step.push({ kind: 'cell', name: input.name, before: cells[i], after: want });
        wrote[i].push(want); // before the write: a failing batch may have applied part of it
      });
      const stepFailure = await applyChanges(ctx, 'comparison', step, []);
      if (stepFailure) {
        failure = { scenario: scenario.name, cause: stepFailure.message, ...(stepFailure.changedMeanwhile ? { meanwhile: stepFailure.changedMeanwhile } : {}) };
        break;
      }
      for (const c of step) if (c.kind === 'cell') cells[state.inputs.findIndex((input) => input.name === c.name)] = c.after;
      await ctx.port.calculate();
      let row = 0;
      for (const output of await readOutputs(ctx, outputs.map((o) => o.name))) {
        for (const v of output) {
          (outputRows[row] ??= []).push(v);
          row += 1;
        }
      }
    }
  } catch (error) {
    failure = { scenario: current, cause: causeOf(error) };
  }

  // Put back every input a step may have written, whatever happened above, keeping any
  // value someone else typed meanwhile.
  const targets: RestoreTarget[] = state.inputs.flatMap((input, i) =>
    wrote[i].length === 0 ? [] : [{ name: input.name, original: original[i], wrote: wrote[i] }],
  );
  // A restore that breaks is tried once more: it reads afresh, so a second try is safe.
  let restored: RestoreResult | undefined;
  let restoreError: unknown;
  for (let attempt = 0; attempt < 2 && !restored; attempt += 1) {
    try {
      restored = await restoreInputs(ctx, targets);
    } catch (error) {
      restoreError = error;
    }
  }
  if (!restored) {
    return {
      kind: 'failed',
      restored: false,
      message: MESSAGES.writeFailedNotRestored('comparison', failure?.cause ?? MESSAGES.compareRestoring(), causeOf(restoreError), targets.map((t) => t.name)),
    };
  }
  try {
    await ctx.port.calculate();
  } catch (error) {
    failure ??= { scenario: current, cause: causeOf(error) };
  }
  const meanwhile = [...new Set([...(failure?.meanwhile ?? []), ...restored.meanwhile])];
  if (meanwhile.length > 0) {
    return {
      kind: 'failed',
      restored: restored.kept.length === 0,
      message:
        restored.kept.length === 0
          ? MESSAGES.compareChangedMeanwhile(failure?.scenario ?? current, meanwhile)
          : MESSAGES.changedMeanwhileNotRestored('comparison', meanwhile, restored.kept),
      changedMeanwhile: meanwhile,
    };
  }
  if (failure) return { kind: 'failed', restored: true, message: MESSAGES.compareFailed(failure.scenario, failure.cause) };

  // Label rows: one per output cell ("Label (2)" for the second cell of a range).
  const outputLabels: { name: string; label: string; format: string }[] = [];
  for (const output of outputs) {
    const read = snap.name(output.name);
    const count = read.status === 'range' ? read.rows * read.cols : 1;
    // The output's own format (its top-left cell's), so pupils read 44,095 and shares 70%.
    const format = read.status === 'range' && read.format !== undefined && read.format !== 'General' ? read.format : '';
    for (let k = 1; k <= count; k += 1) {
      outputLabels.push(count === 1 ? { ...output, format } : { name: `${output.name} (${k})`, label: `${output.label} (${k})`, format });
    }
  }
  const inputsOut: ComparisonRow[] = state.inputs.map((input, i) => ({ name: input.name, label: input.description, values: inputRows[i], ...(input.format ? { format: input.format } : {}) }));
  const outputsOut: ComparisonRow[] = outputLabels.map((o, r) => ({ name: o.name, label: o.label, values: outputRows[r] ?? [], ...(o.format ? { format: o.format } : {}) }));
  const madeAt = ctx.now().toISOString();
  const names = scenarios.map((s) => s.name);
  // What each partial scenario leaves at the value in place when Compare started.
  const partial = scenarios.flatMap((sc) => {
    const left = state.inputs.filter((input, i) => input.formula === null && isBlank(sc.values[i])).map((input) => input.name);
    return left.length === 0 ? [] : [{ scenario: sc.name, inputs: left }];
  });
  const mark: WriteOp[] =
    target.name === 'keep'
      ? []
      : [
          ...(target.name === 'redefine' ? [{ kind: 'deleteName', name: COMPARISON_NAME } as const] : []),
          { kind: 'defineName', name: COMPARISON_NAME, sheet: target.sheet, address: 'A1', comment: MESSAGES.compareMarkComment() },
        ];

  try {
    await ctx.port.write([
      ...comparisonSheet(target.sheet, target.exists, madeAt, state.active.text, names, inputsOut, outputsOut, partial),
      ...mark,
    ]);
  } catch (error) {
    // The inputs are back; only the comparison sheet (derived, rewritten by every Compare) may be incomplete.
    return { kind: 'failed', restored: true, message: MESSAGES.compareSheetFailed(causeOf(error)) };
  }
  return {
    kind: 'compared',
    sheet: target.sheet,
    madeAt,
    restored: state.active.text,
    scenarios: names,
    inputs: inputsOut,
    outputs: outputsOut,
    partial,
  };
}

/** The outputs to report: those chosen (in the table's order), or all of them. */
function chooseOutputs(listed: readonly OutputRow[], chosen: readonly string[] | undefined): readonly OutputRow[] | Refusal {
  if (chosen === undefined) return listed;
  const unknown = chosen.find((name) => !listed.some((o) => sameName(o.name, name)));
  if (unknown !== undefined) return refusal('output-not-listed', MESSAGES.outputNotListed(unknown));
  const picked = listed.filter((o) => chosen.some((name) => sameName(o.name, name)));
  return picked.length === 0 ? refusal('outputs-empty', MESSAGES.outputsNoneChosen()) : picked;
}

/** Reads the outputs (every cell, row-major), waiting while Excel is still calculating. */
async function readOutputs(ctx: ServiceContext, names: readonly string[]): Promise<CellValue[][]> {
  for (let attempt = 0; ; attempt += 1) {
    const snap = await ctx.port.read({ ranges: names });
    const reads = names.map((name) => {
      const read = snap.name(name);
      if (read.status !== 'range') throw new Error(MESSAGES.outputUndefined(name));
      return read;
    });
    const values = reads.map((read) => (read.values ?? [[read.value]]).flat());
    // Only an error value means "still calculating": a text cell reading #BUSY! is just text.
    const pending = names.filter((_, k) => {
      const errors = reads[k].status === 'range' ? (reads[k] as { errors?: readonly (readonly boolean[])[] }).errors?.flat() : undefined;
      return values[k].some((v, j) => typeof v === 'string' && PENDING.has(v) && (errors === undefined || errors[j] === true));
    });
    if (pending.length === 0) return values;
    if (attempt >= ctx.maxCalculationWaits) throw new Error(MESSAGES.calculationTimeout(pending));
    await ctx.waitForCalculation();
  }
}

/** The width of the scenario columns, and each row in its own input's or output's number format. */
function valueFormats(sheet: string, scenarios: number, blocks: readonly { row: number; rows: readonly ComparisonRow[] }[]): WriteOp[] {
  if (scenarios === 0) return [];
  const ops: WriteOp[] = [{ kind: 'setColumnWidth', sheet, address: rangeAddress({ row: 0, col: 2, rows: 1, cols: scenarios }), points: SCENARIO_COLUMN_POINTS }];
  for (const b of blocks) {
    b.rows.forEach((r, k) => {
      if (r.format) ops.push({ kind: 'setNumberFormat', sheet, address: rangeAddress({ row: b.row + k, col: 2, rows: 1, cols: scenarios }), format: r.format });
    });
  }
  return ops;
}

/** Whether an output is an amount in £ (its format or its label says so): those share the main axis. */
const isMoney = (row: ComparisonRow): boolean => /£/.test(row.format ?? '') || /£/.test(row.label);

/** Points per scenario column (`valueFormats`) and per column A and B: the chart spans them. */
const SCENARIO_COLUMN_POINTS = 110;
/** The chart covers at least columns A to F and 20 rows; wider with more scenarios (one column each). */
const CHART_MIN_COLUMNS = 6;
const CHART_ROWS = 20;

/**
 * The comparison chart's layout in Excel: one category per scenario, as wide as the table so
 * each scenario name has a column's width (labels kept horizontal wrap rather than collide),
 * and — when the outputs mix £ amounts with counts or shares (fte, pupils, %) — the latter
 * on a secondary axis on the right, where their bars are visible.
 */
export function comparisonChartLayout(outputs: readonly ComparisonRow[], scenarios: number, firstRow: number) {
  const money = outputs.flatMap((r, i) => (isMoney(r) ? [i] : []));
  const others = outputs.flatMap((r, i) => (isMoney(r) ? [] : [i]));
  const mixed = money.length > 0 && others.length > 0;
  const secondaryTitle = [...new Set(others.map((i) => outputs[i].label))].join(', ');
  return {
    end: cellAddress(firstRow + CHART_ROWS - 1, Math.max(CHART_MIN_COLUMNS, 2 + scenarios) - 1),
    horizontalLabels: true,
    ...(mixed ? { secondary: others, axisTitles: { primary: '£', secondary: secondaryTitle } } : {}),
  };
}

/** The write batch of the comparison sheet. */
export function comparisonSheet(
  sheet: string,
  exists: boolean,
  madeAt: string,
  active: string,
  scenarios: readonly string[],
  inputs: readonly ComparisonRow[],
  outputs: readonly ComparisonRow[],
  partial: readonly { readonly scenario: string; readonly inputs: readonly string[] }[] = [],
): WriteOp[] {
  const width = 2 + scenarios.length;
  const pad = (row: CellValue[]): CellValue[] => [...row, ...Array.from({ length: width - row.length }, () => '')];
  const rows: CellValue[][] = [
    pad([MESSAGES.compareTitle()]),
    // The time as an Excel date-time (sortable, in the reader's terms), then what was restored.
    pad([MESSAGES.compareMadeLabel(), excelTime(new Date(madeAt)), MESSAGES.compareRestoredLine(active)]),
    pad([partial.length === 0 ? MESSAGES.compareNoPartial() : MESSAGES.comparePartial(partial)]),
    [INPUT_COLUMN, DESCRIPTION_COLUMN, ...scenarios],
    ...inputs.map((r) => pad([r.name, r.label, ...r.values])),
    pad([]),
  ];
  const outputsHeader = rows.length; // zero-based row of the outputs' header
  rows.push([OUTPUT_COLUMN, LABEL_COLUMN, ...scenarios], ...outputs.map((r) => pad([r.name, r.label, ...r.values])));
  const lastRow = rows.length - 1;
  return [
    exists ? { kind: 'clearSheet', sheet } : { kind: 'addSheet', sheet },
    { kind: 'setCells', sheet, address: 'A1', cells: rows },
    { kind: 'setColumnWidth', sheet, address: 'A1:B1', points: 160 },
    { kind: 'setNumberFormat', sheet, address: 'B2', format: LOG_TIME_FORMAT },
    ...valueFormats(sheet, scenarios.length, [
      { row: 4, rows: inputs },
      { row: outputsHeader + 1, rows: outputs },
    ]),
    {
      kind: 'addColumnChart',
      sheet,
      name: COMPARISON_CHART,
      // Labels (column B) name the series; the header row's scenario names are the categories.
      source: qualifiedAddress(sheet, { row: outputsHeader, col: 1, rows: outputs.length + 1, cols: width - 1 }),
      seriesBy: 'rows',
      title: MESSAGES.compareChartTitle(),
      anchor: cellAddress(lastRow + 2, 0),
      ...comparisonChartLayout(outputs, scenarios.length, lastRow + 2),
    },
    { kind: 'activateSheet', sheet },
  ];
}

