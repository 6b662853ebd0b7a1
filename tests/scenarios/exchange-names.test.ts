/**
 * Export and import with hostile content: cells that look like formulas (CSV makes them
 * inert, Import undoes exactly that), names that are JavaScript object keys, and names that
 * only look alike. (Round-trips, refusals and sizes: exchange.test.ts.)
 */
import { parseCsv } from '../../src/scenarios/exchange';
import type { ConflictResolution } from '../../src/scenarios/types';
import { isValidDefinedName, type WriteOp } from '../../src/workbook/port';
import { demo, type Demo } from './support/demo';
import { exported } from './support/exchange';

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
