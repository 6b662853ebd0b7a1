/** Explaining a cell's formula (host-neutral). */
export {
  catalogueNameOf,
  explainFormula,
  findEsgCall,
  fromPortValue,
  sourceLabel,
  toArgument,
  type ArgumentSource,
  type EsgCall,
  type ExplainHost,
  type FormulaExplanation,
  type HostError,
  type HostScalar,
  type HostValue,
  type Reference,
  type ResolvedArgument,
  type SourceKind,
} from './formula';
export { parseFormula, walk, type Node } from './parse';
export { FormulaSyntaxError, isCellAddress, isLocalAddress, tokenize, type Token } from './tokenize';
export { formulaExplanationText } from './text';
export { CannotEvaluate, localEvaluator } from './evaluate';
export { insertRefusal } from './insertable';
export { referenceKey, referencesOf } from './references';
export { explainHostOf, explainSelectedCell, insertFormula, type ExplainedCell } from './selected';
