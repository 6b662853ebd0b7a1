export { HyperFormulaWorkbook, type HfChart, type HfTable } from './HyperFormulaWorkbook';
export { HyperFormulaSelection } from './HyperFormulaSelection';
