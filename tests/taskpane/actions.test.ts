/** @jest-environment jsdom */
/**
 * The pane's actions and the browser platform: Export offers the service's file through
 * a Blob and an <a download> link (only when the service exported something), and files
 * are read back as UTF-8 text.
 */
import { createHyperFormula } from '../../src/hf/engine';
import { ScenarioService } from '../../src/scenarios';
import { browserPlatform, createPaneActions, readFileText } from '../../src/taskpane/actions';
import { HyperFormulaWorkbook } from '../../src/workbook/hf';
import { recordingPlatform } from './support';

describe('browserPlatform', () => {
  const realCreate = URL.createObjectURL;
  const realRevoke = URL.revokeObjectURL;
  afterEach(() => {
    URL.createObjectURL = realCreate;
    URL.revokeObjectURL = realRevoke;
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('downloads through a Blob and a temporary <a download> link, then frees the Blob', async () => {
    jest.useFakeTimers();
    const blobs: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:test/1';
    });
    URL.revokeObjectURL = jest.fn();
    const clicked: { download: string; href: string; attached: boolean }[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href, attached: document.body.contains(this) });
    });

    browserPlatform().download('scenarios.csv', 'Input,Description\r\nESG_Year,£ rates\r\n', 'text/csv');

    expect(clicked).toEqual([{ download: 'scenarios.csv', href: 'blob:test/1', attached: true }]);
    expect(document.querySelectorAll('a')).toHaveLength(0);
    expect(blobs[0].type).toBe('text/csv;charset=utf-8');
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
    jest.runAllTimers();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:test/1');
    jest.useRealTimers();
    expect(await readFileText(blobs[0])).toBe('Input,Description\r\nESG_Year,£ rates\r\n');
  });
});

describe('createPaneActions', () => {
  it('offers no download when the service refuses to export', async () => {
    const wb = new HyperFormulaWorkbook(createHyperFormula());
    const platform = recordingPlatform();
    const actions = createPaneActions({ service: new ScenarioService(wb), port: wb, platform });
    expect(await actions.exportScenarios('json')).toMatchObject({ kind: 'refused', code: 'table-missing' });
    expect(platform.downloads).toEqual([]);
  });
});
