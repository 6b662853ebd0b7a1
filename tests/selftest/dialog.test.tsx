/** @jest-environment jsdom */
/**
 * The "Check this add-in" dialog as a user sees it: open, run, progress, a result per
 * check, the report copied — or, when the clipboard is blocked, selected in a text box.
 * Waits on what is on screen, never on the clock.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createHyperFormula } from '../../src/hf/engine';
import { roundTripProbe as switchProbe } from '../../src/selftest/round-trip';
import { createPaneActions } from '../../src/taskpane/actions';
import { App } from '../../src/taskpane/App';
import { demo } from '../scenarios/support/demo';
import { recordingPlatform } from '../taskpane/support';
import { runSelfTest } from '../../src/selftest';
import type { Progress, SelfTestReport } from '../../src/selftest/types';
import { apostropheRowsProbe, nameChainProbe } from '../../src/selftest/workbook-probes';
import { SelfTestDialog, type SelfTestDialogProps } from '../../src/taskpane/selftest/SelfTestDialog';
import { HyperFormulaWorkbook } from '../../src/workbook/hf/HyperFormulaWorkbook';
import { HyperFormulaSelfTest } from '../../src/workbook/hf/HyperFormulaSelfTest';

jest.setTimeout(180_000);

const FIND = { timeout: 60_000 };

const REPORT: SelfTestReport = {
  info: { host: 'Excel', platform: 'PC', version: '16.0.1', apiSets: ['ExcelApi 1.1'] },
  results: [
    { id: 'a', title: 'Empty cell as an argument', checks: 'c', expected: 'same result', status: 'fail', seen: 'blank → #VALUE!; omitted → 400000' },
    { id: 'b', title: 'Clearing a sheet', checks: 'c', expected: 'nothing left', status: 'pass', seen: 'used nothing' },
    { id: 'c', title: 'Data type in an argument', checks: 'c', expected: 'an error', status: 'skip', seen: 'no data types' },
  ],
  cleanup: { restored: true, problems: [] },
};

function mount(props: SelfTestDialogProps) {
  const user = userEvent.setup({ delay: null });
  render(
    <FluentProvider theme={webLightTheme}>
      <SelfTestDialog now={() => '2026-12-02T23:40:00Z'} {...props} />
    </FluentProvider>,
  );
  return user;
}

/** A run the test finishes by hand, after checking the progress it reported. */
function manualRun(): { run: SelfTestDialogProps['run']; progress: (p: Progress) => void; finish: (r: SelfTestReport) => void } {
  let report: ((p: Progress) => void) | undefined;
  let done: ((r: SelfTestReport) => void) | undefined;
  return {
    run: (onProgress) => {
      report = onProgress;
      return new Promise((resolve) => {
        done = resolve;
      });
    },
    progress: (p) => report?.(p),
    finish: (r) => done?.(r),
  };
}

test('runs the checks with progress, shows each result and copies the report', async () => {
  const manual = manualRun();
  const copy = jest.fn(() => Promise.resolve());
  const user = mount({ run: manual.run, copy });
  await user.click(screen.getByRole('button', { name: 'Check this add-in' }));
  const dialog = await screen.findByRole('dialog', {}, FIND);
  // The focus starts on Close, the safe choice: a run clears Excel's undo history.
  await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Close' })), FIND);
  await user.click(within(dialog).getByRole('button', { name: 'Run the checks' }));
  expect(await within(dialog).findByText('Starting…', {}, FIND)).toBeTruthy();
  expect((within(dialog).getByRole('button', { name: 'Close' }) as HTMLButtonElement).disabled).toBe(true);
  manual.progress({ index: 2, total: 3, title: 'Clearing a sheet' });
  expect(await within(dialog).findByText('Check 2 of 3: Clearing a sheet', {}, FIND)).toBeTruthy();
  manual.finish(REPORT);
  expect(await within(dialog).findByText(/1 passed, 1 failed, 1 skipped\. The workbook was left as it was\./, {}, FIND)).toBeTruthy();
  const rows = within(within(dialog).getByRole('table', { name: 'Results of the checks' })).getAllByRole('row');
  expect(rows.slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent))).toEqual([
    ['Empty cell as an argument', 'Fail', 'same result', 'blank → #VALUE!; omitted → 400000'],
    ['Clearing a sheet', 'Pass', 'nothing left', 'used nothing'],
    ['Data type in an argument', 'Skipped', 'an error', 'no data types'],
  ]);
  await user.click(within(dialog).getByRole('button', { name: 'Copy report' }));
  expect(await within(dialog).findByText('Copied to the clipboard.', {}, FIND)).toBeTruthy();
  const text = (copy.mock.calls[0] as unknown as [string])[0];
  expect(text).toContain('Made: 2026-12-02T23:40:00Z');
  expect(text).toContain('Platform: PC');
  expect(text).toContain('[FAIL] Empty cell as an argument (a)');
  expect(text).toContain('  Seen: blank → #VALUE!; omitted → 400000');
  expect((within(dialog).getByRole('textbox', { name: /Report/ }) as HTMLTextAreaElement).value).toBe(text);
  expect(within(dialog).getByText(/Paste it into a new issue on the add-in's repository/)).toBeTruthy();
});

