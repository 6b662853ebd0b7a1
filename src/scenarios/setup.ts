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
import { demoWrites, type SheetClaim } from './demo/sheets';
import { LOG_TABLE, OUTPUTS_TABLE, SCENARIOS_TABLE } from './layout';
import { MESSAGES } from './messages';
import { refusal, sameName } from './names';
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

  const { ops, claims } = demoWrites(sheetName);
  try {
    await port.write(ops);
  } catch (error) {
    return rollBack(port, claims, names, causeOf(error));
  }
  return { kind: 'set-up', sheets: SHEETS.map((s) => sheetName[s]), activeScenario: DEMO_SCENARIOS.july2015 };
}

/**
 * Removes what a failed Set up had added, and only that. Its sheets and names were free when
 * it read, but a co-author may have added a sheet of the same name since (then Set up's
 * batch broke on it): so a sheet is Set up's own only when what Set up defined on it straight
 * after adding it is there (`SheetClaim`), or a later sheet is claimed (the batch applies a
 * prefix: every sheet before a claimed one was added by it). The one sheet after the last
 * claimed one, if it exists, may be either: it is left, and the message names it. Names go
 * first (only those on Set up's sheets), then the sheets, with their tables and charts.
 */
async function rollBack(port: WorkbookPort, claims: readonly SheetClaim[], names: readonly string[], cause: string): Promise<Failure> {
  try {
    const sheets = claims.map((c) => c.sheet);
    const tables = claims.flatMap((c) => (c.table === undefined ? [] : [c.table]));
    const snap = await port.read({ sheets, names, tables });
    const isClaimed = (c: SheetClaim): boolean => {
      if (c.name !== undefined) {
        const n = snap.name(c.name);
        return n.status === 'range' && sameName(n.sheet, c.sheet);
      }
      const t = c.table === undefined ? null : snap.table(c.table);
      return t !== null && sameName(t.sheet, c.sheet);
    };
    let last = -1;
    claims.forEach((c, i) => {
      if (isClaimed(c)) last = i;
    });
    const ours = sheets.filter((sheet, i) => i <= last && snap.sheetExists(sheet));
    const unsure = sheets[last + 1] !== undefined && snap.sheetExists(sheets[last + 1]) ? sheets[last + 1] : undefined;
    const onOurs = (name: string): boolean => {
      const n = snap.name(name);
      return n.status === 'range' && ours.some((sheet) => sameName(sheet, n.sheet));
    };
    await port.write([
      ...names.filter(onOurs).map((name): WriteOp => ({ kind: 'deleteName', name })),
      ...ours.map((sheet): WriteOp => ({ kind: 'deleteSheet', sheet })),
    ]);
    if (unsure !== undefined) return { kind: 'failed', restored: false, message: MESSAGES.setupFailedSheetLeft(cause, unsure) };
    return { kind: 'failed', restored: true, message: MESSAGES.setupFailedRestored(cause) };
  } catch {
    return { kind: 'failed', restored: false, message: MESSAGES.setupFailed(cause) };
  }
}
