/**
 * An ExplainHost over a HyperFormula instance (the preview and tests): reads cells, ranges
 * and defined names as they are now, and works out expressions with `calculateFormula`.
 * Type-only import, so nothing of HyperFormula reaches a bundle through this file.
 */
import type { CellValue, HyperFormula } from 'hyperformula';
import type { ExplainHost, HostScalar, HostValue, Reference } from './formula';
import { tokenize } from './tokenize';

function scalar(v: CellValue): HostScalar {
  if (typeof v === 'object' && v !== null) {
    // DetailedCellError: { value: '#N/A', message }
    const { value, message } = v as { value?: unknown; message?: unknown };
    return { error: String(value), ...(typeof message === 'string' && message !== '' ? { message } : {}) };
  }
  return v;
}

function hostValue(v: CellValue | CellValue[][]): HostValue {
  return Array.isArray(v) ? v.map((row) => row.map(scalar)) : scalar(v);
}

/** `sheetId`: the sheet of the formula being explained (unqualified references are on it). */
export function hyperFormulaHost(hf: HyperFormula, sheetId: number): ExplainHost {
  const calculate = (expression: string): HostValue => hostValue(hf.calculateFormula(`=${expression}`, sheetId));

  /** A reference read cell by cell, so that a blank cell reads as blank (not as 0). */
  const readRef = (text: string, isRange: boolean, context: number): HostValue => {
    if (isRange) {
      const range = hf.simpleCellRangeFromString(text, context);
      if (range !== undefined) return hostValue(hf.getRangeValues(range));
    } else {
      const address = hf.simpleCellAddressFromString(text, context);
      if (address !== undefined) return scalar(hf.getCellValue(address));
    }
    return calculate(text);
  };

  const readName = (ref: Reference): HostValue => {
    const name = ref.name ?? ref.text;
    const scope = ref.sheet === undefined ? sheetId : hf.getSheetId(ref.sheet);
    const named = (scope === undefined ? undefined : hf.getNamedExpression(name, scope)) ?? hf.getNamedExpression(name);
    if (named === undefined) return calculate(ref.text);
    const expression = named.expression;
    if (typeof expression !== 'string' || !expression.startsWith('=')) return (expression ?? null) as HostScalar;
    const tokens = tokenize(expression);
    const only = tokens.length === 1 ? tokens[0] : undefined;
    if (only?.type === 'ref') return readRef(only.text, (only.local ?? '').includes(':'), sheetId);
    return hostValue(hf.calculateFormula(expression, sheetId));
  };

  // The instance's empty-cell mode (src/hf/engine.ts), so Explain reads empty cells as its cells do.
  const context = hf.getConfig().context as { esgEmpty?: string } | undefined;
  return {
    emptyAs: context?.esgEmpty === 'desktop' ? 0 : null,
    resolve: (ref) => (ref.kind === 'name' ? readName(ref) : readRef(ref.text, ref.kind === 'range', sheetId)),
    evaluate: calculate,
  };
}
