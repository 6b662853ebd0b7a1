/**
 * A HyperFormula instance with the `ESG.*` functions registered: the headless engine of
 * the preview, the tests and `npm run calc`. Never imported by the add-in's own bundles.
 */
import { HyperFormula, type ConfigParams, type Sheets } from 'hyperformula';
import { LITERAL_NAMES } from './literals';
import { createEsgPluginClass, esgTranslations, type EmptyCellMode, type EsgContext } from './plugin';

export type { EmptyCellMode } from './plugin';
export { isLiteralName, LITERAL_NAMES } from './literals';

let registered = false;

/** Registers the ESG plugin once per process (HyperFormula's registry is global). */
export function registerEsgFunctions(): void {
  if (registered) return;
  HyperFormula.registerFunctionPlugin(createEsgPluginClass(), esgTranslations());
  registered = true;
}

export const HF_CONFIG: Partial<ConfigParams> = {
  licenseKey: 'gpl-v3',
  language: 'enGB',
  // Excel semantics where HyperFormula offers a choice.
  useArrayArithmetic: true,
  evaluateNullToZero: true,
  smartRounding: false,
  functionArgSeparator: ',',
  decimalSeparator: '.',
  thousandSeparator: '',
  // Excel's grid, 1,048,576 rows by 16,384 columns (XFD). HyperFormula's own default stops at
  // 40,000 rows: the Scenario Log filled after 39 Switches of 1,000 inputs (tests/hf/sheet-limits.test.ts).
  maxRows: 1_048_576,
  maxColumns: 16_384,
};

/** The empty-cell behaviour asked for by the environment: `ESG_EMPTY=desktop` gives Excel for Windows'. */
export function emptyModeFromEnv(): EmptyCellMode {
  const env = typeof process === 'undefined' ? undefined : process.env?.ESG_EMPTY;
  return env?.toLowerCase() === 'desktop' ? 'desktop' : 'web';
}

export interface EsgOptions {
  /** How an empty referenced cell reaches ESG functions: 'web' (null) or 'desktop' (0). Default: `ESG_EMPTY`, else 'web'. */
  empty?: EmptyCellMode;
}

export function createHyperFormula(sheets: Sheets = {}, config: Partial<ConfigParams> = {}, options: EsgOptions = {}): HyperFormula {
  registerEsgFunctions();
  const context: EsgContext = { esgEmpty: options.empty ?? emptyModeFromEnv() };
  const literals = LITERAL_NAMES.map((name) => ({ name, expression: `=${name}()` }));
  return HyperFormula.buildFromSheets(sheets, { ...HF_CONFIG, ...config, context }, literals);
}
