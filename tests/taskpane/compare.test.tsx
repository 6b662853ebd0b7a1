/** @jest-environment jsdom */
/**
 * The Compare view over a real scenario service: outputs picked from ESG_Outputs, the
 * progress ("Scenario 2 of 4") while it runs, the other actions locked meanwhile, and the
 * result summary. The only fake is a gate that holds the second calculation so the test
 * can look at the pane half-way.
 */
import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';
import type { WorkbookPort } from '../../src/workbook/port';
import { renderDemoPane } from './support';

const JULY_2017_TOTAL = 4165730.25;

function gatedPort() {
  let armed = false;
  let calls = 0;
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let reached!: () => void;
  const held = new Promise<void>((resolve) => (reached = resolve));
  const wrap = (inner: WorkbookPort): WorkbookPort => ({
    read: (plan) => inner.read(plan),
    write: (ops) => inner.write(ops),
    calculate: async () => {
      if (armed && ++calls === 2) {
        reached();
        await gate;
      }
      return inner.calculate();
    },
  });
  return { wrap, arm: () => (armed = true), held, release };
}

describe('compare', () => {
  it('compares the chosen outputs, shows "Scenario 2 of 4" while running, then says where and what was restored', async () => {
    const gated = gatedPort();
    const { d, user } = await renderDemoPane({ port: gated.wrap });
    await user.click(screen.getByRole('tab', { name: 'Compare' }));

    const outputs = screen.getByRole('group', { name: 'Outputs to compare' });
    const boxes = within(outputs).getAllByRole('checkbox');
    expect(boxes).toHaveLength(4);
    boxes.forEach((b) => expect(b).toBeChecked());
    await user.click(within(outputs).getByRole('checkbox', { name: /ESG_Retained/ }));
    expect(within(outputs).getByRole('checkbox', { name: /ESG_Retained/ })).not.toBeChecked();

    const run = screen.getByRole('button', { name: 'Compare 4 scenarios' });
    gated.arm();
    await user.click(run);
    await gated.held;

    const progress = await screen.findByRole('progressbar', { name: 'Scenario 2 of 4: July 2017 estimate' });
    expect(progress).toHaveAttribute('aria-valuenow', '2');
    expect(progress).toHaveAttribute('aria-valuemax', '4');
    expect(screen.getByText('Comparing scenarios…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Compare 4 scenarios' })).toBeDisabled();
    await user.click(screen.getByRole('tab', { name: 'Scenarios' }));
    expect(screen.getByRole('button', { name: 'Switch to "All academies"' })).toBeDisabled();

    gated.release();
    expect(await screen.findByText('Comparison written to the "Scenario Comparison" sheet')).toBeInTheDocument();
    expect(screen.getByText(/4 scenarios compared on .* The workbook was put back to "July 2015 estimate"/)).toBeInTheDocument();
    expect(screen.queryByRole('progressbar', { name: /Scenario \d of 4/ })).toBeNull();

    const sheet = d.hf.getSheetId('Scenario Comparison') ?? -1;
    const rows = d.hf.getSheetValues(sheet);
    const total = rows.find((r) => r[0] === 'ESG_Total');
    expect(total?.slice(2, 4)).toEqual([5391995.25, JULY_2017_TOTAL]);
    expect(rows.some((r) => r[0] === 'ESG_Retained')).toBe(false);
    expect(d.wb.charts()).toHaveLength(1);
    expect(d.named('ESG_ActiveScenario')).toBe('July 2015 estimate');
  });

  it('runs only the ticked scenarios, and needs at least one output', async () => {
    const { d, user } = await renderDemoPane();
    await user.click(screen.getByRole('tab', { name: 'Compare' }));
    const scenarios = screen.getByRole('group', { name: 'Scenarios to compare' });
    await user.click(within(scenarios).getByRole('checkbox', { name: 'All academies' }));
    await user.click(within(scenarios).getByRole('checkbox', { name: 'Option D traded arm' }));

    const outputs = screen.getByRole('group', { name: 'Outputs to compare' });
    for (const box of within(outputs).getAllByRole('checkbox')) await user.click(box);
    expect(screen.getByRole('button', { name: 'Compare 2 scenarios' })).toBeDisabled();
    expect(screen.getByText('Tick at least one output and one scenario.')).toBeInTheDocument();

    await user.click(within(outputs).getByRole('checkbox', { name: /ESG_Total/ }));
    await user.click(screen.getByRole('button', { name: 'Compare 2 scenarios' }));
    expect(await screen.findByText(/2 scenarios compared/)).toBeInTheDocument();
    const rows = d.hf.getSheetValues(d.hf.getSheetId('Scenario Comparison') ?? -1);
    const header = rows.find((r) => r[0] === 'Output');
    expect(header?.slice(2)).toEqual(['July 2015 estimate', 'July 2017 estimate']);
  });
});
