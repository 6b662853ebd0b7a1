/**
 * Issue 14.6: Import → Replace of the ACTIVE scenario. Its inputs showed its old values; if
 * they kept them, the pane would report "You have changed an input" although nobody typed
 * anything. So the inputs take the imported values in the same guarded write (logged as a
 * Switch, so Revert puts them back); an input the user changed and has not saved keeps the
 * user's value; a co-author's edit between the read and the write is a conflict, not lost.
 */
import type { WorkbookPort } from '../../src/workbook/port';
import { demo, logOf, type Demo } from './support/demo';

/** The demo's file with the active scenario's Mainstream pupils (and anything in `more`) changed. */
async function fileWith(values: Record<string, unknown>): Promise<string> {
  const source = await demo();
  const out = await source.service.exportJson();
  if (out.kind !== 'exported') throw new Error(out.message);
  const file = JSON.parse(out.text) as { scenarios: { name: string; values: Record<string, unknown> }[] };
  for (const s of file.scenarios) if (s.name === 'July 2015 estimate') s.values = { ...s.values, ...values };
  return JSON.stringify(file);
}

async function unsaved(d: Demo): Promise<string[]> {
  const list = await d.service.list();
  if (list.kind !== 'state') throw new Error(list.message);
  return list.unsaved.map((u) => u.input);
}

describe('Import → Replace of the active scenario (issue 14.6)', () => {
  it('nothing typed: the inputs take the imported values, nothing shows as unsaved, a Switch asks nothing', async () => {
    const d = await demo();
    expect(d.named('ESG_Mainstream')).toBe(44095);
    const outcome = await d.service.import(await fileWith({ ESG_Mainstream: 41000 }), 'json', { 'July 2015 estimate': 'replace' });
    expect(outcome).toMatchObject({ kind: 'imported', replaced: ['July 2015 estimate'], loaded: [{ input: 'ESG_Mainstream', before: 44095, after: 41000 }] });
    expect(d.named('ESG_Mainstream')).toBe(41000);
    expect(await unsaved(d)).toEqual([]);
    expect((await logOf(d.wb)).map((r) => r.slice(1))).toEqual([
      ['Save', 'July 2015 estimate', 'ESG_Mainstream', 44095, 41000],
      ['Switch', 'July 2015 estimate', 'ESG_Mainstream', 44095, 41000],
    ]);
    expect(await d.service.switchTo('July 2017 estimate')).toMatchObject({ kind: 'switched' });
  });

  it('Revert puts the inputs back as they were before the import', async () => {
    const d = await demo();
    await d.service.import(await fileWith({ ESG_Mainstream: 41000 }), 'json', { 'July 2015 estimate': 'replace' });
    expect(await d.service.revert()).toMatchObject({ kind: 'reverted', changes: [{ input: 'ESG_Mainstream', before: 41000, after: 44095 }] });
    expect(d.named('ESG_Mainstream')).toBe(44095);
  });

  it("an input the user changed and has not saved keeps the user's value (and still shows as unsaved)", async () => {
    const d = await demo();
    d.type('ESG_Special', 600);
    const outcome = await d.service.import(await fileWith({ ESG_Mainstream: 41000, ESG_Special: 590 }), 'json', { 'July 2015 estimate': 'replace' });
    expect(outcome).toMatchObject({ kind: 'imported', loaded: [{ input: 'ESG_Mainstream', after: 41000 }] });
    expect(d.named('ESG_Mainstream')).toBe(41000);
    expect(d.named('ESG_Special')).toBe(600);
    expect(await unsaved(d)).toEqual(['ESG_Special']);
  });

  it('replacing another scenario writes no input', async () => {
    const d = await demo();
    const source = await demo();
    const out = await source.service.exportJson();
    if (out.kind !== 'exported') throw new Error(out.message);
    const file = JSON.parse(out.text) as { scenarios: { name: string; values: Record<string, unknown> }[] };
    for (const s of file.scenarios) if (s.name === 'July 2017 estimate') s.values = { ...s.values, ESG_Mainstream: 29000 };
    const outcome = await d.service.import(JSON.stringify(file), 'json', { 'July 2017 estimate': 'replace' });
    expect(outcome).toMatchObject({ kind: 'imported', replaced: ['July 2017 estimate'], loaded: [] });
    expect(d.named('ESG_Mainstream')).toBe(44095);
    expect((await logOf(d.wb)).map((r) => r[1])).toEqual(['Save']);
  });

  it('a co-author retyping the input between the read and the write: nothing of the import stays, their value does', async () => {
    let retype: (() => void) | undefined;
    const d = await demo({
      port: (wb): WorkbookPort => ({
        read: (plan) => wb.read(plan),
        calculate: () => wb.calculate(),
        write: async (ops) => {
          retype?.();
          retype = undefined;
          return wb.write(ops);
        },
      }),
    });
    const text = await fileWith({ ESG_Mainstream: 41000 });
    retype = () => d.type('ESG_Mainstream', 45000);
    const outcome = await d.service.import(text, 'json', { 'July 2015 estimate': 'replace' });
    expect(outcome).toMatchObject({ kind: 'failed' });
    expect(d.named('ESG_Mainstream')).toBe(45000);
    const list = await d.service.list();
    if (list.kind !== 'state') throw new Error(list.message);
    expect(list.scenarios.find((s) => s.name === 'July 2015 estimate')?.values[1]).toBe(44095);
  });
});
