/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { explainFormula, type ExplainHost, type FormulaExplanation } from '../../../src/explain';
import { ExplainPanel, type ExplainPanelProps } from '../../../src/taskpane/explain/ExplainPanel';

// A busy machine: wait for what the user sees for up to 20 s, never on jest's 5 s default.
configure({ asyncUtilTimeout: 20_000 });
jest.setTimeout(120_000);

const host: ExplainHost = {
  resolve: (ref) => ({ 'Inputs!B2': 44095, 'Inputs!B3': 579, ESG_Year: '' })[ref.text] ?? null,
  evaluate: (e) => (e === 'Inputs!B4+Inputs!B5' ? 44769 : null),
};

function setup(explanation: FormulaExplanation | undefined, props: Partial<ExplainPanelProps> = {}) {
  const onRefresh = jest.fn();
  const user = userEvent.setup({ delay: null });
  render(
    <FluentProvider theme={webLightTheme}>
      <ExplainPanel explanation={explanation} onRefresh={onRefresh} {...props} />
    </FluentProvider>,
  );
  return { user, onRefresh };
}

const table = (name: string) => screen.getByRole('table', { name });
const rowTexts = (name: string) => within(table(name)).getAllByRole('row').map((r) => within(r).queryAllByRole('cell').map((c) => c.textContent));

