/**
 * Traded services custom functions: =ESG.TRADED.SURPLUS, SHARE, SPLIT, PRICE, TECKAL.
 * Thin wrappers: the engine validates and computes; toExcel turns its errors into Excel errors.
 */
import * as engine from '../engine/traded';
import { toExcel } from './excel-error';

/**
 * A traded service's surplus in £: total income minus total costs (a negative result is a deficit).
 * @customfunction TRADED.SURPLUS
 * @param income Income in £: a number or a range; blank cells are ignored.
 * @param costs Costs in £: a number or a range; blank cells are ignored.
 * @returns The surplus in £.
 */
export function tradedSurplus(income: unknown[][], costs: unknown[][]) {
  return toExcel(engine.tradedSurplus(income, costs));
}

/**
 * The council's share in £ of a traded surplus, under a sliding scale of agreed ratios.
 * @customfunction TRADED.SHARE
 * @param surplus The surplus in £; a deficit (negative) gives 0, as the trading arm carries it.
 * @param thresholds Range of each band's lower bound in £, going up, the first 0.
 * @param ratios Range of the council's share in each band, 0 to 1 (e.g. 50%); the same size as thresholds.
 * @param [method] "marginal" (default): each slice of surplus at its own band's ratio, like tax bands; "whole": the whole surplus at the ratio of the band it reaches.
 * @returns The council's share in £.
 */
export function tradedShare(surplus: unknown, thresholds: unknown[][], ratios: unknown[][], method?: unknown) {
  return toExcel(engine.tradedShare(surplus, thresholds, ratios, method));
}

/**
 * Spills how a traded surplus is split in £: ring-fenced for reinvestment, the council's share and what the trading arm keeps.
 * @customfunction TRADED.SPLIT
 * @param surplus The surplus in £; a deficit (negative) stays with the trading arm.
 * @param thresholds Range of each band's lower bound in £, going up, the first 0.
 * @param ratios Range of the council's share in each band, 0 to 1 (e.g. 50%); the same size as thresholds.
 * @param ringfence Share of the surplus ring-fenced to reinvest in the service, 0 to 1 (e.g. 25%).
 * @param [method] "marginal" (default): each slice at its own band's ratio; "whole": the whole net surplus at the ratio of the band it reaches.
 * @returns {unknown[][]} Two columns, label and £: Surplus, Ring-fenced for reinvestment, Net surplus, Council share, Retained by the trading arm.
 */
export function tradedSplit(
  surplus: unknown,
  thresholds: unknown[][],
  ratios: unknown[][],
  ringfence: unknown,
  method?: unknown,
) {
  return toExcel(engine.tradedSplit(surplus, thresholds, ratios, ringfence, method));
}

/**
 * Full-cost-recovery price per unit in £: direct cost plus overheads, plus any margin, divided by the units.
 * @customfunction TRADED.PRICE
 * @param directCost Direct cost in £.
 * @param overheadRate Overheads as a fraction of direct cost (e.g. 0.3 or 30%).
 * @param [units] Number of units the cost covers, such as days or places (default 1).
 * @param [margin] Margin on full cost as a fraction (default 0).
 * @returns The price per unit in £.
 */
export function tradedPrice(directCost: unknown, overheadRate: unknown, units?: unknown, margin?: unknown) {
  return toExcel(engine.tradedPrice(directCost, overheadRate, units, margin));
}

/**
 * The share of a trading company's turnover from outside customers (0 to 1): the Teckal exemption holds up to 0.2.
 * @customfunction TRADED.TECKAL
 * @param councilTurnover Turnover from the council (the controlling authority), £.
 * @param otherTurnover Turnover from outside customers, £.
 * @returns The outside share of turnover, 0 to 1.
 */
export function tradedTeckal(councilTurnover: unknown, otherTurnover: unknown) {
  return toExcel(engine.tradedTeckal(councilTurnover, otherTurnover));
}
