/**
 * The HyperFormula adapter: literal text, formulas only when asked, names read at each
 * read, tables kept as ranges (moving what is in their way), formats and charts kept for
 * the preview.
 */
import { HyperFormula } from 'hyperformula';
import { HyperFormulaWorkbook } from '../../src/workbook/hf';
import type { WriteOp } from '../../src/workbook/port';

function workbook(): { hf: HyperFormula; wb: HyperFormulaWorkbook } {
  const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
  return { hf, wb: new HyperFormulaWorkbook(hf) };
}

describe('HyperFormula adapter', () => {
  it.each(['=1+1', '+44', '-x', '@x', "'q", 'TRUE', '007', '2015-16', '1e3'])('writes the string %j as that literal text', async (text) => {
    const { hf, wb } = workbook();
    await wb.write([
      { kind: 'addSheet', sheet: 'S' },
      { kind: 'setCells', sheet: 'S', address: 'A1', cells: [[text]] },
      { kind: 'defineName', sheet: 'S', name: 'N', address: 'B1' },
      { kind: 'setNamedCell', name: 'N', value: text },
    ]);
    for (const col of [0, 1]) {
      expect(hf.getCellValue({ sheet: 0, row: 0, col })).toBe(text);
      expect(hf.doesCellHaveFormula({ sheet: 0, row: 0, col })).toBe(false);
    }
  });

  it('writes a formula only from a Formula object', async () => {
    const { hf, wb } = workbook();
    await wb.write([
      { kind: 'addSheet', sheet: 'S' },
      { kind: 'setCells', sheet: 'S', address: 'A1', cells: [[2, { formula: '=A1*21' }, '']] },
    ]);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 1 })).toBe(42);
    expect(hf.isCellEmpty({ sheet: 0, row: 0, col: 2 })).toBe(true);
  });

  it('resolves names: missing, not a range, a cell (with its formula), a range', async () => {
    const { hf, wb } = workbook();
    hf.addSheet('My Sheet');
    hf.setCellContents({ sheet: 0, row: 0, col: 0 }, [[5, '=A1+1']]);
    hf.addNamedExpression('Cell', "='My Sheet'!$A$1");
    hf.addNamedExpression('Calc', "='My Sheet'!$B$1");
    hf.addNamedExpression('Block', "='My Sheet'!$A$1:$B$1");
    hf.addNamedExpression('Const', '=7');
    const snap = await wb.read({ names: ['Nope', 'const', 'CELL', 'Calc'], ranges: ['Block'] });
    expect(snap.name('nope')).toEqual({ status: 'missing' });
    expect(snap.name('Const')).toEqual({ status: 'not-range', refersTo: '=7' });
    expect(snap.name('Cell')).toEqual({ status: 'range', sheet: 'My Sheet', address: 'A1', rows: 1, cols: 1, value: 5, formula: null });
    expect(snap.name('Calc')).toMatchObject({ value: 6, formula: '=A1+1' });
    expect(snap.name('Block')).toMatchObject({ rows: 1, cols: 2, values: [[5, 6]] });
  });

  it('reads a table from the grid at every read (no cached copy)', async () => {
    const { hf, wb } = workbook();
    await wb.write([
      { kind: 'addSheet', sheet: 'S' },
      { kind: 'addTable', sheet: 'S', address: 'B2', name: 'T', header: ['Input', 'A'], rows: [['x', 1]] },
    ]);
    hf.setCellContents({ sheet: 0, row: 2, col: 2 }, [[99]]);
    expect((await wb.read({ tables: ['t'] })).table('T')).toEqual({ name: 'T', sheet: 'S', header: ['Input', 'A'], rows: [['x', 99]] });
    expect((await wb.read({ tables: ['Other'], tablesExist: ['T'] })).table('Other')).toBeNull();
  });

  it('appending rows into occupied cells inserts rows and moves the table below', async () => {
    const { hf, wb } = workbook();
    await wb.write([
      { kind: 'addSheet', sheet: 'S' },
      { kind: 'addTable', sheet: 'S', address: 'A1', name: 'Top', header: ['Input', 'A'], rows: [['x', 1]] },
      { kind: 'addTable', sheet: 'S', address: 'A3', name: 'Below', header: ['Output', 'Label'], rows: [['o', 'l']] },
      { kind: 'appendTableRows', table: 'Top', rows: [['y', 2]] },
    ]);
    const snap = await wb.read({ tables: ['Top', 'Below'] });
    expect(snap.table('Top')?.rows).toEqual([['x', 1], ['y', 2]]);
    expect(snap.table('Below')?.rows).toEqual([['o', 'l']]);
    expect(hf.getCellValue({ sheet: 0, row: 3, col: 0 })).toBe('Output');
  });

  it('adds, renames and deletes table columns, moving cells as a table would', async () => {
    const { hf, wb } = workbook();
    await wb.write([
      { kind: 'addSheet', sheet: 'S' },
      { kind: 'addTable', sheet: 'S', address: 'A1', name: 'T', header: ['Input', 'A', 'B'], rows: [['x', 1, 2]] },
      { kind: 'setCells', sheet: 'S', address: 'D1', cells: [['in the way']] },
    ]);
    // Table writes carry the key column they were computed from: checked before the batch, so the table must exist.
    await wb.write([
      { kind: 'addTableColumn', table: 'T', header: '=C', values: [3], keys: { column: 'Input', values: ['x'] } },
      { kind: 'renameTableColumn', table: 'T', column: 'a', to: 'A2' },
      { kind: 'deleteTableColumn', table: 'T', column: 'B' },
      { kind: 'setTableColumn', table: 'T', column: 'A2', values: [10], keys: { column: 'Input', values: ['x'] } },
    ]);
    expect((await wb.read({ tables: ['T'] })).table('T')).toMatchObject({ header: ['Input', 'A2', '=C'], rows: [['x', 10, 3]] });
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 3 })).toBe(null);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 4 })).toBe('in the way');
  });

  it('keeps number formats and charts for the preview; clearing a sheet removes them', async () => {
    const { wb } = workbook();
    await wb.write([
      { kind: 'addSheet', sheet: 'S' },
      { kind: 'setNumberFormat', sheet: 'S', address: 'B2:C3', format: '£#,##0,' },
      { kind: 'addColumnChart', sheet: 'S', name: 'C', source: 'S!A1:B2', seriesBy: 'rows', title: 't', anchor: 'A5' },
      { kind: 'activateSheet', sheet: 'S' },
    ]);
    expect(wb.numberFormatAt('s', 2, 2)).toBe('£#,##0,');
    expect(wb.numberFormatAt('S', 0, 0)).toBeUndefined();
    expect(wb.charts()).toHaveLength(1);
    expect(wb.activeSheet()).toBe('S');
    await wb.write([{ kind: 'clearSheet', sheet: 'S' }]);
    expect(wb.numberFormatAt('S', 2, 2)).toBeUndefined();
    expect(wb.charts()).toHaveLength(0);
  });

  it('a write that throws has applied what came before, like Excel', async () => {
    const { hf, wb } = workbook();
    await wb.write([{ kind: 'addSheet', sheet: 'S' }]);
    await expect(
      wb.write([
        { kind: 'setCells', sheet: 'S', address: 'A1', cells: [[1]] },
        { kind: 'deleteTableColumn', table: 'Missing', column: 'A' },
      ]),
    ).rejects.toThrow('Missing');
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 0 })).toBe(1);
  });

  // Pinned before a value-only write stopped being one HyperFormula batch (issue 13 point 3).
  describe('a write of values only (a Switch)', () => {
    async function withFormula(): Promise<{ hf: HyperFormula; wb: HyperFormulaWorkbook }> {
      const w = workbook();
      await w.wb.write([
        { kind: 'addSheet', sheet: 'S' },
        { kind: 'setCells', sheet: 'S', address: 'A1', cells: [[1, 2, 3]] },
        { kind: 'defineName', sheet: 'S', name: 'In_A', address: 'A1' },
        { kind: 'defineName', sheet: 'S', name: 'In_B', address: 'B1' },
        { kind: 'defineName', sheet: 'S', name: 'In_C', address: 'C1' },
        { kind: 'setCells', sheet: 'S', address: 'D1', cells: [[{ formula: '=A1+B1*10+C1*100' }]] },
      ]);
      return w;
    }

    it('recalculates once it is written, leaves evaluation running and nothing to undo', async () => {
      const { hf, wb } = await withFormula();
      const changed: number[] = [];
      hf.on('valuesUpdated', (changes) => changed.push(changes.length));
      await wb.write([
        { kind: 'setNamedCell', name: 'In_A', value: 4 },
        { kind: 'setNamedCell', name: 'In_C', value: 6 },
        { kind: 'setNamedCell', name: 'In_B', value: 5 },
      ]);
      expect(hf.getCellValue({ sheet: 0, row: 0, col: 3 })).toBe(654);
      // One recalculation for the batch, not one per cell.
      expect(changed).toHaveLength(1);
      expect(hf.isEvaluationSuspended()).toBe(false);
      expect(hf.isThereSomethingToUndo()).toBe(false);
      expect(hf.isThereSomethingToRedo()).toBe(false);
    });

    it('that throws half-way has applied the writes before it, recalculated, with evaluation running', async () => {
      const { hf, wb } = await withFormula();
      await expect(
        wb.write([
          { kind: 'setNamedCell', name: 'In_A', value: 7 },
          { kind: 'setNamedCell', name: 'Nowhere', value: 1 },
          { kind: 'setNamedCell', name: 'In_B', value: 8 },
        ]),
      ).rejects.toThrow('Nowhere is not the name of a single cell');
      expect(hf.isEvaluationSuspended()).toBe(false);
      expect(hf.getCellValue({ sheet: 0, row: 0, col: 0 })).toBe(7);
      expect(hf.getCellValue({ sheet: 0, row: 0, col: 1 })).toBe(2);
      expect(hf.getCellValue({ sheet: 0, row: 0, col: 3 })).toBe(327);
      expect(hf.isThereSomethingToUndo()).toBe(false);
    });

    it('writes every named cell, wherever it is, the later of two names for one cell winning, text staying text', async () => {
      const { hf, wb } = workbook();
      const ops: WriteOp[] = [
        { kind: 'addSheet', sheet: 'S' },
        { kind: 'addSheet', sheet: 'T' },
        { kind: 'setCells', sheet: 'T', address: 'A1', cells: [[{ formula: '=SUM(S!B1:B6)+S!D2*1000' }]] },
      ];
      const places = ['B1', 'B2', 'B3', 'B5', 'B6', 'D2', 'D3', 'D1'];
      places.forEach((address, i) => ops.push({ kind: 'defineName', sheet: 'S', name: `N_${i}`, address }));
      ops.push({ kind: 'defineName', sheet: 'S', name: 'Alias', address: 'B2' }, { kind: 'defineName', sheet: 'T', name: 'Other', address: 'B1' });
      await wb.write(ops);
      hf.setCellContents({ sheet: 0, row: 3, col: 1 }, [[1000]]); // B4: not written below
      await wb.write([
        { kind: 'setNamedCell', name: 'N_5', value: 7 },
        { kind: 'setNamedCell', name: 'N_0', value: 1 },
        { kind: 'setNamedCell', name: 'N_1', value: 2 },
        { kind: 'setNamedCell', name: 'Other', value: '=1+1' },
        { kind: 'setNamedCell', name: 'N_2', value: 3 },
        { kind: 'setNamedCell', name: 'Alias', value: 20 },
        { kind: 'setNamedCell', name: 'N_3', value: 5 },
        { kind: 'setNamedCell', name: 'N_4', value: '' },
        { kind: 'setNamedCell', name: 'N_6', value: 'text' },
        { kind: 'setNamedCell', name: 'N_7', value: true },
      ]);
      const S = (address: string) => {
        const col = address.charCodeAt(0) - 65;
        return hf.getCellValue({ sheet: 0, row: Number(address.slice(1)) - 1, col });
      };
      expect(places.map(S)).toEqual([1, 20, 3, 5, null, 7, 'text', true]);
      expect(S('B4')).toBe(1000);
      expect(hf.getCellValue({ sheet: 1, row: 0, col: 1 })).toBe('=1+1');
      expect(hf.doesCellHaveFormula({ sheet: 1, row: 0, col: 1 })).toBe(false);
      expect(hf.getCellValue({ sheet: 1, row: 0, col: 0 })).toBe(1 + 20 + 3 + 1000 + 5 + 7000);
    });

    it('written into a spilled cell (no guard) blocks the spill, as Excel would show #SPILL!, and writes the others', async () => {
      const { hf, wb } = workbook();
      await wb.write([
        { kind: 'addSheet', sheet: 'S' },
        { kind: 'setCells', sheet: 'S', address: 'A1', cells: [[1], [2], [3]] },
        { kind: 'setCells', sheet: 'S', address: 'C1', cells: [[{ formula: '=TRANSPOSE(A1:A3)' }]] },
        { kind: 'defineName', sheet: 'S', name: 'In_A', address: 'A1' },
        { kind: 'defineName', sheet: 'S', name: 'In_B', address: 'A2' },
        { kind: 'defineName', sheet: 'S', name: 'InSpill', address: 'D1' },
      ]);
      await wb.write([
        { kind: 'setNamedCell', name: 'In_A', value: 10 },
        { kind: 'setNamedCell', name: 'InSpill', value: 99 },
        { kind: 'setNamedCell', name: 'In_B', value: 20 },
      ]);
      expect(hf.getCellValue({ sheet: 0, row: 0, col: 2 })).toEqual(expect.objectContaining({ value: '#SPILL!' }));
      expect([0, 1, 2].map((row) => hf.getCellValue({ sheet: 0, row, col: 0 }))).toEqual([10, 20, 3]);
      expect(hf.getCellValue({ sheet: 0, row: 0, col: 3 })).toBe(99);
    });

    it('leaves nothing to undo, not even the user\'s edit before it (as Excel after an add-in writes)', async () => {
      const { hf, wb } = await withFormula();
      hf.setCellContents({ sheet: 0, row: 0, col: 2 }, [[9]]);
      await wb.write([{ kind: 'setNamedCell', name: 'In_A', value: 2 }]);
      expect(hf.isThereSomethingToUndo()).toBe(false);
      expect(hf.getCellValue({ sheet: 0, row: 0, col: 3 })).toBe(922);
    });
  });
  it("a snapshot's table header stays as read when a later write adds or renames a column", async () => {
    const { wb } = workbook();
    await wb.write([
      { kind: 'addSheet', sheet: 'S' },
      { kind: 'addTable', sheet: 'S', address: 'A1', name: 'T', header: ['Input', 'A'], rows: [['x', 1]] },
    ]);
    const before = await wb.read({ tables: ['T'], tableHeaders: ['T'] });
    await wb.write([{ kind: 'renameTableColumn', table: 'T', column: 'A', to: 'A2' }]);
    await wb.write([{ kind: 'addTableColumn', table: 'T', header: 'B', values: [2], keys: { column: 'Input', values: ['x'] } }]);
    expect(before.table('T')?.header).toEqual(['Input', 'A']);
    expect(before.tableHeader('T')).toEqual(['Input', 'A']);
    expect((await wb.read({ tables: ['T'] })).table('T')?.header).toEqual(['Input', 'A2', 'B']);
  });

  it('finds a column by the name its header cell holds now, and keeps column names unique, as Excel does', async () => {
    const { hf, wb } = workbook();
    await wb.write([
      { kind: 'addSheet', sheet: 'S' },
      { kind: 'addTable', sheet: 'S', address: 'A1', name: 'T', header: ['Input', 'A', 'B'], rows: [['x', 1, 2]] },
    ]);
    await wb.read({ tables: ['T'] });
    hf.setCellContents({ sheet: 0, row: 0, col: 2 }, [['C']]); // someone types over B's header cell
    const keys = { column: 'Input', values: ['x'] };
    // The old name is gone (Excel's getItem fails), so nothing lands in what is now their column C.
    await expect(wb.write([{ kind: 'setTableColumn', table: 'T', column: 'B', values: [9], keys }])).rejects.toThrow(/no column B/);
    await expect(wb.write([{ kind: 'addTableColumn', table: 'T', header: 'c', values: [3], keys }])).rejects.toThrow(/already has a column c/);
    await expect(wb.write([{ kind: 'renameTableColumn', table: 'T', column: 'A', to: 'C' }])).rejects.toThrow(/already has a column C/);
    expect((await wb.read({ tables: ['T'] })).table('T')).toMatchObject({ header: ['Input', 'A', 'C'], rows: [['x', 1, 2]] });
    await wb.write([{ kind: 'renameTableColumn', table: 'T', column: 'c', to: 'C' }]); // its own name, in another case: allowed
    await wb.write([{ kind: 'setTableColumn', table: 'T', column: 'C', values: [9], keys }]);
    expect((await wb.read({ tables: ['T'] })).table('T')?.rows).toEqual([['x', 1, 9]]);
  });
});