test('a blocked clipboard leaves the report selected in the text box', async () => {
  const user = mount({ run: () => Promise.resolve(REPORT), copy: () => Promise.reject(new Error('blocked')) });
  await user.click(screen.getByRole('button', { name: 'Check this add-in' }));
  const dialog = await screen.findByRole('dialog', {}, FIND);
  await user.click(within(dialog).getByRole('button', { name: 'Run the checks' }));
  await user.click(await within(dialog).findByRole('button', { name: 'Copy report' }, FIND));
  expect(await within(dialog).findByText(/blocked the clipboard: the report is selected below/, {}, FIND)).toBeTruthy();
  const box = within(dialog).getByRole('textbox', { name: /Report/ }) as HTMLTextAreaElement;
  expect(document.activeElement).toBe(box);
  expect(box.selectionStart).toBe(0);
  expect(box.selectionEnd).toBe(box.value.length);
  expect(box.value).toContain('Host: Excel');
});

test('says when the checks could not run, and offers to run again', async () => {
  const user = mount({ run: () => Promise.reject(new Error('Excel is busy')) });
  await user.click(screen.getByRole('button', { name: 'Check this add-in' }));
  const dialog = await screen.findByRole('dialog', {}, FIND);
  await user.click(within(dialog).getByRole('button', { name: 'Run the checks' }));
  expect(await within(dialog).findByText('The checks could not run: Excel is busy', {}, FIND)).toBeTruthy();
  expect(within(dialog).getByRole('button', { name: 'Run again' })).toBeTruthy();
});

test('runs the real self-test over HyperFormula and shows its results', async () => {
  const hf = createHyperFormula();
  const wb = new HyperFormulaWorkbook(hf);
  await wb.write([{ kind: 'addSheet', sheet: 'Budget' }]);
  const host = new HyperFormulaSelfTest(wb);
  const user = mount({ run: (onProgress) => runSelfTest(host, { probes: [nameChainProbe, apostropheRowsProbe], onProgress, wait: () => Promise.resolve() }) });
  await user.click(screen.getByRole('button', { name: 'Check this add-in' }));
  const dialog = await screen.findByRole('dialog', {}, FIND);
  await user.click(within(dialog).getByRole('button', { name: 'Run the checks' }));
  expect(await within(dialog).findByText(/2 passed, 0 failed, 0 skipped\. The workbook was left as it was\./, {}, FIND)).toBeTruthy();
  expect(within(dialog).getByText('All 10 texts came back unchanged through rows.add.')).toBeTruthy();
  expect(hf.getSheetNames()).toEqual(['Budget']);
});

test('the pane shows "Check this add-in" in its header when the host gives it, and runs it over the demo model untouched', async () => {
  const d = await demo();
  const host = new HyperFormulaSelfTest(d.wb);
  const before = JSON.stringify([d.wb.hf.getAllSheetsSerialized(), d.wb.hf.getAllNamedExpressionsSerialized(), d.wb.tables()]);
  const user = userEvent.setup({ delay: null });
  render(
    <FluentProvider theme={webLightTheme}>
      <App
        actions={createPaneActions({ service: d.service, port: d.wb, platform: recordingPlatform() })}
        selfTest={<SelfTestDialog run={(onProgress) => runSelfTest(host, { probes: [switchProbe], onProgress, wait: () => Promise.resolve() })} />}
      />
    </FluentProvider>,
  );
  await screen.findByRole('list', { name: 'Scenarios' }, FIND);
  const header = screen.getByRole('banner');
  await user.click(within(header).getByRole('button', { name: 'Check this add-in' }));
  const dialog = await screen.findByRole('dialog', {}, FIND);
  // The open dialog stays visible to assistive technology (it once stayed aria-hidden on a busy machine).
  await user.click(await within(dialog).findByRole('button', { name: 'Run the checks' }, FIND));
  expect(dialog.getAttribute('aria-hidden')).toBeNull();
  expect(await within(dialog).findByText(/1 passed, 0 failed, 0 skipped\. The workbook was left as it was\./, {}, FIND)).toBeTruthy();
  expect(JSON.stringify([d.wb.hf.getAllSheetsSerialized(), d.wb.hf.getAllNamedExpressionsSerialized(), d.wb.tables()])).toBe(before);
});

describe('keyboard: the focus goes back to "Check this add-in" when the dialog closes', () => {
  it.each(['Escape', 'Close'])('closed with %s', async (how) => {
    const user = mount({ run: () => Promise.resolve(REPORT) });
    const opener = screen.getByRole('button', { name: 'Check this add-in' });
    await user.click(opener);
    const dialog = await screen.findByRole('dialog', {}, FIND);
    if (how === 'Escape') await user.keyboard('{Escape}');
    else await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await screen.findByRole('button', { name: 'Check this add-in' }, FIND);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Check this add-in' }));
  });
});
