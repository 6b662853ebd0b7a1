/** @jest-environment jsdom */
/**
 * The Scenarios view over a real scenario service and the demo model in HyperFormula:
 * the list with the active scenario marked, Switch, the unsaved-edits choice, Revert,
 * Rename and Delete refusals, the log, Export and Set up.
 */
import '@testing-library/jest-dom';
import { screen, waitFor, within } from '@testing-library/react';
import { renderDemoPane, renderEmptyPane } from './support';

const JULY_2015_TOTAL = 5391995.25;
const JULY_2017_TOTAL = 4165730.25;
const MAINSTREAM = 'Maintained primary and secondary pupils';

/** Dialogs close once their action has finished (and the pane is no longer hidden behind them). */
const noDialog = () =>
  waitFor(() => {
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('main')).toBeInTheDocument();
  });

const switchButton = (name: string) => screen.getByRole('button', { name: `Switch to "${name}"` });
const scenarioItem = (name: string) =>
  within(screen.getByRole('list', { name: 'Scenarios' }))
    .getAllByRole('listitem')
    .find((li) => li.textContent?.startsWith(name)) ?? null;

describe('the scenario list', () => {
  it('lists every scenario of ESG_Scenarios and marks the active one', async () => {
    await renderDemoPane();
    const items = within(screen.getByRole('list', { name: 'Scenarios' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringContaining('July 2015 estimate'),
      expect.stringContaining('July 2017 estimate'),
      expect.stringContaining('All academies'),
      expect.stringContaining('Option D traded arm'),
    ]);
    const active = scenarioItem('July 2015 estimate');
    expect(active).toHaveAttribute('aria-current', 'true');
    expect(within(active as HTMLElement).getByText('Active')).toBeInTheDocument();
    expect(within(active as HTMLElement).queryByRole('button', { name: /^Switch/ })).toBeNull();
    expect(scenarioItem('All academies')).not.toHaveAttribute('aria-current');
    expect(screen.getByText(/Active scenario:/)).toHaveTextContent('Active scenario: July 2015 estimate');
    expect(screen.getByRole('button', { name: 'Revert last switch' })).toBeDisabled();
    expect(screen.getByText('Nothing has been switched or changed yet.')).toBeInTheDocument();
  });
});

describe('switch and revert', () => {
  it('switches with one press of Enter, logs it, and Revert puts the values back', async () => {
    const { d, user } = await renderDemoPane();
    switchButton('July 2017 estimate').focus();
    await user.keyboard('{Enter}');

    expect(await screen.findByText('Switched to "July 2017 estimate"')).toBeInTheDocument();
    expect(d.named('ESG_Total')).toBe(JULY_2017_TOTAL);
    expect(d.named('ESG_ActiveScenario')).toBe('July 2017 estimate');
    expect(scenarioItem('July 2017 estimate')).toHaveAttribute('aria-current', 'true');
    const log = screen.getByRole('list', { name: 'Recent changes, newest first' });
    expect(within(log).getByText(`${MAINSTREAM}: 44,095 → 30,000`)).toBeInTheDocument();

    const revert = screen.getByRole('button', { name: 'Revert last switch' });
    expect(revert).toBeEnabled();
    await user.click(revert);
    expect(await screen.findByText('Last switch reverted')).toBeInTheDocument();
    expect(d.named('ESG_Total')).toBe(JULY_2015_TOTAL);
    expect(scenarioItem('July 2015 estimate')).toHaveAttribute('aria-current', 'true');
  });
});

describe('unsaved edits before a switch', () => {
  async function typedThenSwitch() {
    const pane = await renderDemoPane();
    pane.d.type('ESG_Mainstream', 40000); // typed into the workbook after the pane read it
    await pane.user.click(switchButton('July 2017 estimate'));
    const dialog = await screen.findByRole('alertdialog');
    return { ...pane, dialog };
  }

  it('names the input that differs, with the value typed and the value stored', async () => {
    const { dialog } = await typedThenSwitch();
    const row = within(await within(dialog).findByRole('table', { name: 'Inputs that differ', hidden: true })).getAllByRole('row')[1];
    expect(row).toHaveTextContent(MAINSTREAM);
    expect(row).toHaveTextContent('ESG_Mainstream');
    expect(row).toHaveTextContent('40,000');
    expect(row).toHaveTextContent('44,095');
  });

  it('Cancel writes nothing', async () => {
    const { d, user, dialog } = await typedThenSwitch();
    const before = d.state();
    await user.click(await within(dialog).findByRole('button', { name: 'Cancel', hidden: true }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(d.state()).toBe(before);
    expect(d.named('ESG_Mainstream')).toBe(40000);
  });

  it('save into the active scenario, then switch', async () => {
    const { d, user, dialog } = await typedThenSwitch();
    await user.click(await within(dialog).findByRole('button', { name: 'Save into "July 2015 estimate" and switch', hidden: true }));
    expect(await screen.findByText('Switched to "July 2017 estimate"')).toBeInTheDocument();
    expect(screen.getByText(/first saved in "July 2015 estimate"/)).toBeInTheDocument();
    expect(d.named('ESG_Total')).toBe(JULY_2017_TOTAL);
    const listed = await d.service.list();
    if (listed.kind !== 'state') throw new Error(listed.message);
    const i = listed.inputs.findIndex((input) => input.name === 'ESG_Mainstream');
    expect(listed.scenarios.find((s) => s.name === 'July 2015 estimate')?.values[i]).toBe(40000);
  });

  it('save as a new scenario (asks a name; a taken name is refused in the dialog), then switch', async () => {
    const { d, user, dialog } = await typedThenSwitch();
    await user.click(await within(dialog).findByRole('button', { name: 'Save as a new scenario…', hidden: true }));
    const name = await within(dialog).findByRole('textbox', { name: /Name for the new scenario/, hidden: true });
    await user.type(name, 'All academies{Enter}');
    expect(await within(dialog).findByText('A scenario named "All academies" already exists.')).toBeInTheDocument();
    expect(d.named('ESG_Mainstream')).toBe(40000);

    await user.clear(name);
    await user.type(name, 'My 40,000 pupils');
    await user.click(await within(dialog).findByRole('button', { name: 'Save as new scenario and switch', hidden: true }));
    expect(await screen.findByText('Switched to "July 2017 estimate"')).toBeInTheDocument();
    await noDialog();
    expect(scenarioItem('My 40,000 pupils')).not.toBeNull();
    expect(d.named('ESG_Total')).toBe(JULY_2017_TOTAL);
  });

  it('discard and switch: the typed value is overwritten, and the log keeps it', async () => {
    const { d, user, dialog } = await typedThenSwitch();
    await user.click(await within(dialog).findByRole('button', { name: 'Discard my changes and switch', hidden: true }));
    expect(await screen.findByText('Switched to "July 2017 estimate"')).toBeInTheDocument();
    expect(d.named('ESG_Mainstream')).toBe(30000);
    const log = screen.getByRole('list', { name: 'Recent changes, newest first' });
    expect(within(log).getByText(`${MAINSTREAM}: 40,000 → 30,000`)).toBeInTheDocument();
  });
});

describe('create, rename, delete', () => {
  async function menu(user: Awaited<ReturnType<typeof renderDemoPane>>['user'], scenario: string, item: string, role = 'dialog') {
    await user.click(screen.getByRole('button', { name: `More actions for "${scenario}"` }));
    const actions = screen.getByRole('group', { name: `Actions for "${scenario}"` });
    await user.click(within(actions).getByRole('button', { name: item }));
    return screen.findByRole(role);
  }

  it('rename to a name in use is refused as it is typed, naming the real scenario; a free name renames', async () => {
    const { d, user } = await renderDemoPane();
    const before = d.state();
    const dialog = await menu(user, 'All academies', 'Rename…');
    const field = await within(dialog).findByRole('textbox', { name: /Scenario name/, hidden: true });
    await user.clear(field);
    await user.type(field, 'july 2017 estimate{Enter}');
    // Issue 14.8: the message names the scenario as the workbook spells it.
    expect(
      await within(dialog).findByText(
        '"july 2017 estimate" is the same name as the existing scenario "July 2017 estimate" (capitals don\'t make names different). Choose another name.',
      ),
    ).toBeInTheDocument();
    expect(await within(dialog).findByRole('button', { name: 'Rename', hidden: true })).toBeDisabled();
    expect(d.state()).toBe(before);

    await user.clear(field);
    await user.type(field, 'Every school an academy');
    await user.click(await within(dialog).findByRole('button', { name: 'Rename', hidden: true }));
    expect(await screen.findByText('Renamed to "Every school an academy"')).toBeInTheDocument();
    await noDialog();
    expect(scenarioItem('All academies')).toBeNull();
    expect(scenarioItem('Every school an academy')).not.toBeNull();
    expect(await d.service.switchTo('Every school an academy')).toMatchObject({ kind: 'switched' });
  });

  it('Delete is not offered for the active scenario (issue 14.5: it used to be refused only after confirming)', async () => {
    const { d, user } = await renderDemoPane();
    const before = d.state();
    await user.click(screen.getByRole('button', { name: 'More actions for "July 2015 estimate"' }));
    const actions = screen.getByRole('group', { name: 'Actions for "July 2015 estimate"' });
    expect(within(actions).queryByRole('button', { name: 'Delete…' })).toBeNull();
    expect(within(actions).getByText("The active scenario can't be deleted: switch to another first.")).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'More actions for "All academies"' }));
    expect(within(screen.getByRole('group', { name: 'Actions for "All academies"' })).getByRole('button', { name: 'Delete…' })).toBeEnabled();
    expect(d.state()).toBe(before);
  });

  it('deletes another scenario after confirmation', async () => {
    const { user } = await renderDemoPane();
    const dialog = await menu(user, 'Option D traded arm', 'Delete…', 'alertdialog');
    await user.click(await within(dialog).findByRole('button', { name: 'Delete', hidden: true }));
    expect(await screen.findByText('Scenario "Option D traded arm" deleted')).toBeInTheDocument();
    await noDialog();
    expect(scenarioItem('Option D traded arm')).toBeNull();
  });

  it('creates a scenario from the current values', async () => {
    const { d, user } = await renderDemoPane();
    d.type('ESG_Mainstream', 41000);
    await user.click(screen.getByRole('button', { name: 'New from current values…' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(await within(dialog).findByRole('textbox', { name: /Scenario name/, hidden: true }), '=Growth{Enter}');
    expect(await screen.findByText('Scenario "=Growth" created')).toBeInTheDocument();
    await noDialog();
    expect(scenarioItem('=Growth')).not.toBeNull();
    await d.service.switchTo('July 2017 estimate', { kind: 'discard' });
    expect(await d.service.switchTo('=Growth')).toMatchObject({ kind: 'switched' });
    expect(d.named('ESG_Mainstream')).toBe(41000);
  });
});

describe('export and Set up', () => {
  it('exports the scenarios through the platform download', async () => {
    const { user, platform } = await renderDemoPane();
    await user.click(screen.getByRole('button', { name: 'Export (CSV)' }));
    expect(await screen.findByText(/^Download of scenarios-.*\.csv started$/)).toBeInTheDocument();
    expect(platform.downloads).toHaveLength(1);
    expect(platform.downloads[0].fileName).toMatch(/\.csv$/);
    expect(platform.downloads[0].mimeType).toBe('text/csv');
    expect(platform.downloads[0].text.split('\r\n')[0]).toBe(
      'Input,Description,July 2015 estimate,July 2017 estimate,All academies,Option D traded arm',
    );
  });

  it('offers Set up when the workbook has no scenarios table, and Set up writes the demo model', async () => {
    const { user } = renderEmptyPane();
    expect(await screen.findByText('No scenarios in this workbook yet')).toBeInTheDocument();
    expect(screen.getByText(/This workbook has no ESG_Scenarios table/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Set up the demo model' }));
    expect(await screen.findByText('Demo model set up')).toBeInTheDocument();
    expect(await screen.findByRole('list', { name: 'Scenarios' })).toBeInTheDocument();
    expect(scenarioItem('July 2015 estimate')).toHaveAttribute('aria-current', 'true');
  });
});
