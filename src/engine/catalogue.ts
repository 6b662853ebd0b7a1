/**
 * THE catalogue of `ESG.*` functions: per function its name (without the `ESG.`
 * namespace), its parameters (kind, optional, default, accepted names), whether it spills,
 * its definition (the read → compute → finish stages of src/engine/pipeline.ts) and its
 * explainer. Everything else derives from this table:
 * - src/functions/registry.ts adds only help text (descriptions, examples) and the
 *   wrapper Excel calls; tests/functions-metadata.test.ts keeps the JSDoc wrappers in step;
 * - the HyperFormula plugin (src/hf/plugin.ts) runs `runEntry` directly;
 * - Explain (src/engine/explain/) runs the same definition through the explainer.
 *
 * Adding a function: its maths and definition in its family file, one row here, one
 * wrapper in src/functions/ (with its help text in the registry), and their tests.
 */
import { BLOCK, BLOCKS, PTE, SUMMARY, TRANSFER } from './dsg';
import { GRANT, GRANT_ELEMENTS, MODES, PROJECT, RATE, RATE_BASES, RATE_ELEMENTS, TIMINGS } from './esg';
import { BLOCK_EXPLAINER, PTE_EXPLAINER, SUMMARY_EXPLAINER, TRANSFER_EXPLAINER } from './explain/dsg';
import { GRANT_EXPLAINER, PROJECT_EXPLAINER, RATE_EXPLAINER } from './explain/esg';
import { MIX_EXPLAINER } from './explain/mix';
import { PRICE_EXPLAINER, SHARE_EXPLAINER, SPLIT_EXPLAINER, SURPLUS_EXPLAINER, TECKAL_EXPLAINER } from './explain/traded';
import type { Explainer } from './explain/build';
import type { Choice } from './input';
import { MIX } from './mix';
import { run, type FunctionDef } from './pipeline';
import type { Matrix, Result, Scalar } from './result';
import { METHODS, PRICE, SHARE, SPLIT, SURPLUS, TECKAL } from './traded';

/** The namespace every function is typed with: `=ESG.GRANT(...)`. */
export const NAMESPACE = 'ESG';

/**
 * What a parameter holds. 'range' parameters are declared to Excel as ranges (a matrix);
 * every other kind arrives as one raw cell value, which the definition reads.
 */
export type ParamKind = 'number' | 'year' | 'choice' | 'boolean' | 'range';

export interface CatalogueParam {
  readonly name: string;
  readonly kind: ParamKind;
  readonly optional: boolean;
  /** What a blank gives, as formula text (e.g. `"total"`, `0`), when there is a fixed default. */
  readonly default?: string;
  /** The names a choice accepts (aliases are accepted too). */
  readonly choices?: readonly string[];
}

/* eslint-disable @typescript-eslint/no-explicit-any -- one table holds definitions of different argument types */
type AnyDef = FunctionDef<any, any, Scalar | Matrix>;
type AnyExplainer = Explainer<any, any, Scalar | Matrix>;
/* eslint-enable @typescript-eslint/no-explicit-any */

export interface CatalogueEntry {
  /** e.g. 'DSG.BLOCK' (no 'ESG.'). */
  readonly name: string;
  readonly params: readonly CatalogueParam[];
  /** The result is a spilled table. */
  readonly spills: boolean;
  readonly definition: AnyDef;
  readonly explainer: AnyExplainer;
  /** How many arguments a formula must give (the required parameters come first). */
  readonly minArgs: number;
}

const num = (name: string, dflt?: string): CatalogueParam => ({ name, kind: 'number', optional: false, ...(dflt === undefined ? {} : { default: dflt }) });
const optNum = (name: string, dflt?: string): CatalogueParam => ({ ...num(name, dflt), optional: true });
const year = (name: string): CatalogueParam => ({ name, kind: 'year', optional: false });
const optYear = (name: string, dflt?: string): CatalogueParam => ({ name, kind: 'year', optional: true, ...(dflt === undefined ? {} : { default: dflt }) });
const names = (table: readonly Choice<unknown>[]): readonly string[] => table.map((c) => c.name);
const choice = (name: string, table: readonly Choice<unknown>[]): CatalogueParam => ({ name, kind: 'choice', optional: false, choices: names(table) });
const optChoice = (name: string, table: readonly Choice<unknown>[], dflt: string): CatalogueParam => ({
  name,
  kind: 'choice',
  optional: true,
  default: `"${dflt}"`,
  choices: names(table),
});
const range = (name: string): CatalogueParam => ({ name, kind: 'range', optional: false });

interface Row {
  readonly name: string;
  readonly params: readonly CatalogueParam[];
  readonly spills: boolean;
  readonly definition: AnyDef;
  readonly explainer: AnyExplainer;
}