test('before anything is explained: a hint and the Explain button', async () => {
  const { user, onRefresh } = setup(undefined);
  expect(screen.getByRole('heading', { name: 'Explain a cell', level: 2 })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Explain the selected cell' }));
  expect(onRefresh).toHaveBeenCalledTimes(1);
});

test('seed 001 ¶41: arguments with their cells, rates with year and source, the steps and the result', async () => {
  const x = await explainFormula('=ESG.GRANT(Inputs!B2,Inputs!B3,0,Inputs!B4+Inputs!B5,ESG_Year)', host);
  setup(x, { cell: 'ESG!C7' });
  expect(screen.getByRole('heading', { name: 'ESG.GRANT in ESG!C7', level: 3 })).toBeInTheDocument();
  for (const h of ['Arguments', 'Rates used', 'Steps', 'Result']) expect(screen.getByRole('heading', { name: h, level: 3 })).toBeInTheDocument();

  const args = rowTexts('Arguments');
  expect(args[1]).toEqual(['mainstream', '44,095', 'Inputs!B2']);
  expect(args[3]).toEqual(['pru', '0', 'typed in the formula']);
  expect(args[4]).toEqual(['academies', '44,769', 'the expression Inputs!B4+Inputs!B5']);
  expect(args[5]).toEqual(['year', '2015-16 (blank: the default is used)', 'ESG_Year']);

  const rates = rowTexts('Rates used');
  const general = rates.findIndex((r) => r[0] === 'ESG general element rate');
  expect(rates[general]).toEqual(['ESG general element rate', '2015-16', '£87 per pupil']);
  expect(rates[general + 1]).toEqual([expect.stringMatching(/^Source: .*July 2014/)]); // its source, on the line under it

  expect(rowTexts('Steps')).toContainEqual([
    'General element (maintained pupils)',
    '87 × (44,095 + 4.25 × 579 + 3.75 × 0)',
    '4,050,350.25',
  ]);
  expect(rowTexts('Steps')).toContainEqual(['Total grant', '4,050,350.25 + 1,341,645', '5,391,995.25']);
  expect(screen.getByLabelText('Result value')).toHaveTextContent('5,391,995.25');
});

test('a projection: steps grouped by year, the spilled table as the result, the wrapped note', async () => {
  const x = await explainFormula('=INDEX(ESG.PROJECT(44095,579,0,44769,"2015-16",2,7047.5),4,6)', host);
  setup(x);
  expect(screen.getByText(/inside a larger formula/)).toBeInTheDocument();
  // Issue 14.17: one table per year, the first open; the others collapsed.
  expect(screen.getByRole('table', { name: 'Steps: 2015-16' }).closest('details')).toHaveAttribute('open');
  expect(screen.getByRole('table', { name: 'Steps: 2017-18', hidden: true }).closest('details')).not.toHaveAttribute('open');
  const result = within(table('Result table')).getAllByRole('row');
  expect(result).toHaveLength(4);
  expect(within(result[3]).getAllByRole('cell').map((c) => c.textContent)).toEqual([
    '2017-18', '30,579', '58,864', '1,341,645', '2,824,085.25', '4,165,730.25',
  ]);
});

test('an engine error: its code and message as the result', async () => {
  setup(await explainFormula('=ESG.GRANT(-3)', host));
  expect(screen.getByText("Pupil numbers can't be negative (mainstream = -3)")).toBeInTheDocument();
  expect(screen.getByText('#VALUE!')).toBeInTheDocument();
});

test('an argument that is an error value: says which and where', async () => {
  const x = await explainFormula('=ESG.GRANT(Bad!A1)', { resolve: () => ({ error: '#REF!' }) });
  setup(x);
  expect(screen.getByText('mainstream is the error value #REF! (Bad!A1), so the cell shows #REF!: correct that first')).toBeInTheDocument();
});

test('no ESG call: says so and shows the formula', async () => {
  setup(await explainFormula('=SUM(A1:A3)', host));
  expect(screen.getByText('The formula does not call an ESG function.')).toBeInTheDocument();
  expect(screen.getByLabelText('Formula')).toHaveTextContent('=SUM(A1:A3)');
});

test('Copy as text puts the plain-text explanation on the clipboard; if that fails the text is shown', async () => {
  const x = await explainFormula('=ESG.RATE(2015)', host);
  const onCopy = jest.fn(() => Promise.resolve());
  const { user } = setup(x, { onCopy, cell: 'A1' });
  await user.click(screen.getByRole('button', { name: 'Copy as text' }));
  expect(onCopy).toHaveBeenCalledWith(expect.stringContaining('A1: =ESG.RATE(2015)'));
  expect(onCopy.mock.calls[0]).toEqual([expect.stringContaining('ESG general element rate, 2015-16: £87 per pupil')]);
  expect(await screen.findByText('Copied.')).toBeInTheDocument();
});

test('a blocked clipboard shows the text to copy by hand', async () => {
  const x = await explainFormula('=ESG.RATE(2015)', host);
  const { user } = setup(x, { onCopy: () => Promise.reject(new Error('blocked')) });
  await user.click(screen.getByRole('button', { name: 'Copy as text' }));
  const box = await screen.findByRole('textbox', { name: 'Explanation as text' });
  expect((box as HTMLTextAreaElement).value).toContain('=ESG.RATE(2015)');
  expect(box).toHaveAttribute('readonly');
});

test('busy: the button is disabled and a spinner says so', () => {
  setup(undefined, { busy: true });
  expect(screen.getByRole('button', { name: 'Explain the selected cell' })).toBeDisabled();
  expect(screen.getByText('Working it out…')).toBeInTheDocument();
});

describe('a long explanation reads from the top (issue 14.17)', () => {
  const projection = () => explainFormula('=ESG.PROJECT(44095,579,0,44769,"2015-16",2,7047.5)', host);

  test('the result and the selected row\'s steps come first; arguments, rates and other years are collapsed', async () => {
    const { user } = setup(await projection(), { selectedGroup: '2016-17' });
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings.indexOf('Result')).toBeLessThan(headings.indexOf('Steps'));
    expect(headings.indexOf('Steps')).toBeLessThan(headings.indexOf('Arguments'));
    const selected = screen.getByRole('table', { name: 'Steps: 2016-17' }).closest('details');
    expect(selected).toHaveAttribute('open');
    const groups = Array.from(document.querySelectorAll('details > summary')).map((s) => s.textContent);
    expect(groups.slice(0, 3)).toEqual(['2016-17', '2015-16', '2017-18']);
    const other = screen.getByRole('table', { name: 'Steps: 2017-18', hidden: true }).closest('details');
    expect(other).not.toHaveAttribute('open');
    const args = screen.getByRole('table', { name: 'Arguments', hidden: true }).closest('details');
    expect(args).not.toHaveAttribute('open');
    await user.click(screen.getByText('2017-18', { selector: 'summary' }));
    expect(other).toHaveAttribute('open');
  });

  test('a one-figure explanation is not collapsed', async () => {
    setup(await explainFormula('=ESG.GRANT(44095,579,0,44769,"2015-16")', host));
    expect(document.querySelector('details')).toBeNull();
    expect(screen.getByRole('table', { name: 'Arguments' })).toBeVisible();
  });

  test('the code box keeps "2015-16" on one line and may break only after a comma', async () => {
    setup(await projection());
    const code = screen.getByLabelText('Formula');
    const literal = within(code).getByText('"2015-16"');
    expect(literal.className).not.toBe('');
    expect(getComputedStyle(literal).whiteSpace).toBe('nowrap');
    expect(code.querySelectorAll('wbr').length).toBe(6);
    expect(code.textContent).toBe('=ESG.PROJECT(44095,579,0,44769,"2015-16",2,7047.5)');
  });

  test('"typed in the formula" does not wrap', async () => {
    setup(await explainFormula('=ESG.GRANT(44095,579,0,44769,"2015-16")', host));
    const cell = within(screen.getByRole('table', { name: 'Arguments' })).getAllByText('typed in the formula')[0];
    expect(getComputedStyle(cell).whiteSpace).toBe('nowrap');
  });
});
