export { HyperFormulaWorkbook, type HfChart, type HfTable } from './HyperFormulaWorkbook';
