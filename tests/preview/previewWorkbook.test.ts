/** Issue 14.18: the preview can open an empty workbook, so a newcomer sees the pane's Set up. */
import { ScenarioService } from '../../src/scenarios';
import { createPreviewWorkbook, previewStartOf } from '../../src/preview/previewWorkbook';

jest.setTimeout(120_000);

test('?workbook=empty chooses the empty workbook; anything else the demo', () => {
  expect(previewStartOf('?workbook=empty')).toBe('empty');
  expect(previewStartOf('')).toBe('demo');
  expect(previewStartOf('?workbook=demo')).toBe('demo');
});

test('the empty workbook has no scenario tables: the pane offers Set up, which then works', async () => {
  const workbook = await createPreviewWorkbook('empty');
  const service = new ScenarioService(workbook.adapter);
  const listed = await service.list();
  expect(listed).toMatchObject({ kind: 'refused', offerSetup: true });
  expect(workbook.hf.getSheetNames()).toEqual(['Try it']);
  const demo = await createPreviewWorkbook('demo');
  expect(demo.hf.getSheetNames()).toContain('Inputs');
});

describe('the demo at load: the respiller starts after Set up (one pass instead of one per write)', () => {
  it('gives the workbook a Set up watched by the respiller at every write gives', async () => {
    const { createHyperFormula } = await import('../../src/hf/engine');
    const { attachRespill } = await import('../../src/hf/respill');
    const { setUpDemoModel } = await import('../../src/scenarios');
    const { HyperFormulaWorkbook } = await import('../../src/workbook/hf');
    const watched = createHyperFormula();
    attachRespill(watched);
    expect((await setUpDemoModel(new HyperFormulaWorkbook(watched))).kind).toBe('set-up');
    const demo = await createPreviewWorkbook('demo');
    for (const name of watched.getSheetNames()) {
      const a = watched.getSheetId(name)!;
      const b = demo.hf.getSheetId(name)!;
      expect({ name, formulas: demo.hf.getSheetSerialized(b), values: demo.hf.getSheetValues(b) }).toEqual({
        name,
        formulas: watched.getSheetSerialized(a),
        values: watched.getSheetValues(a),
      });
    }
    watched.destroy();
    demo.hf.destroy();
  });

  it('keeps spills sized afterwards: more projection years, a longer ESG.PROJECT spill', async () => {
    const demo = await createPreviewWorkbook('demo');
    const hf = demo.hf;
    const years = hf.getNamedExpression('ESG_ProjectionYears')?.expression ?? '';
    const at = hf.simpleCellAddressFromString(years.replace(/^=/, '').replace(/\$/g, ''), 0);
    const esg = hf.getSheetId('ESG')!;
    const anchor = { sheet: esg, row: 13, col: 0 };
    expect(hf.getCellFormula(anchor)).toMatch(/^=ESG\.PROJECT\(/);
    const height = () => hf.getSheetDimensions(esg).height;
    const before = height();
    expect(at).toBeDefined();
    hf.setCellContents(at!, Number(hf.getCellValue(at!)) + 3);
    expect(height()).toBe(before + 3);
    demo.hf.destroy();
  });
});
