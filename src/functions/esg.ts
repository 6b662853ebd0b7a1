/**
 * Education Services Grant custom functions: =ESG.RATE, =ESG.GRANT, =ESG.PROJECT.
 * Thin wrappers: the engine validates and computes; toExcel turns its errors into Excel errors.
 */
import * as engine from '../engine/esg';
import { toExcel } from './excel-error';

/**
 * The published Education Services Grant rate for a year: £ per pupil, or a pupil weight.
 * @customfunction RATE
 * @param year Financial year, e.g. "2015-16", "2015/16" or 2015; rates are built in for 2013-14 to 2017-18.
 * @param [element] "general" (default: £ per maintained pupil), "retained" (£ per pupil for retained duties), "special" or "pru" (pupil weights in the general element).
 * @returns The rate in £ per pupil, or the weight.
 */
export function rate(year: unknown, element?: unknown) {
  return toExcel(engine.esgRate(year, element));
}

/**
 * One year's Education Services Grant in £: the general element for maintained pupils plus retained duties for all pupils.
 * @customfunction GRANT
 * @param mainstream Maintained mainstream (primary and secondary) pupils.
 * @param [special] Maintained special school pupils, weighted 4.25 in the general element (default 0).
 * @param [pru] Pupil referral unit and alternative provision pupils, weighted 3.75 in the general element (default 0).
 * @param [academies] Academy pupils, mainstream and special: retained duties only (default 0).
 * @param [year] Financial year, e.g. "2015-16" (the default), "2015/16" or 2015.
 * @param [element] "total" (default), "general" or "retained".
 * @param [generalRate] £ per pupil for the general element, instead of the published rate.
 * @param [retainedRate] £ per pupil for retained duties, instead of the published rate.
 * @returns The grant in £ (not rounded).
 */
export function grant(
  mainstream: unknown,
  special?: unknown,
  pru?: unknown,
  academies?: unknown,
  year?: unknown,
  element?: unknown,
  generalRate?: unknown,
  retainedRate?: unknown,
) {
  return toExcel(engine.esgGrant(mainstream, special, pru, academies, year, element, generalRate, retainedRate));
}

/**
 * Projects the ESG year by year as maintained mainstream pupils convert to academies: spills a table of pupils and £.
 * @customfunction PROJECT
 * @param mainstream Maintained mainstream pupils in the start year.
 * @param special Maintained special school pupils (held constant).
 * @param pru Pupil referral unit and alternative provision pupils (held constant).
 * @param academies Academy pupils in the start year.
 * @param startYear The base year, before any conversion, e.g. "2015-16".
 * @param years Number of years to project after the start year (a whole number up to 50).
 * @param conversion Mode "pupils": pupils converting each year; "percent": the fraction of remaining maintained mainstream pupils converting each year (e.g. 10%); "target": maintained mainstream pupils left in the last year.
 * @param [mode] "pupils" (default), "percent" or "target".
 * @param [timing] "start" (default): conversions count from the start of each year; "even": spread through the year, so the general element uses the average of opening and closing pupils.
 * @param [rates] "held" (default): the start year's rates every year; "published": each year's published rates.
 * @returns {unknown[][]} A header row, then one row per year: Year, Maintained pupils, Academy pupils, Retained duties £, General £, Total £.
 */
export function project(
  mainstream: unknown,
  special: unknown,
  pru: unknown,
  academies: unknown,
  startYear: unknown,
  years: unknown,
  conversion: unknown,
  mode?: unknown,
  timing?: unknown,
  rates?: unknown,
) {
  return toExcel(engine.esgProject(mainstream, special, pru, academies, startYear, years, conversion, mode, timing, rates));
}
