/**
 * Set up and a co-author: a sheet they add, between Set up's read and its write, under a
 * name Set up chose as free (e.g. "DSG") must survive Set up's failure: Set up removes only
 * what it added itself, and never someone else's sheet with its data.
 */
import { ScenarioService } from '../../src/scenarios';
import { clock } from '../faults/support/actions';
import { FaultyPort } from '../faults/support/faulty-port';
import { harness, type AdapterKind, type Harness } from '../faults/support/harness';

let open: Harness | undefined;
afterEach(() => {
  open?.dispose();
  open = undefined;
});

describe.each<AdapterKind>(['hf', 'office'])('%s adapter', (kind) => {
  it.each(['Inputs', 'DSG', 'Scenario Log'])('a sheet "%s" added meanwhile is kept, with its data; Set up removes only its own', async (theirs) => {
    const h = await harness(kind, { empty: true });
    open = h;
    const port = new FaultyPort(h.port, {
      beforeWrite: (n: number) => {
        if (n === 1) h.coAuthor.addSheet(theirs, 'their notes');
      },
    });
    const outcome = await new ScenarioService(port, { now: clock() }).setUp();
    expect(outcome.kind).toBe('failed');
    const snap = await h.port.read({ sheets: [theirs, 'Inputs', 'ESG', 'DSG', 'Traded', 'Budget 2015-16', 'Scenarios', 'Scenario Log'], tablesExist: ['ESG_Scenarios'] });
    expect(snap.sheetExists(theirs)).toBe(true);
    expect(h.coAuthor.cell(theirs, 'A1')).toBe('their notes');
    expect(snap.tableExists('ESG_Scenarios')).toBe(false);
    // Everything Set up added is gone; the sheet it could not tell from its own is named.
    const left = ['Inputs', 'ESG', 'DSG', 'Traded', 'Budget 2015-16', 'Scenarios', 'Scenario Log'].filter((s) => s !== theirs && snap.sheetExists(s));
    expect(left).toEqual([]);
    expect(outcome).toMatchObject({ kind: 'failed', restored: false });
    expect(outcome.kind === 'failed' && outcome.message).toContain(`"${theirs}"`);
  });
});
