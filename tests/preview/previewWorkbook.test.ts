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
