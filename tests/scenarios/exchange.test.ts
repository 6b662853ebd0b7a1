/**
 * Export to JSON and CSV, import back: round-trips keep every value and its type; a
 * scenario of the same name with other values is a conflict returned to the caller.
 */
import fc from 'fast-check';
import { csvText, csvValue, MAX_IMPORT_MB, parseCsv, toCsv } from '../../src/scenarios/exchange';
import type { ConflictResolution } from '../../src/scenarios/types';
import { isValidDefinedName, type WriteOp } from '../../src/workbook/port';
import { demo, logOf, type Demo } from './support/demo';

async function table(d: Demo): Promise<{ name: string; values: readonly unknown[] }[]> {
  const list = await d.service.list();
  if (list.kind !== 'state') throw new Error(list.message);
  return list.scenarios.map((s) => ({ name: s.name, values: s.values }));
}

async function exported(d: Demo, format: 'json' | 'csv'): Promise<string> {
  const out = format === 'json' ? await d.service.exportJson() : await d.service.exportCsv();
  if (out.kind !== 'exported') throw new Error(out.message);
  expect(out.fileName).toMatch(format === 'json' ? /^scenarios-\d{8}-\d{6}\.json$/ : /\.csv$/);
  return out.text;
}

describe('export', () => {
  it('JSON lists inputs and each scenario\'s non-blank values', async () => {
    const d = await demo();
    const file = JSON.parse(await exported(d, 'json'));
    expect(file).toMatchObject({ format: 'esg-scenarios', version: 1, active: 'July 2015 estimate' });
    expect(file.scenarios[1]).toEqual({
      name: 'July 2017 estimate',
      values: { ESG_Year: '2015-16', ESG_Mainstream: 30000, ESG_Special: 579, ESG_PRU: 0, ESG_Academies: 58864 },
    });
  });

  it('CSV has a header row and one row per input', async () => {
    const d = await demo();
    const rows = parseCsv(await exported(d, 'csv'));
    expect(rows[0]).toEqual(['Input', 'Description', 'July 2015 estimate', 'July 2017 estimate', 'All academies', 'Option D traded arm']);
    expect(rows.find((r) => r[0] === 'ESG_Mainstream')?.slice(2)).toEqual(['44095', '30000', '0', '']);
  });
});

describe.each(['json', 'csv'] as const)('round-trip through %s', (format) => {
  it('into a fresh workbook: every scenario identical', async () => {
    const source = await demo();
    await source.service.create('Texty');
    // Awkward values: text that looks like a formula, a number, TRUE, a leading zero.
    const list = await source.service.list();
    if (list.kind !== 'state') throw new Error(list.message);
    source.type('ESG_Year', "'=1+1");
    source.type('ESG_Mainstream', "'007");
    source.type('ESG_Special', "'TRUE");
    source.type('ESG_PRU', 0.1 + 0.2);
    await source.service.save('Texty');
    const text = await exported(source, format);

    const target = await demo();
    await target.service.delete('All academies');
    const outcome = await target.service.import(text, format);
    expect(outcome).toMatchObject({ kind: 'imported', added: ['All academies', 'Texty'], unchanged: ['July 2015 estimate', 'July 2017 estimate', 'Option D traded arm'] });
    const a = await table(source);
    const b = await table(target);
    const byName = (rows: typeof a) => Object.fromEntries(rows.map((r) => [r.name, r.values]));
    expect(byName(b)).toEqual(byName(a));
    expect(byName(b).Texty.slice(0, 4)).toEqual(['=1+1', '007', 'TRUE', 0.30000000000000004]);
  });

  it('same name, other values: a conflict, and nothing is written', async () => {
    const source = await demo();
    source.type('ESG_Mainstream', 31000);
    await source.service.switchTo('July 2017 estimate', { kind: 'save-into-active' });
    const text = await exported(source, format);

    const target = await demo();
    const before = target.state();
    const outcome = await target.service.import(text, format);
    expect(outcome).toMatchObject({ kind: 'conflicts' });
    expect(outcome.kind === 'conflicts' && outcome.conflicts).toEqual([
      { scenario: 'July 2015 estimate', differences: [{ input: 'ESG_Mainstream', workbook: 44095, file: 31000 }] },
    ]);
    expect(outcome.kind === 'conflicts' && outcome.message).toContain('"July 2015 estimate"');
    expect(target.state()).toBe(before);
  });

  it('conflicts resolved: keep, replace, or import under another name', async () => {
    const source = await demo();
    source.type('ESG_Mainstream', 31000);
    await source.service.save();
    const text = await exported(source, format);

    const keep = await demo();
    expect(await keep.service.import(text, format, { 'July 2015 estimate': 'keep' })).toMatchObject({ kind: 'imported', kept: ['July 2015 estimate'] });
    expect((await table(keep))[0].values[1]).toBe(44095);

    const replace = await demo();
    expect(await replace.service.import(text, format, { 'july 2015 estimate': 'replace' })).toMatchObject({ kind: 'imported', replaced: ['July 2015 estimate'] });
    expect((await table(replace))[0].values[1]).toBe(31000);
    // The active scenario: its input takes the imported value too (issue 14.6), logged as a Switch.
    expect((await logOf(replace.wb)).map((r) => r.slice(1))).toEqual([
      ['Save', 'July 2015 estimate', 'ESG_Mainstream', 44095, 31000],
      ['Switch', 'July 2015 estimate', 'ESG_Mainstream', 44095, 31000],
    ]);

    const rename = await demo();
    expect(await rename.service.import(text, format, { 'July 2015 estimate': { renameTo: 'July 2015 (file)' } })).toMatchObject({
      kind: 'imported',
      added: ['July 2015 (file)'],
    });
    const all = await table(rename);
    expect(all[0].values[1]).toBe(44095);
    expect(all.at(-1)).toMatchObject({ name: 'July 2015 (file)' });
    expect(all.at(-1)?.values[1]).toBe(31000);
  });
});

