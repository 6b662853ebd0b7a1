/**
 * Deployment mix custom function: =ESG.MIX.
 * A thin wrapper: the engine validates and computes; toExcel turns its errors into Excel errors.
 */
import * as engine from '../engine/mix';
import { toExcel } from './excel-error';

/**
 * Spills each activity (label), its share of school-improvement staff time and whether it is below, within or above the effective range.
 * @customfunction MIX
 * @param core Staff time on the Core Offer (statutory), e.g. FTE, days or %.
 * @param corePlus Staff time on the Core Offer Plus (strategic), in the same unit.
 * @param traded Staff time on traded activity, in the same unit.
 * @param [bands] 3×2 range of minimum and maximum shares (rows Core, Core Plus, Traded); default 25%-40%, 35%-40%, 20%-30%.
 * @returns {unknown[][]} One row per activity: its share (0 to 1) and "Below range", "Within range" or "Above range".
 */
export function mix(core: unknown, corePlus: unknown, traded: unknown, bands?: unknown[][]) {
  return toExcel(engine.mix(core, corePlus, traded, bands));
}
