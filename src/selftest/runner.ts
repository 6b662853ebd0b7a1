/**
 * Runs the probes one after another, each on a scratch sheet of its own, and always puts
 * the workbook back: after every probe (also when it throws) its temporary names and
 * sheets are deleted; at the end the active sheet and selection are restored and checked,
 * and anything that could not be removed is listed in the report.
 */
import type { HostInfo, SelfTestPort, WorkbookPlace } from '../workbook/selftest-port';
import { FUNCTION_PROBES } from './function-probes';
import { roundTripProbe } from './round-trip';
import { fail, type CellHelpers, type Probe, type ProbeOutcome, type ProbeResult, type Progress, type SelfTestReport } from './types';
import { WORKBOOK_PROBES } from './workbook-probes';

export const ALL_PROBES: readonly Probe[] = [...FUNCTION_PROBES, ...WORKBOOK_PROBES, roundTripProbe];

export interface RunOptions {
  readonly probes?: readonly Probe[];
  /** Makes this run's names unique (default: random). */
  readonly suffix?: string;
  readonly onProgress?: (progress: Progress) => void;
  /** How a probe waits for Excel to calculate (default 250 ms). */
  readonly wait?: () => Promise<void>;
}

const UNKNOWN: HostInfo = { host: 'unknown', platform: 'unknown', version: 'unknown', apiSets: [] };

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function randomSuffix(): string {
  return Math.floor(Math.random() * 36 ** 4).toString(36).padStart(4, '0');
}

function cellHelpers(host: SelfTestPort, sheet: string): CellHelpers {
  return {
    async put(address, cells) {
      const content = cells.map((row) => row.map((v) => (typeof v === 'string' && v.startsWith('=') ? { formula: v } : v)));
      await host.workbook.write([{ kind: 'setCells', sheet, address, cells: content }]);
      await host.workbook.calculate();
    },
    read: (address) => host.readCells(sheet, address),
  };
}

/** The same sheet, and the same selection where both are known (a chart may be selected). */
const samePlace = (a: WorkbookPlace, b: WorkbookPlace): boolean =>
  a.sheet === b.sheet && (a.selection === null || b.selection === null || a.selection === b.selection);
const showPlace = (p: WorkbookPlace): string => `${p.sheet ?? '(none)'}!${p.selection ?? '(unknown)'}`;

export async function runSelfTest(host: SelfTestPort, options: RunOptions = {}): Promise<SelfTestReport> {
  const probes = options.probes ?? ALL_PROBES;
  const suffix = options.suffix ?? randomSuffix();
  const wait = options.wait ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 250)));
  const prefix = `ESG_Check_${suffix}_`;
  const problems: string[] = [];
  const results: ProbeOutcome[] = [];
  const allSheets: string[] = [];
  const allNames: string[] = [];

  const info = await host.info().catch(() => UNKNOWN);
  const place = await host.place();

  const removeAll = async (sheets: readonly string[], names: readonly string[], sink: string[]): Promise<void> => {
    if (sheets.length + names.length === 0) return;
    const snap = await host.workbook.read({ sheets: [...sheets], names: [...names] });
    // One write each, so that one failure does not keep the rest.
    for (const name of names) {
      if (snap.name(name).status === 'missing') continue;
      await host.workbook.write([{ kind: 'deleteName', name }]).catch((e: unknown) => sink.push(`could not delete the name ${name}: ${message(e)}`));
    }
    for (const sheet of sheets) {
      if (!snap.sheetExists(sheet)) continue;
      await host.workbook.write([{ kind: 'deleteSheet', sheet }]).catch((e: unknown) => sink.push(`could not delete the sheet ${sheet}: ${message(e)}`));
    }
  };

  try {
    for (const [i, probe] of probes.entries()) {
      options.onProgress?.({ index: i + 1, total: probes.length, title: probe.title });
      const sheet = `ESG Check ${suffix} ${i + 1}`;
      const sheets = [sheet];
      const names: string[] = [];
      allSheets.push(sheet);
      let result: ProbeResult;
      try {
        await host.workbook.write([{ kind: 'addSheet', sheet }]);
        result = await probe.run({
          host,
          sheet,
          prefix,
          extraSheet: (label) => {
            const extra = `${sheet} ${label}`.slice(0, 31);
            sheets.push(extra);
            allSheets.push(extra);
            return extra;
          },
          trackName: (name) => {
            names.push(name);
            allNames.push(name);
          },
          wait,
          cells: cellHelpers(host, sheet),
        });
      } catch (error) {
        result = fail(`The check stopped with an error: ${message(error)}`);
      }
      // A failure here is retried by the final sweep, which alone decides what is reported.
      await removeAll(sheets, names, []).catch(() => undefined);
      results.push({ id: probe.id, title: probe.title, checks: probe.checks, expected: probe.expected, ...result });
    }
  } finally {
    // Whatever happened above: one more sweep, then the user's place, then check; a
    // passing fault (a lost connection) gets one more try.
    for (let attempt = 1; attempt <= 2; attempt += 1) {
      const found: string[] = [];
      try {
        await removeAll(allSheets, allNames, found);
        await host.restorePlace(place);
        const left = await host.workbook.read({ sheets: allSheets, names: allNames });
        for (const s of allSheets) if (left.sheetExists(s)) found.push(`the scratch sheet ${s} is still there`);
        for (const n of allNames) if (left.name(n).status !== 'missing') found.push(`the temporary name ${n} is still there`);
        const now = await host.place();
        if (!samePlace(now, place)) found.push(`the active sheet and selection are ${showPlace(now)}, not ${showPlace(place)} as before`);
      } catch (error) {
        found.push(`putting the workbook back failed: ${message(error)}`);
      }
      if (found.length === 0 || attempt === 2) {
        problems.push(...found);
        break;
      }
    }
  }
  return { info, results, cleanup: { restored: problems.length === 0, problems: [...new Set(problems)] } };
}
