/**
 * Parse-time evaluation of a function's arguments, used only to predict the size of a
 * spilled result (HyperFormula sizes an array formula when it parses it). It reads what
 * can be known then: literals, array constants, and the current values of referenced
 * cells, ranges and names. Anything else is unknown (undefined), and the real function
 * decides what that means (usually an error, so the formula is sized as one cell).
 */
import { CellError, EmptyValue } from 'hyperformula';

/** The few fields of HyperFormula's AST nodes that prediction reads. */
export interface AstLike {
  type: string;
  value?: unknown;
  expression?: AstLike;
  args?: AstLike[][] | AstLike[];
  procedureName?: string;
  expressionName?: string;
  reference?: AddressLike;
  start?: AddressLike;
  end?: AddressLike;
}
interface AddressLike {
  toSimpleCellAddress(base: unknown): Cell;
}
interface Cell {
  sheet: number;
  row: number;
  col: number;
}
export interface PredictContext {
  formulaAddress: unknown;
  /** What an empty cell reads as: null (Excel on the web) or 0 (Excel for Windows). */
  empty?: null | 0;
  graph: {
    getCellValue(address: Cell): unknown;
    namedExpressions: { namedExpressionForScope(name: string, sheet?: number): { address: Cell } | undefined };
  };
}

const MAX_PREDICTED_RANGE_CELLS = 10_000;

/** A value known to be an error: the call returns that error, one cell. */
export const PREDICTED_ERROR: unique symbol = Symbol('error argument');

/** Whether a predicted argument is, or holds, a known error. */
export function holdsError(value: unknown): boolean {
  if (value === PREDICTED_ERROR) return true;
  return Array.isArray(value) && value.some((row) => Array.isArray(row) && row.includes(PREDICTED_ERROR));
}

/** A cell's current value; a formula HyperFormula has not computed yet is unknown. */
function read(ctx: PredictContext, address: Cell): unknown {
  try {
    return plain(ctx.graph.getCellValue(address), ctx.empty ?? null);
  } catch (notComputedYet) {
    if (notComputedYet instanceof Error) return undefined;
    throw notComputedYet;
  }
}

function plain(value: unknown, empty: null | 0): unknown {
  if (value === EmptyValue) return empty;
  if (typeof value === 'object' && value !== null && 'val' in value && typeof value.val === 'number') return value.val;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof CellError) return PREDICTED_ERROR;
  return undefined; // anything else: unknown
}

function scalar(ast: AstLike, ctx: PredictContext): unknown {
  switch (ast.type) {
    case 'NUMBER':
    case 'STRING':
      return ast.value;
    case 'EMPTY':
      return null;
    case 'PARENTHESIS':
      return ast.expression ? scalar(ast.expression, ctx) : undefined;
    case 'MINUS_UNARY_OP':
    case 'PLUS_UNARY_OP': {
      const inner = ast.value as AstLike | undefined;
      const v = inner ? scalar(inner, ctx) : undefined;
      if (typeof v !== 'number') return undefined;
      return ast.type === 'MINUS_UNARY_OP' ? -v : v;
    }
    case 'FUNCTION_CALL':
      if (ast.procedureName === 'TRUE') return true;
      if (ast.procedureName === 'FALSE') return false;
      return undefined;
    case 'CELL_REFERENCE':
      return ast.reference ? read(ctx, ast.reference.toSimpleCellAddress(ctx.formulaAddress)) : undefined;
    case 'NAMED_EXPRESSION': {
      const named = ast.expressionName ? ctx.graph.namedExpressions.namedExpressionForScope(ast.expressionName) : undefined;
      return named ? read(ctx, named.address) : undefined;
    }
    default:
      return undefined;
  }
}

function matrix(ast: AstLike, ctx: PredictContext): unknown[][] | undefined {
  if (ast.type === 'ARRAY' && Array.isArray(ast.args)) {
    return (ast.args as AstLike[][]).map((row) => row.map((cell) => scalar(cell, ctx)));
  }
  if (ast.type === 'CELL_RANGE' && ast.start && ast.end) {
    const a = ast.start.toSimpleCellAddress(ctx.formulaAddress);
    const b = ast.end.toSimpleCellAddress(ctx.formulaAddress);
    const rows = Math.abs(b.row - a.row) + 1;
    const cols = Math.abs(b.col - a.col) + 1;
    if (rows * cols > MAX_PREDICTED_RANGE_CELLS) return undefined;
    const top = Math.min(a.row, b.row);
    const left = Math.min(a.col, b.col);
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => read(ctx, { sheet: a.sheet, row: top + r, col: left + c })),
    );
  }
  const v = scalar(ast, ctx);
  return v === undefined ? undefined : [[v]];
}

export function predictArgument(ast: AstLike | undefined, ctx: PredictContext, range: boolean): unknown {
  if (ast === undefined) return undefined;
  // Left out between commas: null, for a range parameter too (as the plugin passes it).
  if (ast.type === 'EMPTY') return null;
  return range ? matrix(ast, ctx) : scalar(ast, ctx);
}
