/** @jest-environment jsdom */
// Queries wait (findBy) for what a screen reader can reach: after a dialog closes, Fluent's focus
// manager (tabster) takes aria-hidden off the rest of the pane a moment later, not at once. Queries
// no longer pass `hidden: true`, which would also pass a pane left hidden for good.
/**
 * Issue 14 points 1–8 and issue 12 points 3 and 6, as a budget holder meets them in the
 * pane: where results appear, what Export says it did, names checked as typed, focus that
 * comes back to the control that opened a dialog (and starts on the safe choice), and a
 * pane that notices a typed-over input without Refresh.
 */
import '@testing-library/jest-dom';
import { screen, waitFor, within } from '@testing-library/react';
import type { Delivery } from '../../src/taskpane/actions';
import { manualWatch, recordingPlatform, renderDemoPane, type Download } from './support';

const shareSection = () => screen.getByRole('region', { name: 'Share scenarios with another workbook' });

function platformThat(delivery: Delivery) {
  const platform = recordingPlatform();
  return { ...platform, download: (fileName: string, text: string, mimeType: string) => (platform.download(fileName, text, mimeType), delivery) } as typeof platform & {
    downloads: Download[];
  };
}

describe('Export says what actually happened, beside the Export buttons (issues 12.3, 14.2)', () => {
  it('a browser download: says the download was started, in the share section', async () => {
    const { user } = await renderDemoPane();
    await user.click(screen.getByRole('button', { name: 'Export (JSON)' }));
    const title = await within(shareSection()).findByText(/^Download of scenarios-.*\.json started$/);
    expect(title).toBeInTheDocument();
    expect(screen.queryByText(/offered for download/)).toBeNull();
  });

  it('Excel for Mac (no downloads): copied to the clipboard, and says so', async () => {
    const { user } = await renderDemoPane({ platform: platformThat('copied') });
    await user.click(screen.getByRole('button', { name: 'Export (CSV)' }));
    expect(await within(shareSection()).findByText('Scenarios copied to the clipboard')).toBeInTheDocument();
    expect(within(shareSection()).getByText(/can't save files from an add-in/)).toBeInTheDocument();
    expect(screen.queryByText(/Download of/)).toBeNull();
  });

  it('neither download nor clipboard: the text is shown to copy, and no download is claimed', async () => {
    const platform = platformThat('not-delivered');
    const { user } = await renderDemoPane({ platform });
    await user.click(screen.getByRole('button', { name: 'Export (JSON)' }));
    expect(await within(shareSection()).findByText('The file could not be saved or copied')).toBeInTheDocument();
    const text = within(shareSection()).getByRole('textbox', { name: /^Text of scenarios-.*\.json$/ });
    expect(text).toHaveValue(platform.downloads[0].text);
    expect((text as HTMLTextAreaElement).value).toContain('"July 2017 estimate"');
  });

  it('re-importing an identical file is not titled "Scenarios imported"', async () => {
    const { user, platform } = await renderDemoPane();
    await user.click(screen.getByRole('button', { name: 'Export (JSON)' }));
    await within(shareSection()).findByText(/^Download of/);
    const file = new File([platform.downloads[0].text], 'same.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Scenario file to import'), file);
    expect(await within(shareSection()).findByText('Nothing to import')).toBeInTheDocument();
    expect(screen.queryByText('Scenarios imported')).toBeNull();
  });
});

describe('names (issue 14.8)', () => {
  it('a taken name is said at once and goes when the field changes; trailing spaces are trimmed', async () => {
    const { user } = await renderDemoPane();
    await user.click(screen.getByRole('button', { name: 'New from current values…' }));
    const dialog = await screen.findByRole('dialog');
    const field = await within(dialog).findByRole('textbox', { name: /Scenario name/ });
    await user.type(field, 'all academies');
    expect(await within(dialog).findByText(/the existing scenario "All academies"/)).toBeInTheDocument();
    await user.clear(field);
    await waitFor(() => expect(within(dialog).queryByText(/already exists|the existing scenario/)).toBeNull());
    await user.type(field, 'Growth  ');
    expect(within(dialog).getByText('Spaces at the ends are left out: "Growth".')).toBeInTheDocument();
    await user.click(await within(dialog).findByRole('button', { name: 'Create' }));
    expect(await screen.findByText('Scenario "Growth" created')).toBeInTheDocument();
  });

  it('Duplicate suggests a free "(copy)" name', async () => {
    const { user } = await renderDemoPane();
    await user.click(screen.getByRole('button', { name: 'More actions for "All academies"' }));
    await user.click(screen.getByRole('button', { name: 'Duplicate…' }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByRole('textbox', { name: /Scenario name/ })).toHaveValue('All academies (copy)');
  });
});

describe('keyboard focus (issue 14.7)', () => {
  it('Delete opens on Cancel, so Enter deletes nothing; focus returns to Delete…', async () => {
    const { d, user } = await renderDemoPane();
    const before = d.state();
    await user.click(screen.getByRole('button', { name: 'More actions for "All academies"' }));
    const del = screen.getByRole('button', { name: 'Delete…' });
    await user.click(del);
    const dialog = await screen.findByRole('alertdialog');
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    await waitFor(() => expect(del).toHaveFocus());
    expect(d.state()).toBe(before);
  });

  it('the unsaved-edits choice opens on Cancel; cancelling puts focus back on the Switch button', async () => {
    const { d, user } = await renderDemoPane();
    d.type('ESG_Mainstream', 40000);
    const switchButton = screen.getByRole('button', { name: 'Switch to "July 2017 estimate"' });
    switchButton.focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('alertdialog');
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Switch to "July 2017 estimate"' })).toHaveFocus());
    expect(d.named('ESG_Mainstream')).toBe(40000);
  });

  it('after a rename, focus goes to the renamed scenario’s More button (the Rename… button went with the old name)', async () => {
    const { user } = await renderDemoPane();
    await user.click(screen.getByRole('button', { name: 'More actions for "All academies"' }));
    await user.click(screen.getByRole('button', { name: 'Rename…' }));
    const dialog = await screen.findByRole('dialog');
    const field = await within(dialog).findByRole('textbox', { name: /Scenario name/ });
    await user.clear(field);
    await user.type(field, 'Every school an academy{Enter}');
    expect(await screen.findByText('Renamed to "Every school an academy"')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'More actions for "Every school an academy"' })).toHaveFocus());
  });

  it('Cancel in New from current values puts focus back on its button', async () => {
    const { user } = await renderDemoPane();
    const open = screen.getByRole('button', { name: 'New from current values…' });
    await user.click(open);
    const dialog = await screen.findByRole('dialog');
    await user.click(await within(dialog).findByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(open).toHaveFocus());
  });
});