describe('import refusals write nothing', () => {
  it.each([
    ['json', 'not json'],
    ['json', '{"format":"other"}'],
    ['json', '{"format":"esg-scenarios","version":1,"scenarios":[{"name":" x","values":{}}]}'],
    ['json', '{"format":"esg-scenarios","version":1,"scenarios":[{"name":"x","values":{"ESG_PRU":null}}]}'],
    ['json', '{"format":"esg-scenarios","version":1,"scenarios":[{"name":"x","values":{}},{"name":"X","values":{}}]}'],
    ['csv', 'Name,A\r\nESG_PRU,1\r\n'],
    ['csv', 'Input,Description,Input\r\nESG_PRU,,1\r\n'],
  ] as const)('%s: %s', async (format, text) => {
    const d = await demo();
    const before = d.state();
    expect(await d.service.import(text, format)).toMatchObject({ kind: 'refused', code: expect.stringMatching(/^(import-invalid|scenario-name-invalid)$/) });
    expect(d.state()).toBe(before);
  });

  it('reports inputs the workbook does not list', async () => {
    const d = await demo();
    const text = JSON.stringify({ format: 'esg-scenarios', version: 1, scenarios: [{ name: 'New', values: { ESG_PRU: 3, Unknown_Input: 1 } }] });
    expect(await d.service.import(text, 'json')).toMatchObject({ kind: 'imported', added: ['New'], unknownInputs: ['Unknown_Input'] });
  });
});

describe('CSV fields', () => {
  it('quotes commas, quotes and line breaks, and parses them back', () => {
    const rows = [['a,b', 'say "hi"', 'two\nlines', ' padded', '']];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });

  it('marks text that would read as a number, TRUE/FALSE or a formula', () => {
    expect(['=SUM(A1)', '+1', '-x', '@x', '007', 'TRUE', "'q", '2015-16', 'plain'].map(csvText)).toEqual([
      "'=SUM(A1)",
      "'+1",
      "'-x",
      "'@x",
      "'007",
      "'TRUE",
      "''q",
      '2015-16',
      'plain',
    ]);
  });

  it('any value survives csvText then csvValue (property)', () => {
    const value = fc.oneof(
      fc.string().filter((s) => s.trim() !== ''),
      fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
      fc.boolean(),
    );
    fc.assert(
      fc.property(value, (v) => {
        expect(csvValue(csvText(v))).toEqual(v);
      }),
    );
  });
});

// ------------------------------------------------------------------ issue 11: hostile and careless files

