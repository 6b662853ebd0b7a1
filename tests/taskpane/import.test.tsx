/** @jest-environment jsdom */
/**
 * Export and Import through the pane, over a real scenario service: scenarios of the same
 * name with other values come back as conflicts that the user resolves one by one (keep,
 * replace, import under another name); nothing is overwritten silently, Cancel writes nothing.
 */
import '@testing-library/jest-dom';
import { screen, waitFor, within } from '@testing-library/react';
import type { ScenarioFile } from '../../src/scenarios/exchange';
import { renderDemoPane } from './support';

/** The demo's scenarios exported by the pane, then edited as a colleague might. */
async function editedExport() {
  const pane = await renderDemoPane();
  await pane.user.click(screen.getByRole('button', { name: 'Export (JSON)' }));
  await screen.findByText(/^Download of scenarios-.*\.json started$/);
  const exported = pane.platform.downloads[0];
  expect(exported.mimeType).toBe('application/json');
  const file = JSON.parse(exported.text) as ScenarioFile;
  const edited: ScenarioFile = {
    ...file,
    scenarios: [
      ...file.scenarios.map((s) =>
        s.name === 'July 2017 estimate'
          ? { ...s, values: { ...s.values, ESG_Mainstream: 31000 } }
          : s.name === 'All academies'
            ? { ...s, values: { ...s.values, ESG_Academies: 99999 } }
            : s,
      ),
      { name: 'Option E', values: { ESG_Mainstream: 25000 } },
    ],
  };
  const upload = new File([JSON.stringify(edited)], 'from-colleague.json', { type: 'application/json' });
  await pane.user.upload(screen.getByLabelText('Scenario file to import'), upload);
  const dialog = await screen.findByRole('dialog', { name: 'Scenarios that already exist' });
  return { ...pane, dialog };
}

async function storedValue(d: Awaited<ReturnType<typeof renderDemoPane>>['d'], scenario: string, input: string) {
  const listed = await d.service.list();
  if (listed.kind !== 'state') throw new Error(listed.message);
  const i = listed.inputs.findIndex((x) => x.name === input);
  return listed.scenarios.find((s) => s.name === scenario)?.values[i];
}

describe('import', () => {
  it('shows each conflict with its differences and imports as the user resolved them', async () => {
    const { d, user, dialog } = await editedExport();
    expect(await within(dialog).findByRole('group', { name: '"July 2017 estimate"', hidden: true })).toBeInTheDocument();
    const differences = await within(dialog).findByRole('list', { name: 'Differences in "July 2017 estimate"', hidden: true });
    expect(differences).toHaveTextContent('Maintained primary and secondary pupils: workbook 30,000, file 31,000');
    expect(within(dialog).queryByRole('group', { name: '"July 2015 estimate"', hidden: true })).toBeNull();

    const july2017 = await within(dialog).findByRole('radiogroup', { name: 'What to do with "July 2017 estimate"', hidden: true });
    expect(within(july2017).getByRole('radio', { name: "Keep the workbook's values", hidden: true })).toBeChecked();
    await user.click(within(july2017).getByRole('radio', { name: "Import the file's under another name", hidden: true }));
    const newName = await within(dialog).findByRole('textbox', { name: /New name for the file's "July 2017 estimate"/, hidden: true });
    // Issue 14.8: like Duplicate, "another name" starts as a free "(copy)" name.
    expect(newName).toHaveValue('July 2017 estimate (copy)');
    await user.clear(newName);
    await user.type(newName, 'July 2017 (colleague) ');
    const academies = await within(dialog).findByRole('radiogroup', { name: 'What to do with "All academies"', hidden: true });
    await user.click(within(academies).getByRole('radio', { name: "Replace them with the file's values", hidden: true }));
    await user.click(await within(dialog).findByRole('button', { name: 'Import', hidden: true }));

    expect(await screen.findByText('Scenarios imported')).toBeInTheDocument();
    expect(screen.getByText(/Added "July 2017 \(colleague\)" and "Option E"\. Replaced "All academies" with the file's values\./)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await storedValue(d, 'July 2017 estimate', 'ESG_Mainstream')).toBe(30000);
    expect(await storedValue(d, 'July 2017 (colleague)', 'ESG_Mainstream')).toBe(31000);
    expect(await storedValue(d, 'All academies', 'ESG_Academies')).toBe(99999);
    expect(await storedValue(d, 'Option E', 'ESG_Mainstream')).toBe(25000);
  });

  it('a new name that is taken is refused in the dialog, which stays open', async () => {
    const { d, user, dialog } = await editedExport();
    const before = d.state();
    const july2017 = await within(dialog).findByRole('radiogroup', { name: 'What to do with "July 2017 estimate"', hidden: true });
    await user.click(within(july2017).getByRole('radio', { name: "Import the file's under another name", hidden: true }));
    const newName = await within(dialog).findByRole('textbox', { name: /New name for/, hidden: true });
    await user.clear(newName);
    await user.type(newName, 'option d traded arm');
    await user.click(await within(dialog).findByRole('button', { name: 'Import', hidden: true }));
    expect(
      await within(dialog).findByText(
        '"option d traded arm" is the same name as the existing scenario "Option D traded arm" (capitals don\'t make names different). Choose another name.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: 'Scenarios that already exist' })).toBeInTheDocument();
    expect(d.state()).toBe(before);
  });

  it('Cancel imports nothing', async () => {
    const { d, user, dialog } = await editedExport();
    const before = d.state();
    await user.click(await within(dialog).findByRole('button', { name: 'Cancel', hidden: true }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(d.state()).toBe(before);
    expect(await storedValue(d, 'Option E', 'ESG_Mainstream')).toBeUndefined();
  });
});
