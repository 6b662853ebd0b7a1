/**
 * Save, Create, Duplicate, Rename, Delete change the scenario table only (and log it);
 * refusals name their cause and write nothing; text stays text.
 */
import { demo, logOf, type Demo } from './support/demo';

async function scenarios(d: Demo): Promise<{ name: string; values: readonly unknown[] }[]> {
  const list = await d.service.list();
  if (list.kind !== 'state') throw new Error(list.message);
  return [...list.scenarios];
}

describe('editing scenarios', () => {
  it('create stores the current value of every input', async () => {
    const d = await demo();
    d.type('ESG_Special', 600);
    expect(await d.service.create('Special 600')).toMatchObject({ kind: 'done', action: 'Create' });
    expect((await scenarios(d)).at(-1)).toEqual({ name: 'Special 600', values: ['2015-16', 44095, 600, 0, 44769, 0.7, 0.2, 0.1] });
    expect(d.named('ESG_ActiveScenario')).toBe('July 2015 estimate'); // the table only
    expect((await logOf(d.wb)).every((r) => r[1] === 'Create' && r[2] === 'Special 600')).toBe(true);
  });

  it('save writes the current values into the active scenario, for the inputs it stores', async () => {
    const d = await demo();
    d.type('ESG_Special', 600);
    expect(await d.service.save()).toMatchObject({
      kind: 'done',
      action: 'Save',
      scenario: 'July 2015 estimate',
      changes: [{ input: 'ESG_Special', before: 579, after: 600 }],
    });
    expect((await scenarios(d))[0].values[2]).toBe(600);
    expect((await d.service.list()).kind === 'state' && (await d.service.list())).toMatchObject({ unsaved: [] });
  });

  it('save into a partial scenario keeps its blank inputs blank', async () => {
    const d = await demo();
    await d.service.switchTo('Option D traded arm');
    d.type('ESG_TradedShare', 0.3);
    expect(await d.service.save()).toMatchObject({ scenario: 'Option D traded arm', changes: [{ input: 'ESG_TradedShare', before: 0.25, after: 0.3 }] });
    expect((await scenarios(d))[3].values).toEqual(['', '', '', '', '', 0.4, 0.35, 0.3]);
  });

  it('duplicate copies a scenario under a new name', async () => {
    const d = await demo();
    await d.service.duplicate('July 2017 estimate', 'July 2017 copy');
    const all = await scenarios(d);
    expect(all.at(-1)).toEqual({ name: 'July 2017 copy', values: all[1].values });
  });

  it('rename of the active scenario also renames the active cell', async () => {
    const d = await demo();
    expect(await d.service.rename('July 2015 estimate', 'Budget 2015')).toMatchObject({ kind: 'done', action: 'Rename' });
    expect((await scenarios(d))[0].name).toBe('Budget 2015');
    expect(d.named('ESG_ActiveScenario')).toBe('Budget 2015');
    const log = await logOf(d.wb);
    expect(log.map((r) => r.slice(1))).toEqual([
      ['Rename', 'Budget 2015', '', 'July 2015 estimate', 'Budget 2015'],
      ['Rename', 'Budget 2015', 'ESG_ActiveScenario', 'July 2015 estimate', 'Budget 2015'],
    ]);
  });

  it('delete removes a scenario and logs its values', async () => {
    const d = await demo();
    expect(await d.service.delete('All academies')).toMatchObject({ kind: 'done', action: 'Delete' });
    expect((await scenarios(d)).map((s) => s.name)).toEqual(['July 2015 estimate', 'July 2017 estimate', 'Option D traded arm']);
    expect((await logOf(d.wb)).find((r) => r[3] === 'ESG_Academies')?.slice(1)).toEqual(['Delete', 'All academies', 'ESG_Academies', 89443, '']);
    // Option D still works after its column moved.
    await d.service.switchTo('Option D traded arm');
    expect(d.named('ESG_CoreShare')).toBe(0.4);
  });
});

