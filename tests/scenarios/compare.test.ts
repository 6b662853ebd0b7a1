/**
 * Compare always restores the active scenario and any unsaved values, also when a step
 * fails; it refuses outputs it cannot report, writing nothing.
 */
import type { WorkbookPort, WriteOp } from '../../src/workbook/port';
import { demo } from './support/demo';

/** A port that fails its `n`-th write after applying half of it. */
function failingOn(n: number) {
  return (inner: WorkbookPort): WorkbookPort => {
    let writes = 0;
    return {
      read: (plan) => inner.read(plan),
      calculate: () => inner.calculate(),
      write: async (ops: readonly WriteOp[]) => {
        writes += 1;
        if (writes === n) {
          await inner.write(ops.slice(0, Math.ceil(ops.length / 2)));
          throw new Error('simulated failure');
        }
        return inner.write(ops);
      },
    };
  };
}

describe('compare', () => {
  it('restores the unsaved values and the active scenario when a step fails', async () => {
    const d = await demo({ port: failingOn(2) });
    d.type('ESG_Mainstream', 40000); // unsaved
    const before = d.state();
    const outcome = await d.service.compare();
    expect(outcome).toMatchObject({ kind: 'failed', restored: true });
    expect(outcome.kind === 'failed' && outcome.message).toContain('"July 2017 estimate"');
    expect(d.state()).toBe(before);
    expect(d.named('ESG_Mainstream')).toBe(40000);
  });

  it('restores the unsaved values after a successful comparison, and says so on the sheet', async () => {
    const d = await demo();
    d.type('ESG_Mainstream', 40000);
    const outcome = await d.service.compare({ scenarios: ['All academies'] });
    expect(outcome).toMatchObject({ kind: 'compared', restored: 'July 2015 estimate' });
    expect(d.named('ESG_Mainstream')).toBe(40000);
    // Issue 14.9: the time is an Excel date-time (2025-01-01 12:00:0x UTC) formatted for people.
    const sheet = d.hf.getSheetId('Scenario Comparison') ?? -1;
    expect(d.hf.getCellValue({ sheet, row: 1, col: 0 })).toBe('Made (UTC)');
    const made = d.hf.getCellValue({ sheet, row: 1, col: 1 });
    expect(typeof made).toBe('number');
    expect(new Date(Math.round(((made as number) - 25569) * 86400000)).toISOString()).toMatch(/^2025-01-01T12:00:\d\d\.000Z$/);
    expect(d.wb.numberFormatAt('Scenario Comparison', 1, 1)).toBe('yyyy-mm-dd hh:mm:ss');
    expect(d.hf.getCellValue({ sheet, row: 1, col: 2 })).toMatch(/"July 2015 estimate".*unsaved/);
  });

  it('reports the restore failing too', async () => {
    const d = await demo({
      port: (inner) => {
        let writes = 0;
        return {
          read: (p) => inner.read(p),
          calculate: () => inner.calculate(),
          write: async (ops) => {
            writes += 1;
            // The second scenario's write lands, then Excel goes away (so there is something to put back).
            if (writes === 2) await inner.write(ops);
            if (writes >= 2) throw new Error('Excel went away');
            return inner.write(ops);
          },
        };
      },
    });
    const outcome = await d.service.compare();
    expect(outcome).toMatchObject({ kind: 'failed', restored: false });
    expect(outcome.kind === 'failed' && outcome.message).toContain('ESG_Mainstream');
  });

  it.each([
    ['an output that is not a defined name', 'No_Such_Name', 'output-undefined'],
    ['an output that is not a range', 'Const_Name', 'output-not-range'],
    ['an output too large to report', 'Big_Range', 'output-too-large'],
  ])('refuses %s, writing nothing', async (_label, name, code) => {
    const d = await demo();
    d.hf.addNamedExpression('Const_Name', '=42');
    d.hf.addNamedExpression('Big_Range', '=ESG!$A$1:$F$20');
    d.hf.setCellContents({ sheet: d.hf.getSheetId('Scenarios') ?? -1, row: 16, col: 0 }, [[name]]);
    const before = d.state();
    expect(await d.service.compare()).toMatchObject({ kind: 'refused', code });
    expect(d.state()).toBe(before);
  });

  it('refuses an unknown scenario', async () => {
    const d = await demo();
    expect(await d.service.compare({ scenarios: ['Nope'] })).toMatchObject({ kind: 'refused', code: 'scenario-not-found' });
  });
});
