/**
 * Entry of the preview page (`npm start`): the Set up demo model on a HyperFormula
 * workbook with the ESG.* functions, beside the task-pane slot.
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createPreviewWorkbook } from './previewWorkbook';
import { PanePlaceholder } from './PanePlaceholder';
import { PreviewApp } from './PreviewApp';

const root = document.getElementById('root');
if (!root) throw new Error('The preview page has no #root element');
const reactRoot = createRoot(root);

createPreviewWorkbook().then(
  (workbook) => {
    if (workbook.setup.kind !== 'set-up') console.warn('Set up did not write the demo model:', workbook.setup);
    reactRoot.render(
      <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
        <PreviewApp
          workbook={{
            hf: workbook.hf,
            formatOf: workbook.formatOf,
            setFormat: workbook.setFormat,
            subscribe: workbook.subscribe,
            columnWidthOf: workbook.columnWidthOf,
            chartsOf: workbook.chartsOf,
          }}
          workbookActiveSheet={() => workbook.adapter.activeSheet()}
          pane={<PanePlaceholder />}
        />
      </FluentProvider>,
    );
  },
  (err: unknown) => {
    root.textContent = `The preview could not start: ${err instanceof Error ? err.message : String(err)}`;
    console.error(err);
  },
);
