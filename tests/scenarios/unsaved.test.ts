/**
 * Unsaved edits: detected at each switch, never overwritten without the user's choice,
 * and every overwritten value is in the log (so Revert can bring it back).
 */
import { demo, logOf } from './support/demo';

describe('unsaved edits', () => {
  it('a typed value that differs from the active scenario stops the switch, writing nothing', async () => {
    const d = await demo();
    d.type('ESG_Mainstream', 40000);
    const before = d.state();
    const outcome = await d.service.switchTo('July 2017 estimate');
    expect(outcome).toEqual({
      kind: 'unsaved',
      active: 'July 2015 estimate',
      target: 'July 2017 estimate',
      canSaveIntoActive: true,
      differences: [
        {
          input: 'ESG_Mainstream',
          description: 'Maintained primary and secondary pupils',
          stored: 44095,
          current: 40000,
          reason: 'differs-from-active',
        },
      ],
    });
    expect(d.state()).toBe(before);
  });

  it('list() reports them too', async () => {
    const d = await demo();
    d.type('ESG_Special', 600);
    const state = await d.service.list();
    expect(state.kind === 'state' && state.unsaved.map((u) => u.input)).toEqual(['ESG_Special']);
  });

  it('discard: switches, logs the overwritten value, and Revert brings it back', async () => {
    const d = await demo();
    d.type('ESG_Mainstream', 40000);
    expect(await d.service.switchTo('July 2017 estimate', { kind: 'discard' })).toMatchObject({ kind: 'switched' });
    expect(d.named('ESG_Total')).toBe(4165730.25);
    expect((await logOf(d.wb))[0]).toEqual([45658.5, 'Switch', 'July 2017 estimate', 'ESG_Mainstream', 40000, 30000]);
    await d.service.revert();
    expect(d.named('ESG_Mainstream')).toBe(40000);
  });

  it('save into the active scenario: stores the value, logs a Save, then switches', async () => {
    const d = await demo();
    d.type('ESG_Mainstream', 40000);
    expect(await d.service.switchTo('July 2017 estimate', { kind: 'save-into-active' })).toMatchObject({
      kind: 'switched',
      saved: 'July 2015 estimate',
    });
    const list = await d.service.list();
    if (list.kind !== 'state') throw new Error(list.message);
    expect(list.scenarios.find((s) => s.name === 'July 2015 estimate')?.values[1]).toBe(40000);
    const log = await logOf(d.wb);
    expect(log[0].slice(1)).toEqual(['Save', 'July 2015 estimate', 'ESG_Mainstream', 44095, 40000]);
    expect(log[1].slice(1, 4)).toEqual(['Switch', 'July 2017 estimate', 'ESG_Mainstream']);
    await d.service.switchTo('July 2015 estimate');
    expect(d.named('ESG_Mainstream')).toBe(40000);
  });

  it('save as a new scenario: a new column of the current values, then switches', async () => {
    const d = await demo();
    d.type('ESG_Mainstream', 40000);
    expect(await d.service.switchTo('All academies', { kind: 'save-as-new', name: 'My edits' })).toMatchObject({
      kind: 'switched',
      saved: 'My edits',
    });
    const list = await d.service.list();
    if (list.kind !== 'state') throw new Error(list.message);
    expect(list.scenarios.map((s) => s.name)).toEqual(['July 2015 estimate', 'July 2017 estimate', 'All academies', 'Option D traded arm', 'My edits']);
    expect(list.scenarios[4].values).toEqual(['2015-16', 40000, 579, 0, 44769, 0.7, 0.2, 0.1]);
    await d.service.switchTo('My edits');
    expect(d.named('ESG_Mainstream')).toBe(40000);
  });

  it('save as new refuses an existing name, writing nothing', async () => {
    const d = await demo();
    d.type('ESG_Mainstream', 40000);
    const before = d.state();
    expect(await d.service.switchTo('All academies', { kind: 'save-as-new', name: 'all ACADEMIES' })).toMatchObject({
      kind: 'refused',
      code: 'scenario-exists',
    });
    expect(d.state()).toBe(before);
  });

  it('under a partial scenario, a typed value no scenario stores is protected', async () => {
    const d = await demo();
    await d.service.switchTo('Option D traded arm'); // leaves the pupil numbers as they are
    d.type('ESG_Mainstream', 41234);
    const outcome = await d.service.switchTo('July 2017 estimate');
    expect(outcome).toMatchObject({ kind: 'unsaved' });
    expect(outcome.kind === 'unsaved' && outcome.differences).toEqual([
      expect.objectContaining({ input: 'ESG_Mainstream', current: 41234, stored: '', reason: 'not-in-any-scenario' }),
    ]);
  });

  it('under a partial scenario, values carried over from another scenario are not flagged', async () => {
    const d = await demo();
    await d.service.switchTo('July 2017 estimate');
    await d.service.switchTo('Option D traded arm');
    expect(await d.service.switchTo('All academies')).toMatchObject({ kind: 'switched' });
  });

  it('with no active scenario, offers no save into it', async () => {
    const d = await demo();
    d.type('ESG_ActiveScenario', "'");
    d.type('ESG_Mainstream', 41234);
    const outcome = await d.service.switchTo('July 2017 estimate');
    expect(outcome).toMatchObject({ kind: 'unsaved', active: '', canSaveIntoActive: false });
    expect(await d.service.switchTo('July 2017 estimate', { kind: 'save-into-active' })).toMatchObject({ kind: 'refused', code: 'no-active' });
  });
});
