/**
 * A structured explanation of one call of a catalogue function: how the arguments were
 * read, the built-in rates used (with their year and source), each step of the
 * arithmetic and the result. Built by `explain()` from the same stages the real function
 * runs (src/engine/pipeline.ts), so its result is the cell's result.
 */
import type { Matrix, Result, Scalar } from '../result';

export interface ExplainedArg {
  /** The parameter's name, as in the function's help. */
  readonly name: string;
  /** The raw value the function received (a blank is null or undefined; a range a 2-D array). */
  readonly given: unknown;
  /** How the function read it, e.g. "2015-16", "44,095", "total". */
  readonly display: string;
  /** The argument was blank, so its default (or 0) was used. */
  readonly defaulted: boolean;
  /** Anything else worth saying, e.g. "the published rate is used". */
  readonly note?: string;
}

export interface RateUsed {
  /** e.g. "ESG general element rate". */
  readonly label: string;
  readonly value: number;
  /** The value with its unit, e.g. "£87 per pupil", "4.25", "570 hours". */
  readonly display: string;
  /** The financial year the figure belongs to, e.g. "2015-16". */
  readonly year?: string;
  /** Where the figure comes from, e.g. "DfE, ... July 2014" or "the generalRate argument". */
  readonly source: string;
}

export interface Step {
  /** What the step works out, e.g. "General element". */
  readonly label: string;
  /** The arithmetic with the numbers used, e.g. "87 × (44,095 + 4.25 × 579 + 3.75 × 0)". */
  readonly expression: string;
  /** The step's exact value (never rounded). */
  readonly value: number | string | boolean;
  /** Steps of a table are grouped, e.g. by year ("2016-17") or by band. */
  readonly group?: string;
}

export interface Explanation {
  /** The catalogue name without the namespace, e.g. "GRANT". */
  readonly name: string;
  /** The rule in words. */
  readonly summary: string;
  readonly args: readonly ExplainedArg[];
  readonly rates: readonly RateUsed[];
  readonly steps: readonly Step[];
  /** Exactly what the function returns for these arguments: a figure, a table or an error. */
  readonly result: Result<Scalar | Matrix>;
  /**
   * How far the calculation got: 'read' (an argument could not be read), 'compute' (the
   * maths could not run, e.g. no ESG that year) or 'done' (the result may still be an error,
   * such as a transfer over its limit).
   */
  readonly stage: 'read' | 'compute' | 'done';
}
