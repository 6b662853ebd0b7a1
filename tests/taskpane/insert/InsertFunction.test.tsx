/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { REGISTRY } from '../../../src/functions/registry';
import { InsertFunction, type InsertFunctionProps } from '../../../src/taskpane/insert/InsertFunction';

// A busy machine: wait for what the user sees for up to 20 s, never on jest's 5 s default.
configure({ asyncUtilTimeout: 20_000 });
jest.setTimeout(120_000);

function setup(props: Partial<InsertFunctionProps> = {}) {
  const onInsert = jest.fn<Promise<void>, [string]>(() => Promise.resolve());
  const user = userEvent.setup({ delay: null });
  render(
    <FluentProvider theme={webLightTheme}>
      <InsertFunction catalogue={REGISTRY} onInsert={onInsert} {...props} />
    </FluentProvider>,
  );
  return { user, onInsert };
}

const functionButtons = () => within(screen.getByRole('list', { name: 'Functions' })).getAllByRole('button');
const preview = () => screen.getByRole('status', { name: 'Formula preview' });

test('lists every function; the search filters by name, description and argument names', async () => {
  const { user } = setup();
  expect(functionButtons()).toHaveLength(REGISTRY.length);
  await user.type(screen.getByRole('searchbox', { name: 'Search functions' }), 'transfer');
  expect(functionButtons().map((b) => b.textContent)).toEqual([expect.stringContaining('ESG.DSG.TRANSFER')]);
  await user.clear(screen.getByRole('searchbox', { name: 'Search functions' }));
  await user.type(screen.getByRole('searchbox', { name: 'Search functions' }), 'recoupment');
  expect(functionButtons().map((b) => b.textContent)).toEqual([expect.stringContaining('ESG.DSG.SUMMARY')]);
  await user.type(screen.getByRole('searchbox', { name: 'Search functions' }), 'zzz');
  expect(screen.queryAllByRole('button', { pressed: false })).toHaveLength(0);
  expect(screen.getByText(/No function matches/)).toBeInTheDocument();
});

test('picking a function shows its arguments with the JSDoc help, defaults and optional markers', async () => {
  const { user } = setup();
  await user.click(screen.getByRole('button', { name: /ESG\.GRANT/ }));
  const form = screen.getByRole('form', { name: 'Arguments of ESG.GRANT' });
  expect(within(form).getByRole('textbox', { name: /^mainstream/ })).toBeRequired();
  const special = within(form).getByRole('textbox', { name: 'special (optional)' });
  expect(special).toHaveAccessibleDescription(/weighted 4\.25 in the general element \(default 0\)\. Default: 0\. Read as left blank: 0\./);
  expect(within(form).getByRole('combobox', { name: 'element (optional)' })).toBeInTheDocument();
  expect(preview()).toHaveTextContent('=ESG.GRANT()');
  expect(screen.getByRole('button', { name: 'Insert into the selected cell' })).toBeDisabled();
  expect(screen.getByText('Fill in: mainstream.')).toBeInTheDocument();
});

test('filling the form builds the formula, text quoted, and Insert sends it', async () => {
  const { user, onInsert } = setup({ initialFunction: 'GRANT', names: ['ESG_Mainstream'] });
  const form = screen.getByRole('form', { name: 'Arguments of ESG.GRANT' });
  await user.type(within(form).getByRole('textbox', { name: /^mainstream/ }), 'esg_mainstream');
  await user.type(within(form).getByRole('textbox', { name: 'special (optional)' }), '579');
  await user.type(within(form).getByRole('textbox', { name: 'year (optional)' }), '2015-16');
  expect(within(form).getByRole('textbox', { name: 'year (optional)' })).toHaveAccessibleDescription(/Read as text \(in quotes\)\./);
  await user.type(within(form).getByRole('combobox', { name: 'element (optional)' }), 'general');
  expect(preview()).toHaveTextContent('=ESG.GRANT(ESG_Mainstream,579,,,"2015-16","general")');
  await user.click(screen.getByRole('button', { name: 'Insert into the selected cell' }));
  expect(onInsert).toHaveBeenCalledWith('=ESG.GRANT(ESG_Mainstream,579,,,"2015-16","general")');
  expect(await screen.findByText('Inserted =ESG.GRANT(ESG_Mainstream,579,,,"2015-16","general")')).toBeInTheDocument();
});

