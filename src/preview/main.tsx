/**
 * Entry of the preview page (`npm start`): the Set up demo model on a HyperFormula
 * workbook with the ESG.* functions, beside the task pane on the HyperFormula adapter.
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ScenarioService } from '../scenarios';
import { browserPlatform, createPaneActions } from '../taskpane/actions';
import { createPreviewWorkbook, viewOf } from './previewWorkbook';
import { PreviewApp } from './PreviewApp';
import { PreviewPane } from './PreviewPane';
import { previewStartup } from './startup';
import { TravelService } from '../travel';
import { HyperFormulaFormulas } from '../workbook/hf/HyperFormulaFormulas';

const root = document.getElementById('root');
if (!root) throw new Error('The preview page has no #root element');
const reactRoot = createRoot(root);

createPreviewWorkbook().then(
  (workbook) => {
    if (workbook.setup.kind !== 'set-up') console.warn('Set up did not write the demo model:', workbook.setup);
    const { adapter } = workbook;
    const travel = new TravelService({ port: adapter, formulas: new HyperFormulaFormulas(adapter), startup: previewStartup() });
    const actions = createPaneActions({ service: new ScenarioService(adapter), port: adapter, platform: browserPlatform(), travel });
    reactRoot.render(
      <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
        <PreviewApp
          workbook={viewOf(workbook)}
          workbookActiveSheet={() => workbook.adapter.activeSheet()}
          pane={(selection) => <PreviewPane hf={workbook.hf} actions={actions} selection={selection} />}
        />
      </FluentProvider>,
    );
  },
  (err: unknown) => {
    root.textContent = `The preview could not start: ${err instanceof Error ? err.message : String(err)}`;
    console.error(err);
  },
);
