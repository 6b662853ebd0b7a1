/**
 * A HyperFormula instance with the `ESG.*` functions registered: the headless engine of
 * the preview, the tests and `npm run calc`. Never imported by the add-in's own bundles.
 */
import { HyperFormula, type ConfigParams, type Sheets } from 'hyperformula';
import { createEsgPluginClass, esgTranslations } from './plugin';

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
};

export function createHyperFormula(sheets: Sheets = {}, config: Partial<ConfigParams> = {}): HyperFormula {
  registerEsgFunctions();
  return HyperFormula.buildFromSheets(sheets, { ...HF_CONFIG, ...config });
}