test('a text with quotes or formula code is quoted, never inserted as code', async () => {
  const { user, onInsert } = setup({ initialFunction: 'DSG.BLOCK' });
  const form = screen.getByRole('form', { name: 'Arguments of ESG.DSG.BLOCK' });
  await user.type(within(form).getByRole('combobox', { name: /^block/ }), '=HYPERLINK("x")');
  await user.type(within(form).getByRole('textbox', { name: /^units/ }), '10');
  await user.type(within(form).getByRole('textbox', { name: /^rate/ }), '5');
  expect(preview()).toHaveTextContent('=ESG.DSG.BLOCK("=HYPERLINK(""x"")",10,5)');
  // Issue 14 point 16: it is not a block name, so the engine's message shows and nothing is inserted.
  expect(await screen.findByText(/Unknown block "=HYPERLINK\("x"\)" \(block\)/)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Insert into the selected cell' })).toBeDisabled();
  expect(onInsert).not.toHaveBeenCalled();
});

test('a list of the accepted names, the example, and the selected cell', async () => {
  const onPickCell = jest.fn(() => Promise.resolve("'My Inputs'!$B$2"));
  const { user, onInsert } = setup({ initialFunction: 'PROJECT', onPickCell });
  await user.click(screen.getByRole('button', { name: 'Fill in the example' }));
  expect(preview()).toHaveTextContent('=ESG.PROJECT(44095,579,0,44769,"2015-16",2,7047.5)');
  await user.click(screen.getByRole('button', { name: 'Use the selected cell for mainstream' }));
  await waitFor(() => expect(preview()).toHaveTextContent("=ESG.PROJECT('My Inputs'!$B$2,579,0,44769,\"2015-16\",2,7047.5)"));
  const timing = screen.getByRole('combobox', { name: 'timing (optional)' });
  const offered = document.getElementById(timing.getAttribute('list') ?? '');
  expect([...(offered?.querySelectorAll('option') ?? [])].map((o) => o.value)).toEqual(expect.arrayContaining(['even']));
  await user.type(timing, 'even');
  expect(preview()).toHaveTextContent(`=ESG.PROJECT('My Inputs'!$B$2,579,0,44769,"2015-16",2,7047.5,,"even")`);
  await user.click(screen.getByRole('button', { name: 'Insert into the selected cell' }));
  expect(onInsert).toHaveBeenCalledWith(`=ESG.PROJECT('My Inputs'!$B$2,579,0,44769,"2015-16",2,7047.5,,"even")`);
});

test('a selection that is not a reference is refused; a failed insert says why', async () => {
  const onPickCell = jest.fn(() => Promise.resolve('B2,C3'));
  const onInsert = jest.fn(() => Promise.reject(new Error('The cell is locked')));
  const { user } = setup({ initialFunction: 'RATE', onPickCell, onInsert });
  await user.click(screen.getByRole('button', { name: 'Use the selected cell for year' }));
  expect(await screen.findByText(/can't be used as a reference for year/)).toBeInTheDocument();
  expect(preview()).toHaveTextContent('=ESG.RATE()');
  await user.type(screen.getByRole('textbox', { name: /^year/ }), '2015');
  await user.click(screen.getByRole('button', { name: 'Insert into the selected cell' }));
  expect(await screen.findByText('The formula was not inserted: The cell is locked')).toBeInTheDocument();
});

test('without onPickCell there is no cell button', () => {
  setup({ initialFunction: 'RATE' });
  expect(screen.queryByRole('button', { name: /Use the selected cell/ })).not.toBeInTheDocument();
});

describe('each argument is checked as it is typed, with the engine’s own message', () => {
  async function grantForm() {
    const ctx = setup({ initialFunction: 'GRANT' });
    await screen.findByRole('form', { name: 'Arguments of ESG.GRANT' });
    return ctx;
  }

  test('a negative pupil count is refused under its box and Insert is disabled', async () => {
    const { user, onInsert } = await grantForm();
    await user.type(screen.getByRole('textbox', { name: /^mainstream/ }), '-5');
    expect(await screen.findByText("Pupil numbers can't be negative (mainstream = -5)")).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^mainstream/ })).toHaveAttribute('aria-invalid', 'true');
    const insert = screen.getByRole('button', { name: 'Insert into the selected cell' });
    expect(insert).toBeDisabled();
    await user.clear(screen.getByRole('textbox', { name: /^mainstream/ }));
    await user.type(screen.getByRole('textbox', { name: /^mainstream/ }), '44095');
    await waitFor(() => expect(screen.queryByText(/can't be negative/)).toBeNull());
    expect(insert).toBeEnabled();
    expect(onInsert).not.toHaveBeenCalled();
  });

  test('text for a pupil count and a year the grant does not cover each get their own message at once', async () => {
    const { user } = await grantForm();
    await user.type(screen.getByRole('textbox', { name: /^mainstream/ }), 'abc');
    await user.type(screen.getByRole('textbox', { name: /^year/ }), '2035-36');
    expect(await screen.findByText('mainstream must be a number, not "abc"')).toBeInTheDocument();
    expect(await screen.findByText(/There is no ESG in 2035-36/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Insert into the selected cell' })).toBeDisabled();
  });

  test('a reference to a cell is not judged (its value is only known in the workbook)', async () => {
    const { user } = await grantForm();
    await user.type(screen.getByRole('textbox', { name: /^mainstream/ }), 'B2');
    expect(await screen.findByText('=ESG.GRANT(B2)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Insert into the selected cell' })).toBeEnabled();
  });

  test.each(["'\\\\server\\share\\[budget.xlsx]Inputs'!B2", '[Book.xlsx]Sheet1!A1', "'https://example.org/[x.xlsx]S'!A1"])(
    'a reference into another workbook (%s) is refused and never inserted',
    async (typed) => {
      const { user, onInsert } = await grantForm();
      const box = screen.getByRole('textbox', { name: /^mainstream/ });
      await user.click(box);
      await user.paste(typed);
      expect(await screen.findByText(/refers to another workbook/)).toBeInTheDocument();
      const insert = screen.getByRole('button', { name: 'Insert into the selected cell' });
      expect(insert).toBeDisabled();
      await user.type(box, '{Enter}');
      expect(onInsert).not.toHaveBeenCalled();
    },
  );
});
