/**
 * 1,000 scenarios × 2,000 inputs, the README's advertised size (moved here from the test
 * suite): list, switch and Compare of two, each checked for the right values, with the
 * largest request and response of any sync (checked in bench/scenarios.ts against the 5 MB
 * limit). Part 3 of the scenarios section.
 */
import { ScenarioService } from '../src/scenarios';
import { scaleTotal, scaleValue } from '../tests/support/scale-fixtures';
import { check, ms, open, using, type Adapter } from './scenario-workbooks';

export interface ScaleRun {
  adapter: Adapter;
  listMs: number;
  switchMs: number;
  compareMs: number;
  syncsPerSwitch?: number;
  largestRequestBytes?: number;
  largestResponseBytes?: number;
  largestCells?: number;
}

/** 1,000 scenarios × 2,000 inputs: list, switch and Compare, each checked (was tests/faults/scale.test.ts). */
export async function scaleRun(adapter: Adapter): Promise<ScaleRun> {
  const spec = { inputs: 2000, scenarios: 1000 };
  const wb = await open(adapter, spec);
  try {
    return await using(wb, async () => {
      const service = new ScenarioService(wb.port);
      const largest = { requestBytes: 0, responseBytes: 0, cells: 0 };
      const note = (): void => {
        if (!wb.excel) return;
        const l = wb.excel.largest();
        largest.requestBytes = Math.max(largest.requestBytes, l.requestBytes);
        largest.responseBytes = Math.max(largest.responseBytes, l.responseBytes);
        largest.cells = Math.max(largest.cells, l.cells);
      };
      const list = await ms(() => service.list());
      note();
      if (list.out.kind !== 'state') throw new Error(JSON.stringify(list.out).slice(0, 300));
      check(list.out.scenarios.length === 1000 && list.out.inputs.length === 2000, 'list size');
      check(list.out.scenarios[999].values[1999] === scaleValue(2000, 1000), 'list value');

      wb.excel?.resetCounts();
      const switched = await ms(() => service.switchTo('S2'));
      const syncs = wb.excel?.syncCount;
      note();
      if (switched.out.kind !== 'switched') throw new Error(JSON.stringify(switched.out).slice(0, 300));
      check(switched.out.changes.length === 2001, 'switch changes');

      wb.excel?.resetCounts();
      const compared = await ms(() => service.compare({ scenarios: ['S3', 'S4'] }));
      note();
      if (compared.out.kind !== 'compared') throw new Error(JSON.stringify(compared.out).slice(0, 300));
      check(compared.out.outputs[0]?.values[0] === scaleTotal(2000, 3) && compared.out.outputs[0]?.values[1] === scaleTotal(2000, 4), 'compare totals');
      check(compared.out.restored === 'S2', 'compare restores');
      const after = await service.list();
      check(after.kind === 'state' && after.inputs[1999].current === scaleValue(2000, 2), 'inputs restored');
      return {
        adapter,
        listMs: list.ms,
        switchMs: switched.ms,
        compareMs: compared.ms,
        ...(wb.excel
          ? { syncsPerSwitch: syncs, largestRequestBytes: largest.requestBytes, largestResponseBytes: largest.responseBytes, largestCells: largest.cells }
          : {}),
      };
    });
  } finally {
    wb.dispose();
  }
}
