/** Headless evaluation of one formula on HyperFormula with the ESG.* functions. */
import { DetailedCellError, type CellValue } from 'hyperformula';
import { createHyperFormula, type EsgOptions } from '../hf/engine';

export type JsonScalar = number | string | boolean | null | { error: string; message: string };
export type CalcOutput = { value: JsonScalar | JsonScalar[][] } | { usageError: string };

function toJson(value: CellValue): JsonScalar {
  if (value instanceof DetailedCellError) return { error: value.value, message: value.message ?? '' };
  return value;
}

/** `options.empty`: how an empty referenced cell reaches ESG functions (default: ESG_EMPTY, else as Excel on the web). */
export function evaluateFormula(input: string, options: EsgOptions = {}): CalcOutput {
  const formula = input.trim().startsWith('=') ? input.trim() : `=${input.trim()}`;
  const hf = createHyperFormula({ Calc: [] }, {}, options);
  try {
    const sheet = hf.getSheetId('Calc') ?? 0;
    const validation = hf.validateFormula(formula);
    if (!validation) return { usageError: `Not a formula HyperFormula can parse: ${input}` };
    hf.setCellContents({ sheet, row: 0, col: 0 }, formula);
    const address = { sheet, row: 0, col: 0 };
    const first = hf.getCellValue(address);
    if (first instanceof DetailedCellError && first.type === 'ERROR') {
      return { usageError: `Not a formula HyperFormula can parse: ${first.message ?? input}` };
    }
    if (hf.isCellPartOfArray(address)) {
      const values = hf.getSheetValues(sheet);
      return { value: values.map((row) => row.map(toJson)) };
    }
    return { value: toJson(first) };
  } finally {
    hf.destroy();
  }
}