describe('refusals name their cause and write nothing', () => {
  async function refused(d: Demo, act: () => Promise<{ kind: string }>): Promise<{ code?: string; message?: string }> {
    const before = d.state();
    const outcome: { kind: string; code?: string; message?: string } = await act();
    expect(outcome.kind).toBe('refused');
    expect(d.state()).toBe(before);
    return outcome;
  }

  it('deleting the active scenario', async () => {
    const d = await demo();
    const r = await refused(d, () => d.service.delete('july 2015 ESTIMATE'));
    expect(r).toMatchObject({ code: 'active-delete' });
    expect(r.message).toContain('July 2015 estimate');
  });

  it.each([
    ['', 'scenario-name-invalid'],
    ['  ', 'scenario-name-invalid'],
    [' lead', 'scenario-name-invalid'],
    ['tab\there', 'scenario-name-invalid'],
    ['x'.repeat(256), 'scenario-name-invalid'],
    ['description', 'scenario-name-invalid'],
    ['ALL ACADEMIES', 'scenario-exists'],
  ])('creating a scenario named %j', async (name, code) => {
    const d = await demo();
    expect(await refused(d, () => d.service.create(name))).toMatchObject({ code });
  });

  it('renaming onto another scenario\'s name', async () => {
    const d = await demo();
    expect(await refused(d, () => d.service.rename('All academies', 'July 2017 Estimate'))).toMatchObject({ code: 'scenario-exists' });
  });

  it('an input cell holding a formula (a switch would destroy it)', async () => {
    const d = await demo();
    d.type('ESG_Academies', '=44290+479');
    const r = await refused(d, () => d.service.switchTo('July 2017 estimate'));
    expect(r).toMatchObject({ code: 'input-formula' });
    expect(r.message).toContain('ESG_Academies');
    expect(r.message).toContain("Inputs!B9");
  });

  it('a formula input is fine when the target leaves it blank', async () => {
    const d = await demo();
    d.type('ESG_CoreShare', '=0.7');
    d.type('ESG_CorePlusShare', '=0.2');
    expect((await d.service.switchTo('July 2017 estimate')).kind).toBe('switched');
  });

  it('an input that is not a defined name', async () => {
    const d = await demo();
    d.hf.removeNamedExpression('ESG_PRU');
    const r = await refused(d, () => d.service.switchTo('July 2017 estimate'));
    expect(r).toMatchObject({ code: 'input-undefined' });
    expect(r.message).toContain('ESG_PRU');
  });

  it('an input name for several cells', async () => {
    const d = await demo();
    d.hf.changeNamedExpression('ESG_PRU', '=Inputs!$B$8:$B$9');
    expect(await refused(d, () => d.service.switchTo('July 2017 estimate'))).toMatchObject({ code: 'input-not-cell' });
  });

  it('a scenario table without its Input column', async () => {
    const d = await demo();
    d.hf.setCellContents({ sheet: d.hf.getSheetId('Scenarios') ?? -1, row: 3, col: 0 }, [['Name']]);
    expect(await refused(d, () => d.service.switchTo('July 2017 estimate'))).toMatchObject({ code: 'column-missing' });
  });

  it('duplicate scenario names in the table (typed by hand)', async () => {
    const d = await demo();
    d.hf.setCellContents({ sheet: d.hf.getSheetId('Scenarios') ?? -1, row: 3, col: 3 }, [['july 2015 estimate']]);
    expect(await refused(d, () => d.service.switchTo('All academies'))).toMatchObject({ code: 'scenario-name-duplicate' });
  });

  it('nothing to revert', async () => {
    const d = await demo();
    expect(await refused(d, () => d.service.revert())).toMatchObject({ code: 'nothing-to-revert' });
  });
});

describe('text is written as text', () => {
  it.each(['=1+1', '+44', '-x', '@x', "'quoted", 'TRUE', '007'])('a value typed as text %j survives create and switch', async (text) => {
    const d = await demo();
    d.type('ESG_Year', `'${text}`); // typed with an apostrophe: text
    await d.service.create('Texty');
    d.type('ESG_Year', '2015-16');
    await d.service.switchTo('Texty', { kind: 'discard' });
    expect(d.named('ESG_Year')).toBe(text);
    expect(d.hf.getNamedExpression('ESG_Year') && d.wb.hf.doesCellHaveFormula({ sheet: d.hf.getSheetId('Inputs') ?? -1, row: 4, col: 1 })).toBe(false);
  });

  it('a scenario named "=SUM(1)" stays text in the header and the active cell', async () => {
    const d = await demo();
    await d.service.create('=SUM(1)');
    await d.service.switchTo('=SUM(1)');
    expect(d.named('ESG_ActiveScenario')).toBe('=SUM(1)');
    const sheet = d.hf.getSheetId('Scenarios') ?? -1;
    expect(d.hf.doesCellHaveFormula({ sheet, row: 0, col: 1 })).toBe(false);
    expect(d.hf.doesCellHaveFormula({ sheet, row: 3, col: 6 })).toBe(false);
    expect(d.hf.getCellValue({ sheet, row: 3, col: 6 })).toBe('=SUM(1)');
  });
});
