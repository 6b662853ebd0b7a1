/**
 * Export to JSON and CSV, import back: round-trips keep every value and its type; a
 * scenario of the same name with other values is a conflict returned to the caller.
 */
import fc from 'fast-check';
import { csvText, csvValue, MAX_IMPORT_MB, parseCsv, toCsv } from '../../src/scenarios/exchange';
import { demo, logOf } from './support/demo';
import { exported, table } from './support/exchange';


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