describe('a pane that stays current (issues 12.6, 14.4)', () => {
  it('a typed-over input shows as unsaved when the host reports the edit, without Refresh', async () => {
    const watch = manualWatch();
    const { d } = await renderDemoPane({ watch });
    expect(watch.listeners).toBe(1);
    expect(screen.queryByText('Unsaved changes')).toBeNull();
    d.type('ESG_Mainstream', 40000);
    watch.fire('edited');
    expect(await screen.findByText('Unsaved changes')).toBeInTheDocument();
    expect(screen.getByText(/Maintained primary and secondary pupils/, { selector: '.fui-MessageBarBody' })).toBeInTheDocument();
  });

  it('a stale "Switched to …" notice goes when the workbook changes under it', async () => {
    const watch = manualWatch();
    const { d, user } = await renderDemoPane({ watch });
    await user.click(await screen.findByRole('button', { name: 'Switch to "July 2017 estimate"' }));
    expect(await screen.findByText('Switched to "July 2017 estimate"')).toBeInTheDocument();
    watch.fire('visible'); // nothing changed: the notice stays
    d.type('ESG_Mainstream', 12345);
    watch.fire('edited');
    expect(await screen.findByText('Unsaved changes')).toBeInTheDocument();
    expect(screen.queryByText('Switched to "July 2017 estimate"')).toBeNull();
  });

  // Issue 14.6 (behaviour changed): the active scenario's inputs take the imported values, so
  // no "unsaved changes" appear and the next Switch asks nothing — nobody typed anything.
  it('replacing the active scenario by import loads its values: nothing shows as unsaved, Switch opens no dialog', async () => {
    const { user, platform } = await renderDemoPane();
    await user.click(screen.getByRole('button', { name: 'Export (JSON)' }));
    await within(shareSection()).findByText(/^Download of/);
    const file = JSON.parse(platform.downloads[0].text) as { scenarios: { name: string; values: Record<string, unknown> }[] };
    const edited = {
      ...file,
      scenarios: file.scenarios.map((s) => (s.name === 'July 2015 estimate' ? { ...s, values: { ...s.values, ESG_Mainstream: 41000 } } : s)),
    };
    await user.upload(screen.getByLabelText('Scenario file to import'), new File([JSON.stringify(edited)], 'x.json'));
    const dialog = await screen.findByRole('dialog', { name: 'Scenarios that already exist' });
    expect(within(dialog).getByText(/This is the active scenario: replacing it also puts the file's values into its inputs/)).toBeInTheDocument();
    const group = await within(dialog).findByRole('radiogroup', { name: 'What to do with "July 2015 estimate"' });
    await user.click(within(group).getByRole('radio', { name: "Replace them with the file's values" }));
    await user.click(await within(dialog).findByRole('button', { name: 'Import' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const said = await screen.findByText(/"July 2015 estimate" is the active scenario, so its inputs took the imported values: ESG_Mainstream\./);
    expect(said.closest('section')).toHaveAttribute('aria-labelledby', 'share-heading');
    expect(screen.queryByText('Unsaved changes')).toBeNull();
    await user.click(await screen.findByRole('button', { name: 'Switch to "July 2017 estimate"' }));
    expect(await screen.findByText('Switched to "July 2017 estimate"')).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { hidden: true })).toBeNull();
    expect(screen.queryByRole('alertdialog', { hidden: true })).toBeNull();
  });
});