/** Adds an input row to ESG_Scenarios (and its defined name on Inputs!Z<row>) through the port. */
async function addInput(d: Demo, name: string, description: string, cellRow: number, values: (string | number)[]): Promise<void> {
  const list = await d.service.list();
  if (list.kind !== 'state') throw new Error(list.message);
  const ops: WriteOp[] = [{ kind: 'appendTableRows', table: 'ESG_Scenarios', rows: [[name, description, ...values, ...Array(list.scenarios.length - values.length).fill('')]] }];
  if (isValidDefinedName(name)) {
    ops.unshift({ kind: 'setCells', sheet: 'Inputs', address: `Z${cellRow}`, cells: [[values[0] ?? 0]] }, { kind: 'defineName', name, sheet: 'Inputs', address: `Z${cellRow}` });
  }
  await d.wb.write(ops);
}

const LIVE = /^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;

describe('CSV export makes every cell inert, and Import undoes exactly that', () => {
  const names = ['=HYPERLINK("http://example.com/x","Click")', '@SUM(1+1)', '+44 budget', '-x', '＝1+1', "'quoted"];

  it('scenario names (header row), input names, descriptions and values: no field a spreadsheet would run', async () => {
    const d = await demo();
    for (const name of names) expect(await d.service.create(name)).toMatchObject({ kind: 'done' });
    await addInput(d, 'ESG_Extra', '=cmd|"/c calc"!A1', 30, ['-1+2']);
    await addInput(d, '@evil', '+cmd', 31, ['+1']);
    const rows = parseCsv(await exported(d, 'csv'));
    const live = rows.flat().filter((f) => LIVE.test(f) && !/^-?\d/.test(f));
    expect(live).toEqual([]);
    expect(rows[0].slice(-names.length)).toEqual(names.map((n) => `'${n}`));
    expect(rows.find((r) => r[0] === 'ESG_Extra')?.[1]).toBe('\'=cmd|"/c calc"!A1');
    expect(rows.find((r) => r[0] === "'@evil")?.slice(1, 3)).toEqual(["'+cmd", "'+1"]);
  });

  it('Import gives back the exact names and values', async () => {
    const source = await demo();
    for (const name of names) await source.service.create(name);
    const text = await exported(source, 'csv');
    const target = await demo();
    const outcome = await target.service.import(text, 'csv');
    expect(outcome).toMatchObject({ kind: 'imported', added: names });
    const list = await target.service.list();
    if (list.kind !== 'state') throw new Error(list.message);
    expect(list.scenarios.map((s) => s.name).slice(-names.length)).toEqual(names);
  });
});

describe('names that are JavaScript object keys', () => {
  const PROTO = ['constructor', 'toString', '__proto__', 'hasOwnProperty'];

  it.each(['json', 'csv'] as const)('export and import through %s as plain names', async (format) => {
    const source = await demo();
    await addInput(source, 'constructor', 'an input named constructor', 30, [7, 7, 7, 7]);
    for (const name of PROTO) expect(await source.service.create(name)).toMatchObject({ kind: 'done' });
    const text = await exported(source, format);
    expect(text).not.toContain('native code');
    const target = await demo();
    await addInput(target, 'constructor', 'an input named constructor', 30, [7, 7, 7, 7]);
    const outcome = await target.service.import(text, format);
    expect(outcome).toMatchObject({ kind: 'imported', added: PROTO, unknownInputs: [] });
    const list = await target.service.list();
    if (list.kind !== 'state') throw new Error(list.message);
    const ctor = list.inputs.findIndex((i) => i.name === 'constructor');
    expect(list.scenarios.find((s) => s.name === '__proto__')?.values[ctor]).toBe(7);
  });

  it('conflicts on them are found and resolved (resolutions without a prototype, as the pane builds them)', async () => {
    const source = await demo();
    for (const name of PROTO) await source.service.create(name);
    const target = await demo();
    for (const name of PROTO) await target.service.create(name);
    target.type('ESG_PRU', 5);
    await target.service.save('__proto__');
    await target.service.save('constructor');
    const text = await exported(source, 'json');
    const first = await target.service.import(text, 'json');
    expect(first.kind === 'conflicts' && first.conflicts.map((c) => c.scenario)).toEqual(['constructor', '__proto__']);
    const resolutions = Object.create(null) as Record<string, ConflictResolution>;
    const choose = (name: string, r: ConflictResolution): void => {
      resolutions[name] = r;
    };
    choose('__proto__', 'replace');
    choose('constructor', 'keep');
    expect(await target.service.import(text, 'json', resolutions)).toMatchObject({ kind: 'imported', replaced: ['__proto__'], kept: ['constructor'] });
  });

  it('an inherited property is never taken for a choice', async () => {
    const d = await demo();
    await d.service.create('constructor');
    d.type('ESG_PRU', 9);
    await d.service.save('constructor');
    const other = await demo();
    await other.service.create('constructor');
    const text = await exported(other, 'json');
    // {} has `constructor` (a function) by inheritance: still an unresolved conflict.
    expect(await d.service.import(text, 'json', {})).toMatchObject({ kind: 'conflicts' });
  });
});