const ROWS = [
  { name: 'RATE', params: [year('year'), optChoice('element', RATE_ELEMENTS, 'general')], spills: false, definition: RATE, explainer: RATE_EXPLAINER },
  {
    name: 'GRANT',
    params: [
      num('mainstream'),
      optNum('special', '0'),
      optNum('pru', '0'),
      optNum('academies', '0'),
      optYear('year', '"2015-16"'),
      optChoice('element', GRANT_ELEMENTS, 'total'),
      optNum('generalRate'),
      optNum('retainedRate'),
    ],
    spills: false,
    definition: GRANT,
    explainer: GRANT_EXPLAINER,
  },
  {
    name: 'PROJECT',
    params: [
      num('mainstream'),
      num('special'),
      num('pru'),
      num('academies'),
      year('startYear'),
      num('years'),
      num('conversion'),
      optChoice('mode', MODES, 'pupils'),
      optChoice('timing', TIMINGS, 'start'),
      optChoice('rates', RATE_BASES, 'held'),
    ],
    spills: true,
    definition: PROJECT,
    explainer: PROJECT_EXPLAINER,
  },
  {
    name: 'DSG.BLOCK',
    // rate became optional (High Needs: £10,000 a place when blank); same position.
    params: [choice('block', BLOCKS), num('units'), optNum('rate'), optYear('year')],
    spills: false,
    definition: BLOCK,
    explainer: BLOCK_EXPLAINER,
  },
  { name: 'DSG.PTE', params: [range('hours')], spills: false, definition: PTE, explainer: PTE_EXPLAINER },
  {
    name: 'DSG.SUMMARY',
    params: [num('schools'), num('earlyYears'), num('highNeeds'), optNum('central'), optNum('recoupment', '0')],
    spills: true,
    definition: SUMMARY,
    explainer: SUMMARY_EXPLAINER,
  },
  {
    name: 'DSG.TRANSFER',
    params: [num('schoolsBlock'), num('amount'), year('year'), { name: 'approved', kind: 'boolean', optional: true, default: 'FALSE', choices: ['TRUE', 'FALSE'] }],
    spills: false,
    definition: TRANSFER,
    explainer: TRANSFER_EXPLAINER,
  },
  { name: 'TRADED.SURPLUS', params: [range('income'), range('costs')], spills: false, definition: SURPLUS, explainer: SURPLUS_EXPLAINER },
  {
    name: 'TRADED.SHARE',
    params: [num('surplus'), range('thresholds'), range('ratios'), optChoice('method', METHODS, 'marginal')],
    spills: false,
    definition: SHARE,
    explainer: SHARE_EXPLAINER,
  },
  {
    name: 'TRADED.SPLIT',
    params: [num('surplus'), range('thresholds'), range('ratios'), num('ringfence'), optChoice('method', METHODS, 'marginal')],
    spills: true,
    definition: SPLIT,
    explainer: SPLIT_EXPLAINER,
  },
  {
    name: 'TRADED.PRICE',
    params: [num('directCost'), num('overheadRate'), optNum('units', '1'), optNum('margin', '0')],
    spills: false,
    definition: PRICE,
    explainer: PRICE_EXPLAINER,
  },
  { name: 'TRADED.TECKAL', params: [num('councilTurnover'), num('otherTurnover')], spills: false, definition: TECKAL, explainer: TECKAL_EXPLAINER },
  {
    name: 'MIX',
    params: [num('core'), num('corePlus'), num('traded'), { name: 'bands', kind: 'range', optional: true, default: '{0.25,0.4;0.35,0.4;0.2,0.3}' }],
    spills: true,
    definition: MIX,
    explainer: MIX_EXPLAINER,
  },
] as const satisfies readonly Row[];

/** A catalogue function's name without the namespace, e.g. 'DSG.BLOCK'. */
export type CatalogueName = (typeof ROWS)[number]['name'];

function minArgs(params: readonly CatalogueParam[]): number {
  let n = 0;
  for (const p of params) if (!p.optional) n++;
  return n;
}

export const CATALOGUE: readonly CatalogueEntry[] = ROWS.map((r) => ({ ...r, minArgs: minArgs(r.params) }));

const BY_NAME = new Map<string, CatalogueEntry>(CATALOGUE.map((e) => [e.name, e]));

export function isCatalogueName(name: string): name is CatalogueName {
  return BY_NAME.has(name);
}

export function catalogueEntry(name: CatalogueName): CatalogueEntry {
  return BY_NAME.get(name) as CatalogueEntry;
}

/** Runs a catalogue function on raw cell values, as Excel passes them (omitted: undefined). */
export function runEntry(entry: CatalogueEntry, raw: readonly unknown[]): Result<Scalar | Matrix> {
  return run(entry.definition, raw);
}
