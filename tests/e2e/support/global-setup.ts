/** Builds the preview once before the browser tests (E2E_NO_BUILD=1 reuses dist-preview/). */
import fs from 'node:fs';
import path from 'node:path';
import { buildPreview, PREVIEW_DIR } from '../../../scripts/serve-preview';

export default async function globalSetup(): Promise<void> {
  if (process.env.E2E_NO_BUILD === '1') {
    if (!fs.existsSync(path.join(PREVIEW_DIR, 'index.html'))) {
      throw new Error('E2E_NO_BUILD=1 but dist-preview/ has not been built: run npm run build:preview');
    }
    return;
  }
  const started = Date.now();
  await buildPreview();
  console.log(`\n[e2e] built dist-preview/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
