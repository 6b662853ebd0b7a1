/** @jest-environment jsdom */
/**
 * Explain and Insert connected to a workbook through a CellHost (here a scripted fake):
 * Explain runs only while its tab is shown, follows the selection, and the latest request
 * wins; Insert reads the workbook's names so typed names stay references.
 */
import '@testing-library/jest-dom';
import { act, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { explainFormula, type ExplainHost } from '../../src/explain';
import type { CellHost, ExplainedCell } from '../../src/taskpane/cells';
import { ExplainCell } from '../../src/taskpane/explain/ExplainCell';
import { InsertCell } from '../../src/taskpane/insert/InsertCell';
import { PaneTabContext, type PaneTab } from '../../src/taskpane/paneTab';

// A busy machine: wait for what the user sees for up to 20 s, never on jest's 5 s default.
configure({ asyncUtilTimeout: 20_000 });
jest.setTimeout(120_000);

const values: ExplainHost = { resolve: () => null };

/** Seed 001 ¶41 figures, one formula per "cell". */
const FORMULAS: Record<string, string> = {
  'ESG!E9': '=ESG.GRANT(44095,579,0,44769)',
  'ESG!C5': '=ESG.GRANT(44095,0,0,0,"2015-16","retained")',
  'ESG!B5': '=SUM(B1:B4)',
};

class ScriptedHost implements CellHost {
  selected = 'ESG!E9';
  listener: (() => void) | undefined;
  explains = 0;
  inserted: string[] = [];
  names: string[] = ['ESG_Mainstream'];
  nameReads = 0;
  /** When set, explainSelected waits for this before answering. */
  gate: Promise<void> | undefined;

  async explainSelected(): Promise<ExplainedCell> {
    this.explains++;
    const cell = this.selected;
    const gate = this.gate;
    if (gate !== undefined) await gate;
    if (cell === 'broken') throw new Error('the sheet is protected');
    return { cell, explanation: await explainFormula(FORMULAS[cell], values) };
  }
  async insertFormula(formula: string) {
    this.inserted.push(formula);
  }
  async selectionAddress() {
    return this.selected;
  }
  async definedNames() {
    this.nameReads++;
    return this.names;
  }
  onSelectionChanged(listener: () => void) {
    this.listener = listener;
    return () => {
      this.listener = undefined;
    };
  }
  select(cell: string) {
    this.selected = cell;
    act(() => this.listener?.());
  }
}

function renderExplain(host: CellHost, tab: PaneTab) {
  const ui = (t: PaneTab) => (
    <FluentProvider theme={webLightTheme}>
      <PaneTabContext.Provider value={t}>
        <ExplainCell host={host} />
      </PaneTabContext.Provider>
    </FluentProvider>
  );
  const view = render(ui(tab));
  return { show: (t: PaneTab) => view.rerender(ui(t)), unmount: view.unmount };
}

describe('Explain connected to the workbook', () => {
  it('explains only while its tab is shown, and follows the selection', async () => {
    const host = new ScriptedHost();
    const { show } = renderExplain(host, 'scenarios');
    expect(host.explains).toBe(0);
    host.select('ESG!C5'); // while hidden: remembered, not read
    expect(host.explains).toBe(0);

    show('explain');
    expect(await screen.findByRole('heading', { name: 'ESG.GRANT in ESG!C5', level: 3 })).toBeInTheDocument();
    expect(host.explains).toBe(1);

    host.select('ESG!E9');
    expect(await screen.findByRole('heading', { name: 'ESG.GRANT in ESG!E9', level: 3 })).toBeInTheDocument();
    expect(screen.getByLabelText('Result value')).toHaveTextContent('5,391,995.25');
    host.select('ESG!B5');
    expect(await screen.findByText('The formula does not call an ESG function.')).toBeInTheDocument();
    expect(host.explains).toBe(3);
  });

  it('shows the latest selection even when an earlier read answers last', async () => {
    const host = new ScriptedHost();
    let release: () => void = () => undefined;
    host.gate = new Promise((resolve) => (release = resolve));
    renderExplain(host, 'explain'); // reads E9, held at the gate
    await waitFor(() => expect(host.explains).toBe(1));
    host.gate = undefined;
    host.select('ESG!C5');
    expect(await screen.findByRole('heading', { name: 'ESG.GRANT in ESG!C5', level: 3 })).toBeInTheDocument();
    await act(async () => release());
    expect(screen.getByRole('heading', { name: 'ESG.GRANT in ESG!C5', level: 3 })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'ESG.GRANT in ESG!E9', level: 3 })).not.toBeInTheDocument();
  });

  it('says when the cell could not be read, and the button tries again', async () => {
    const host = new ScriptedHost();
    host.selected = 'broken';
    const user = userEvent.setup({ delay: null });
    renderExplain(host, 'explain');
    expect(await screen.findByText('The selected cell could not be read: the sheet is protected')).toBeInTheDocument();
    host.selected = 'ESG!E9';
    await user.click(screen.getByRole('button', { name: 'Explain the selected cell' }));
    expect(await screen.findByRole('heading', { name: 'ESG.GRANT in ESG!E9', level: 3 })).toBeInTheDocument();
    expect(screen.queryByText(/could not be read/)).not.toBeInTheDocument();
  });

  it('stops following the selection when it goes away', () => {
    const host = new ScriptedHost();
    const { unmount } = renderExplain(host, 'explain');
    expect(host.listener).toBeDefined();
    unmount();
    expect(host.listener).toBeUndefined();
  });
});

describe('Insert connected to the workbook', () => {
  it("reads the workbook's names (again when the focus comes back), so a typed name stays a reference", async () => {
    const host = new ScriptedHost();
    host.names = [];
    const user = userEvent.setup({ delay: null });
    render(
      <FluentProvider theme={webLightTheme}>
        <button>outside</button>
        <InsertCell host={host} initialFunction="GRANT" />
      </FluentProvider>,
    );
    await waitFor(() => expect(host.nameReads).toBe(1));
    host.names = ['ESG_Mainstream']; // Set up (or a colleague) adds the name meanwhile
    const form = screen.getByRole('form', { name: 'Arguments of ESG.GRANT' });
    await user.type(within(form).getByRole('textbox', { name: /^mainstream/ }), 'ESG_Mainstream');
    await waitFor(() => expect(host.nameReads).toBe(2)); // once for the focus coming in, not per key
    expect(within(form).getByRole('status', { name: 'Formula preview' })).toHaveTextContent('=ESG.GRANT(ESG_Mainstream)');

    host.selected = "'Budget 2015-16'!B2";
    await user.click(within(form).getByRole('button', { name: 'Use the selected cell for special' }));
    expect(within(form).getByRole('textbox', { name: /^special/ })).toHaveValue("'Budget 2015-16'!B2");
    await user.click(within(form).getByRole('button', { name: 'Insert into the selected cell' }));
    await waitFor(() => expect(host.inserted).toEqual(["=ESG.GRANT(ESG_Mainstream,'Budget 2015-16'!B2)"]));
    expect(host.nameReads).toBe(2);
  });
});
