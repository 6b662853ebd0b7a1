/**
 * Where "Prepare a copy to send" keeps the formulas it replaced: a table on a sheet of
 * its own, readable by an auditor without the add-in, one row per cell it wrote.
 */
export const KEPT_SHEET = 'ESG Formulas';
export const KEPT_TABLE = 'ESG_Formulas';
/** Sheet and Cell say where; Formula is the original (anchors only); Value what Prepare wrote. */
export const KEPT_COLUMNS = ['Sheet', 'Cell', 'Formula', 'Value', 'Spilled from'] as const;
/** The table's header row (row 3 of the sheet: lines 1-2 say what it is). */
export const KEPT_TABLE_AT = 'A3';

export const ADDIN_NAME = 'School Funding Toolkit';
/** The plain-text line on the Inputs sheet; found again by its first words. */
export const NOTE_PREFIX = 'The ESG.* cells in this workbook need the';
export const NOTE_TEXT =
  `${NOTE_PREFIX} ${ADDIN_NAME} Excel add-in. Ask your IT team to deploy it (Microsoft 365 admin centre › Integrated apps), ` +
  'or ask the sender for a copy prepared to send, which holds values instead of formulas.';
export const INPUTS_SHEET = 'Inputs';

/** Log actions (the Scenario Log's Action column). */
export const PREPARE_ACTION = 'Prepare to send';
export const RESTORE_ACTION = 'Restore formulas';

/** Excel's limits: a formula's length, and a cell's text (where the formula is kept). */
export const MAX_FORMULA_LENGTH = 8192;
export const MAX_CELL_TEXT = 32767;
