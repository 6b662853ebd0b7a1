/**
 * Messages about a cell's formula — explaining it, reading its syntax, inserting one — for
 * src/explain/ and the hosts' Explain and Insert. The engine's own messages (errors on a
 * cell, the words of an explanation) stay in src/engine/messages.ts; `EXPLAIN` here is both
 * together, so a caller needs one import.
 */
import { EXPLAIN as ENGINE_EXPLAIN } from '../engine/messages';

export const FORMULA_MESSAGES = {
  formulaNone: 'The cell holds no formula: select a cell whose formula calls an ESG function.',
  formulaNoEsg: 'The formula does not call an ESG function.',
  formulaUnreadable: (detail: string) => `The formula could not be read: ${detail}`,
  formulaWrapped: (fn: string) => `The cell uses the result of ${fn} inside a larger formula; this explains the ${fn} part.`,
  formulaExpression: (text: string) => `the expression ${text}`,
  formulaNotWorkedOut: (text: string) => `The value of ${text} could not be worked out here`,
  formulaReferenceFailed: (text: string, detail: string) => `${text} could not be read: ${detail}`,
  formulaArgumentError: (param: string, code: string, where: string) =>
    `${param} is the error value ${code}${where === '' ? '' : ` (${where})`}, so the cell shows ${code}: correct that first`,
  sourceKind: {
    omitted: 'left out',
    literal: 'typed in the formula',
    array: 'an array typed in the formula',
    cell: 'a cell',
    range: 'a range',
    name: 'a defined name',
    structured: 'a table reference',
    expression: 'an expression',
  },
  formulaCannotWorkOut: (what: string) => `the pane can't work out ${what} by itself`,
  formulaFunctionCall: (fn: string) => `a call of ${fn}`,
  formulaRangeInExpression: (text: string) => `a range (${text}) inside an expression`,
  formulaOperator: (op: string) => `the ${op} operator`,
  // The pane's Explain and Insert (src/explain/insertable.ts, the hosts' selection readers).
  insertNotOneCall: 'Only a formula that is one call of an ESG function, as the Insert form builds it, can be inserted.',
  insertNoCell: 'Select a cell in the workbook first.',
  cellUnreadable: (detail: string) => `The selected cell could not be read: ${detail}`,
  nameNotReadable: (name: string) => `${name} is not a cell, a range or a single value`,
  rangeTooLarge: (text: string, cells: number, cap: number) =>
    `${text} covers ${cells.toLocaleString('en-GB')} cells; Explain reads at most ${cap.toLocaleString('en-GB')} cells of one reference (Excel on the web refuses larger reads). Refer to the cells that hold data, e.g. A2:A500`,
  // Syntax details.
  syntaxTextNotClosed: 'a text in quotes is not closed',
  syntaxSheetNotClosed: 'a sheet name in quotes is not closed',
  syntaxSheetBang: 'a quoted sheet name must be followed by !',
  syntaxAfterSheet: 'a sheet name must be followed by a cell address or a name',
  syntaxUnknownError: 'an unknown error value',
  syntaxUnexpected: (text: string) => `unexpected ${text}`,
  syntaxNotAddress: (text: string) => `${text} is not a cell address or a name`,
  syntaxTableNotClosed: 'a table reference in [ ] is not closed',
  syntaxEndsEarly: 'the formula ends too early',
  syntaxExpected: (what: string) => `expected ${what}`,
  syntaxEmpty: 'the formula is empty',
  syntaxArrayItem: 'an array constant may only hold numbers, text, TRUE/FALSE and error values',
} as const;

export const EXPLAIN = { ...ENGINE_EXPLAIN, ...FORMULA_MESSAGES } as const;