describe('look-alike names', () => {
  it.each([
    ['a zero-width space', 'July 2015 estimate\u200B'],
    ['a line separator', 'July 2015\u2028estimate'],
    ['a right-to-left mark', '\u200FJuly 2015 estimate'],
    ['a soft hyphen', 'July 2015 est\u00ADimate'],
    ['a Hangul filler', 'July 2015 estimate\u3164'],
    ['a next-line control', 'July 2015\u0085estimate'],
  ])('refuses a name holding %s, on create and on import', async (_what, name) => {
    const d = await demo();
    const before = d.state();
    expect(await d.service.create(name)).toMatchObject({ kind: 'refused', code: 'scenario-name-invalid' });
    const file = JSON.stringify({ format: 'esg-scenarios', version: 1, scenarios: [{ name, values: { ESG_PRU: 1 } }] });
    expect(await d.service.import(file, 'json')).toMatchObject({ kind: 'refused' });
    expect(d.state()).toBe(before);
  });

  it.each([
    ['full-width letters', 'Ｊｕｌｙ 2015 estimate'],
    ['a no-break space', 'July\u00A02015 estimate'],
    ['other case', 'JULY 2015 ESTIMATE'],
  ])('treats %s as the same name: a conflict, never a second scenario', async (_what, name) => {
    const d = await demo();
    expect(await d.service.create(name)).toMatchObject({ kind: 'refused', code: 'scenario-exists' });
    const file = JSON.stringify({ format: 'esg-scenarios', version: 1, scenarios: [{ name, values: { ESG_PRU: 12345 } }] });
    const outcome = await d.service.import(file, 'json');
    expect(outcome).toMatchObject({ kind: 'conflicts' });
    expect(outcome.kind === 'conflicts' && outcome.conflicts[0].scenario).toBe('July 2015 estimate');
  });

  it('two look-alike scenarios in one file are duplicates', async () => {
    const d = await demo();
    const file = JSON.stringify({ format: 'esg-scenarios', version: 1, scenarios: [{ name: 'Plan', values: {} }, { name: 'Ｐｌａｎ', values: {} }] });
    expect(await d.service.import(file, 'json')).toMatchObject({ kind: 'refused', code: 'import-invalid' });
  });
});

describe('import size', () => {
  it(`refuses a file over ${MAX_IMPORT_MB} MB with a clear message, writing nothing`, async () => {
    const d = await demo();
    const before = d.state();
    const text = `Input,Big\r\n${'ESG_PRU,1\r\n'.repeat(Math.ceil((MAX_IMPORT_MB * 1024 * 1024) / 11) + 1)}`;
    const outcome = await d.service.import(text, 'csv');
    expect(outcome).toMatchObject({ kind: 'refused', code: 'import-invalid' });
    expect(outcome.kind === 'refused' && outcome.message).toMatch(new RegExp(`over the ${MAX_IMPORT_MB} MB an import can take`));
    expect(d.state()).toBe(before);
  });

  it('does work linear in the number of scenarios (counted, not timed)', async () => {
    const file = (n: number): string =>
      JSON.stringify({ format: 'esg-scenarios', version: 1, scenarios: Array.from({ length: n }, (_, k) => ({ name: `Imported ${k}`, values: { ESG_PRU: k } })) });
    const work = async (n: number): Promise<number> => {
      const d = await demo();
      const text = file(n);
      const spy = jest.spyOn(String.prototype, 'toLowerCase');
      try {
        const outcome = await d.service.import(text, 'json', {});
        expect(outcome).toMatchObject({ kind: 'imported' });
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };
    const small = await work(100);
    const large = await work(400);
    // Linear: ~4x the work for 4x the scenarios; the old pairwise name checks made it ~16x.
    expect(large / small).toBeLessThan(6);
  });
});
