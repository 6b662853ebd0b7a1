/**
 * Set up: writes a working demo model (./demo/: the Oxfordshire 2015-16 figures, its sheets
 * and the scenario layout of SCENARIOS.md — `ESG_Scenarios`, `ESG_ActiveScenario`,
 * `ESG_Outputs` and the Scenario Log) into the current workbook.
 *
 * It refuses when `ESG_Scenarios` exists, and never touches an existing sheet: a sheet
 * name already in use gets a suffix (`Inputs (2)`), and formulas follow the names chosen.
 */
import type { Snapshot, WriteOp, WorkbookPort } from '../workbook/port';
import { DEMO_SCENARIOS, demoNames, SHEETS, type SheetKey } from './demo/content';
import { demoWrites } from './demo/sheets';
import { LOG_TABLE, OUTPUTS_TABLE, SCENARIOS_TABLE } from './layout';
import { MESSAGES } from './messages';
import { refusal } from './names';
import type { Failure, Refusal } from './types';

export { DEMO_SCENARIOS, demoNames, FORMATS } from './demo/content';

export type SetupOutcome = { readonly kind: 'set-up'; readonly sheets: readonly string[]; readonly activeScenario: string } | Refusal | Failure;

const causeOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Set up never throws: a workbook failure comes back as a `Failure`, after removing what it had added. */
export async function setUpDemoModel(port: WorkbookPort): Promise<SetupOutcome> {
  const candidates = SHEETS.flatMap((sheet) => [sheet, ...Array.from({ length: 8 }, (_, k) => `${sheet} (${k + 2})`)]);
  const names = demoNames();
  let snap: Snapshot;
  try {
    snap = await port.read({ tablesExist: [SCENARIOS_TABLE, OUTPUTS_TABLE, LOG_TABLE], names, sheets: candidates });
  } catch (error) {
    return { kind: 'failed', restored: true, message: MESSAGES.actionFailed('set up', causeOf(error)) };
  }
  if (snap.tableExists(SCENARIOS_TABLE)) return refusal('setup-exists', MESSAGES.setupExists());
  const takenTables = [OUTPUTS_TABLE, LOG_TABLE].filter((t) => snap.tableExists(t));
  if (takenTables.length > 0) return refusal('setup-name-taken', MESSAGES.setupTablesTaken(takenTables));
  const takenNames = names.filter((n) => snap.name(n).status !== 'missing');
  if (takenNames.length > 0) return refusal('setup-name-taken', MESSAGES.setupNamesTaken(takenNames));

  const sheetName = {} as Record<SheetKey, string>;
  for (const sheet of SHEETS) {
    const free = [sheet, ...Array.from({ length: 8 }, (_, k) => `${sheet} (${k + 2})`)].find((c) => !snap.sheetExists(c));
    if (free === undefined) return refusal('setup-name-taken', MESSAGES.setupNamesTaken([sheet]));
    sheetName[sheet] = free;
  }

  const ops = demoWrites(sheetName);

  try {
    await port.write(ops);
  } catch (error) {
    return rollBack(port, SHEETS.map((s) => sheetName[s]), names, causeOf(error));
  }
  return { kind: 'set-up', sheets: SHEETS.map((s) => sheetName[s]), activeScenario: DEMO_SCENARIOS.july2015 };
}

/**
 * Removes what a failed Set up had added. Its sheets and names were all free before it
 * started (it checked), so whichever of them exist now are its own: delete the names, then
 * the sheets (with the tables and charts on them).
 */
async function rollBack(port: WorkbookPort, sheets: readonly string[], names: readonly string[], cause: string): Promise<Failure> {
  try {
    const snap = await port.read({ sheets, names });
    const ops: WriteOp[] = [
      ...names.filter((n) => snap.name(n).status !== 'missing').map((name): WriteOp => ({ kind: 'deleteName', name })),
      ...sheets.filter((s) => snap.sheetExists(s)).map((sheet): WriteOp => ({ kind: 'deleteSheet', sheet })),
    ];
    await port.write(ops);
    return { kind: 'failed', restored: true, message: MESSAGES.setupFailedRestored(cause) };
  } catch {
    return { kind: 'failed', restored: false, message: MESSAGES.setupFailed(cause) };
  }
}
