/** The shapes of an explanation: what a host gives, where each argument comes from, and the outcome. */
import type { CatalogueName, Explanation } from '../engine';
import type { EXPLAIN } from './messages';
import type { CellReference, RefError, RefScalar, RefValue } from '../workbook/selection-port';

/** An error value read from the workbook, e.g. { error: '#N/A' }. */
export type HostError = RefError;
export type HostScalar = RefScalar;
/** What a host gives for a reference or an expression: one value, or rows of values for a range. */
export type HostValue = RefValue;
/** A reference the formula makes, as the host needs it to read the value. */
export type Reference = CellReference;

export interface ExplainHost {
  /** The value(s) of a cell, range or defined name; a blank cell is null or "". */
  resolve(ref: Reference): HostValue | Promise<HostValue>;
  /** The value of an expression written in the formula (without "="), e.g. "B4+B5". */
  evaluate?(expression: string): HostValue | Promise<HostValue>;
  /**
   * What this host's Excel passes for an empty referenced cell (a `null` from `resolve`):
   * null on Excel on the web (the default), 0 on Excel for Windows, inside ranges too.
   */
  readonly emptyAs?: null | 0;
}

export type SourceKind = keyof typeof EXPLAIN.sourceKind;

/** Where one argument's value comes from. */
export interface ArgumentSource {
  /** The parameter's name. */
  readonly param: string;
  /** The argument as written in the formula ('' when left out). */
  readonly text: string;
  readonly kind: SourceKind;
  /** The reference to read, for cell, range and name arguments. */
  readonly reference?: Reference;
  /** The expression contains another ESG call (it could be explained on its own). */
  readonly nestedEsg?: boolean;
}

export interface ResolvedArgument extends ArgumentSource {
  /** The value passed to the function, shaped as Excel passes it (blank: null; omitted: undefined). */
  readonly value: unknown;
}

export interface EsgCall {
  /** Catalogue name, e.g. "GRANT". */
  readonly name: CatalogueName;
  /** As typed, e.g. "ESG.GRANT". */
  readonly formulaName: string;
  /** The call's text in the formula. */
  readonly text: string;
  readonly args: readonly ArgumentSource[];
  /** The call is part of a larger formula, e.g. =INDEX(ESG.PROJECT(...),4,6). */
  readonly wrapped: boolean;
}

export type FormulaExplanation =
  | { readonly kind: 'no-formula'; readonly message: string }
  | { readonly kind: 'unreadable'; readonly formula: string; readonly message: string }
  | { readonly kind: 'no-esg'; readonly formula: string; readonly message: string }
  | {
      /** An argument's value could not be worked out (no evaluator, or the host failed). */
      readonly kind: 'unresolved';
      readonly formula: string;
      readonly call: EsgCall;
      readonly param: string;
      readonly message: string;
    }
  | {
      /** An argument is an error value: Excel shows that error without calling the function. */
      readonly kind: 'error-argument';
      readonly formula: string;
      readonly call: EsgCall;
      readonly args: readonly ResolvedArgument[];
      readonly param: string;
      readonly error: HostError;
      readonly message: string;
    }
  | {
      readonly kind: 'explained';
      readonly formula: string;
      readonly call: EsgCall;
      readonly args: readonly ResolvedArgument[];
      readonly explanation: Explanation;
    };
