/**
 * Dedicated Schools Grant custom functions: =ESG.DSG.BLOCK, =ESG.DSG.PTE, =ESG.DSG.SUMMARY, =ESG.DSG.TRANSFER.
 * Thin wrappers: the engine validates and computes; toExcel turns its errors into Excel errors.
 */
import * as engine from '../engine/dsg';
import { toExcel } from './excel-error';

/**
 * A Dedicated Schools Grant block's gross allocation in £, from its units and rate.
 * @customfunction DSG.BLOCK
 * @param block "Schools", "Early Years", "High Needs" or "Central" (the Central School Services Block, from 2018-19).
 * @param units Schools and Central: pupils; Early Years: part-time equivalents; High Needs: places.
 * @param [rate] £ per pupil (Schools, Central), £ per hour (Early Years, × 570 hours a year) or £ per place (High Needs; leave blank for £10,000).
 * @param [year] Financial year, e.g. "2018-19"; the Central block is an error before 2018-19.
 * @returns The block's allocation in £.
 */
export function dsgBlock(block: unknown, units: unknown, rate?: unknown, year?: unknown) {
  return toExcel(engine.dsgBlock(block, units, rate, year));
}

/**
 * Part-time equivalents for early years funding: each child's weekly funded hours ÷ 15, at most 1 per child.
 * @customfunction DSG.PTE
 * @param hours Range of each child's weekly funded hours; blank cells are ignored.
 * @returns The number of part-time equivalents.
 */
export function dsgPte(hours: unknown[][]) {
  return toExcel(engine.dsgPte(hours));
}

/**
 * Spills a DSG summary in £: each block, the total, academy recoupment (deducted) and the net DSG.
 * @customfunction DSG.SUMMARY
 * @param schools Schools block, £.
 * @param earlyYears Early Years block, £.
 * @param highNeeds High Needs block, £.
 * @param [central] Central School Services Block, £ (from 2018-19); leave blank to leave the row out.
 * @param [recoupment] Academy recoupment, £: always deducted, whether entered as positive or negative.
 * @returns {unknown[][]} Two columns, label and £: the blocks, Total DSG, Academy recoupment (negative) and Net DSG.
 */
export function dsgSummary(
  schools: unknown,
  earlyYears: unknown,
  highNeeds: unknown,
  central?: unknown,
  recoupment?: unknown,
) {
  return toExcel(engine.dsgSummary(schools, earlyYears, highNeeds, central, recoupment));
}

/**
 * Checks a transfer out of the DSG schools block: the amount in £ when allowed, an error above the 0.5% limit from 2018-19.
 * @customfunction DSG.TRANSFER
 * @param schoolsBlock The schools block allocation, £.
 * @param amount The amount to move to other blocks, £.
 * @param year Financial year of the transfer, e.g. "2018-19"; before 2018-19 any amount is allowed.
 * @param [approved] TRUE once the Secretary of State has approved a transfer above 0.5% (a disapplication); default FALSE.
 * @returns The amount in £.
 */
export function dsgTransfer(schoolsBlock: unknown, amount: unknown, year: unknown, approved?: unknown) {
  return toExcel(engine.dsgTransfer(schoolsBlock, amount, year, approved));
}
