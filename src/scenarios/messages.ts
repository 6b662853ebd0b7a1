/**
 * Every message the scenario service and Set up show to a user, in one table. Each
 * refusal names its cause (the table, name, cell or scenario) so that the user can fix it.
 */
import {
  ACTIVE_NAME,
  COMPARISON_SHEET,
  DESCRIPTION_COLUMN,
  INPUT_COLUMN,
  LOG_TABLE,
  OUTPUTS_TABLE,
  SCENARIOS_TABLE,
} from './layout';

const q = (text: string): string => `"${text}"`;
const list = (items: readonly string[]): string => items.join(', ');

export const MESSAGES = {
  // --- the workbook's layout
  tableMissing: (table: string): string =>
    table === SCENARIOS_TABLE
      ? `This workbook has no ${SCENARIOS_TABLE} table, so it has no scenarios yet. Use Set up to add the demo model and the scenario sheets, or add a table named ${SCENARIOS_TABLE}.`
      : `This workbook has no ${table} table${table === LOG_TABLE ? ' (the Scenario Log)' : table === OUTPUTS_TABLE ? ' (the outputs to compare)' : ''}. Use Set up in a new workbook to see the expected layout, or add a table named ${table}.`,
  columnMissing: (table: string, column: string): string => `The ${table} table has no ${q(column)} column.`,
  activeCellMissing: (): string =>
    `This workbook has no defined name ${ACTIVE_NAME} for the cell that holds the active scenario's name. Define it (Formulas > Name Manager) for one cell on the Scenarios sheet.`,
  activeCellNotCell: (refersTo: string): string =>
    `The name ${ACTIVE_NAME} refers to ${refersTo}, not to a single cell.`,
  activeCellFormula: (formula: string): string =>
    `The ${ACTIVE_NAME} cell holds a formula (${formula}); a switch would overwrite it. Put the formula elsewhere.`,

  // --- scenario names
  scenarioNameBlank: (column: number): string =>
    `Column ${column} of ${SCENARIOS_TABLE} has no scenario name. Give every scenario column a name.`,
  scenarioNameDuplicate: (name: string): string =>
    `Two scenarios are named ${q(name)}. Scenario names must differ (upper and lower case, full-width and ordinary letters count as the same).`,
  scenarioNameNotText: (): string => 'A scenario name must be text.',
  scenarioNameEmpty: (): string => 'A scenario name cannot be blank.',
  scenarioNameSpaces: (name: string): string => `The scenario name ${q(name)} starts or ends with a space.`,
  scenarioNameControl: (name: string, code = ''): string =>
    `The scenario name ${q(name)} contains a line break, tab, or an invisible or control character${code ? ` (${code})` : ''}. Type it again without.`,
  scenarioNameTooLong: (length: number): string =>
    `A scenario name can have at most 255 characters (this one has ${length}).`,
  scenarioNameReserved: (name: string): string =>
    `${q(name)} cannot be a scenario name: ${q(INPUT_COLUMN)} and ${q(DESCRIPTION_COLUMN)} are the columns of ${SCENARIOS_TABLE} itself.`,
  scenarioNotFound: (name: string): string => `There is no scenario named ${q(name)} in ${SCENARIOS_TABLE}.`,
  scenarioExists: (name: string): string => `A scenario named ${q(name)} already exists.`,
  noScenarios: (): string => `${SCENARIOS_TABLE} has no scenario columns yet. Create one from the current values.`,

  // --- inputs
  inputBlank: (row: number): string =>
    `Row ${row} of ${SCENARIOS_TABLE} has values but no name in its ${INPUT_COLUMN} column.`,
  inputDuplicate: (name: string): string => `The input ${name} is listed twice in ${SCENARIOS_TABLE}.`,
  inputInvalidName: (name: string): string =>
    `${q(name)} in the ${INPUT_COLUMN} column of ${SCENARIOS_TABLE} is not a valid Excel name.`,
  inputUndefined: (name: string): string =>
    `The input ${name} listed in ${SCENARIOS_TABLE} is not a defined name in this workbook (see Formulas > Name Manager).`,
  inputNotCell: (name: string, refersTo: string): string =>
    `The input ${name} refers to ${refersTo}, not to a single cell.`,
  inputFormula: (name: string, where: string, formula: string): string =>
    `The input ${name} (${where}) holds a formula (${formula}); writing a scenario value would destroy it. Move the formula out of the input cell, or leave this input blank in the scenarios.`,

  inputText: (name: string, scenario: string, value: string, numeric: boolean): string =>
    numeric
      ? `Scenario ${q(scenario)} stores the value of ${name} as the text ${q(value)}, but ${name} holds a number; formulas such as SUM ignore numbers stored as text. Re-enter it as a number in ${SCENARIOS_TABLE}.`
      : `Scenario ${q(scenario)} gives ${name} the text ${q(value)}, but ${name} holds a number; the formulas that use it would fail or ignore it. Put a number in ${SCENARIOS_TABLE}, or leave the cell blank.`,
  inputSpill: (name: string, where: string, anchor: string): string =>
    `The input ${name} (${where}) is part of a spilled array or array formula${anchor === '' ? '' : ` (from ${anchor})`}; writing a value there would break that formula's result (#SPILL!). Point ${name} at a cell of its own.`,
  inputMerged: (name: string, where: string, merged: string): string =>
    `The input ${name} (${where}) is inside the merged cells ${merged} but is not their first cell, so Excel would not show or keep a value written there. Point ${name} at the first cell of the merged block, or unmerge it.`,

  // --- actions
  activeDelete: (name: string): string =>
    `${q(name)} is the active scenario, so it cannot be deleted. Switch to another scenario first.`,
  noActive: (): string =>
    `No scenario is active (the ${ACTIVE_NAME} cell is blank or names a scenario that no longer exists), so there is nothing to save into. Save the values as a new scenario instead.`,
  nothingToRevert: (): string => `The Scenario Log (${LOG_TABLE}) has no Switch or Revert to undo.`,
  revertNotAnInput: (name: string): string =>
    `The last Switch or Revert in the Scenario Log names ${name}, which is not an input listed in ${SCENARIOS_TABLE}; Revert writes only scenario inputs. Nothing was changed. Check that row of the log.`,
  revertAmbiguous: (name: string): string =>
    `The last Switch or Revert in the Scenario Log has two rows for ${name} with different Before values, so Revert cannot tell which to put back. Nothing was changed. Check those rows of the log.`,
  revertSource: (): string => 'the Scenario Log (Before)',
  writeFailedRestored: (action: string, cause: string): string =>
    `The ${action} did not complete (${cause}). The workbook was put back as it was; the Scenario Log records any step that had been written.`,
  writeFailedNotRestored: (action: string, cause: string, restoreCause: string, names: readonly string[]): string =>
    `The ${action} did not complete (${cause}), and putting the workbook back also failed (${restoreCause}). Check these cells against the Scenario Log: ${list(names)}.`,
  changedMeanwhile: (action: string, what: readonly string[]): string =>
    `Someone else changed the workbook while the ${action} was being written: ${list(what)}. Their edits were kept and the ${action} was undone, so nothing of it remains. Look at their changes, then try again.`,
  changedMeanwhileNotRestored: (action: string, what: readonly string[], names: readonly string[]): string =>
    `Someone else changed the workbook while the ${action} was being written: ${list(what)}. The ${action} was undone except for these cells, which could not be put back as they were (check them against the Scenario Log): ${list(names)}.`,
  nowHolds: (name: string, value: string): string => `${name} (now ${q(value)})`,
  nowFormula: (name: string, formula: string): string => `${name} (now the formula ${formula})`,
  nowGone: (name: string): string => `${name} (no longer defined)`,
  nowSpill: (name: string, anchor: string): string =>
    `${name} (now part of a spilled array${anchor === '' ? '' : ` from ${anchor}`})`,
  rowsChanged: (table: string): string => `the rows of ${table} (sorted, or rows added or removed)`,
  tableChanged: (table: string, column?: string): string =>
    column === undefined ? `the columns of ${table}` : `scenario ${q(column)} in ${table}`,
  actionFailed: (action: string, cause: string): string =>
    `The ${action} could not be done (${cause}). Nothing was changed; try again.`,
  actionFailedAfterWrite: (action: string, cause: string): string =>
    `The ${action} stopped part-way (${cause}). Check the Scenario Log and the input cells before trying again.`,

  // --- compare
  outputUndefined: (name: string): string =>
    `The output ${name} listed in ${OUTPUTS_TABLE} is not a defined name in this workbook.`,
  outputNotRange: (name: string, refersTo: string): string =>
    `The output ${name} refers to ${refersTo}, not to a cell or a range of cells.`,
  outputTooLarge: (name: string, cells: number, max: number): string =>
    `The output ${name} has ${cells} cells; Compare reports outputs of at most ${max} cells.`,
  outputsEmpty: (): string => `${OUTPUTS_TABLE} lists no outputs, so there is nothing to compare.`,
  outputsNoneChosen: (): string => 'No outputs were chosen, so there is nothing to compare. Choose at least one output.',
  outputNotListed: (name: string): string => `The output ${q(name)} is not listed in ${OUTPUTS_TABLE}.`,
  compareProgress: (index: number, total: number, scenario: string): string =>
    `Scenario ${index} of ${total}: ${scenario}`,
  compareRestoring: (): string => 'Putting back the active scenario and any unsaved values',
  compareTitle: (): string => 'Scenario comparison',
  compareMadeLabel: (): string => 'Made (UTC)',
  compareRestoredLine: (active: string): string =>
    `Afterwards the workbook was put back to ${active === '' ? 'no active scenario' : `scenario ${q(active)}`} with its input values as they were (including any unsaved ones).`,
  compareChartTitle: (): string => 'Outputs by scenario',
  compareNoPartial: (): string => 'Every scenario compared gives a value to every input.',
  comparePartial: (partial: readonly { readonly scenario: string; readonly inputs: readonly string[] }[]): string =>
    `Left at the value in place when Compare started (the scenario stores none): ${partial.map((p) => `${q(p.scenario)}: ${list(p.inputs)}`).join('; ')}.`,
  compareMarkComment: (): string => 'The sheet the School Funding add-in wrote its last scenario comparison on (Compare rewrites only this sheet).',
  compareNoSheetName: (last: string): string =>
    `Compare writes its results on a sheet of its own, but sheets named ${q(COMPARISON_SHEET)} to ${q(last)} all exist already. Rename or delete one of them.`,
  compareFailed: (scenario: string, cause: string): string =>
    `Compare stopped at scenario ${q(scenario)} (${cause}). The active scenario and the input values were put back as they were; no comparison sheet was written.`,
  compareChangedMeanwhile: (scenario: string, what: readonly string[]): string =>
    `Compare stopped at scenario ${q(scenario)}: someone else changed ${list(what)} while it ran. Their edits were kept; every other input was put back as it was, and no comparison sheet was written.`,
  compareSheetFailed: (cause: string): string =>
    `The comparison was made and every input was put back as it was, but writing the ${COMPARISON_SHEET} sheet failed (${cause}), so that sheet may be incomplete. Run Compare again.`,
  calculationTimeout: (names: readonly string[]): string =>
    `Excel was still calculating these outputs after waiting: ${list(names)}.`,

  // --- import / export
  importInvalid: (why: string): string => `The file cannot be imported: ${why}.`,
  importNotJson: (): string => 'it is not valid JSON',
  importWrongFormat: (): string => 'it is not a scenario export of this add-in (format "esg-scenarios", version 1)',
  importNoInputColumn: (): string => `its first row has no ${q(INPUT_COLUMN)} column`,
  importBadValue: (scenario: string, input: string): string =>
    `the value of ${input} in scenario ${q(scenario)} is not a number, text or TRUE/FALSE`,
  importDuplicate: (name: string): string => `the file has two scenarios named ${q(name)}`,
  importTooLarge: (megabytes: number, limit: number): string =>
    `it is ${megabytes.toFixed(1)} MB, over the ${limit} MB an import can take (1,000 scenarios of 2,000 inputs is about 15 MB as CSV); split it into several files`,
  importBadResolution: (name: string): string => `the choice for the conflict on ${q(name)} is not keep, replace or import under another name`,
  importBadName: (message: string): string => message,
  importConflicts: (names: readonly string[]): string =>
    `These scenarios exist in the workbook with different values: ${list(names.map(q))}. Choose for each: keep the workbook's, replace it, or import under another name. Nothing was written.`,

  // --- set up
  setupExists: (): string =>
    `This workbook already has an ${SCENARIOS_TABLE} table, so Set up would clash with it. Nothing was written.`,
  setupNamesTaken: (names: readonly string[]): string =>
    `Set up needs these names, already defined in this workbook: ${list(names)}. Nothing was written.`,
  setupFailedRestored: (cause: string): string =>
    `Set up stopped before the end (${cause}). Everything it had added was removed again, so the workbook is as it was; try again.`,
  setupFailed: (cause: string): string =>
    `Set up stopped before the end (${cause}). Some of its sheets may have been added; delete them before trying again.`,
  setupFailedSheetLeft: (cause: string, sheet: string): string =>
    `Set up stopped before the end (${cause}). It removed what it had added, but left the sheet ${q(sheet)}: it may be one someone else added meanwhile. If it is empty, delete it before trying again.`,
  setupTablesTaken: (names: readonly string[]): string =>
    `Set up needs these table names, already used in this workbook: ${list(names)}. Nothing was written.`,
} as const;
