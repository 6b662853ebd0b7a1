/**
 * Preview cold load in headless Chromium (Debian's package, via playwright-core): time from
 * navigation to the grid showing the demo model, and to the task pane being ready.
 * Each run is a new browser context (empty cache). Median of 5.
 */
import { existsSync } from 'fs';
import { performance } from 'perf_hooks';
import { chromium } from 'playwright-core';
import { buildPreview, previewIsUpToDate, startPreviewServer } from '../scripts/serve-preview';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/support/browser';
import type { Section } from './sections';
import { fmt, median } from './stats';

/** The grid's first cell has rendered the demo model's title. */
const GRID_READY = '[role="grid"] [role="gridcell"][data-address="A1"]:not(:empty)';
/** The task pane has listed the workbook's scenarios. */
export const PANE_READY = '[role="complementary"][aria-label="Task pane"] [data-pane-ready="true"]';

export const previewSection: Section = {
  key: 'previewLoad',
  title: 'Preview cold load in headless Chromium (median of 5)',
  async run({ quick }) {
    if (!existsSync(CHROMIUM_PATH)) {
      return { results: { skipped: `no Chromium at ${CHROMIUM_PATH}` }, rows: [{ note: `skipped: no Chromium at ${CHROMIUM_PATH}` }], verdicts: [] };
    }
    // A production build of the current sources (a build left from before a change would be measured otherwise).
    if (!previewIsUpToDate()) await buildPreview();
    const server = await startPreviewServer({ port: 0 });
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
    const grid: number[] = [];
    const pane: number[] = [];
    try {
      const runs = quick ? 3 : 5;
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        const page = await context.newPage();
        const t0 = performance.now();
        await page.goto(server.url, { waitUntil: 'commit' });
        await page.waitForSelector(GRID_READY, { timeout: 30_000 });
        grid.push(performance.now() - t0);
        await page.waitForSelector(PANE_READY, { timeout: 30_000 });
        pane.push(performance.now() - t0);
        await context.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
    const results = { gridMs: median(grid), paneMs: median(pane), runs: grid.length, gridAll: grid, paneAll: pane };
    return {
      results,
      rows: [
        { milestone: 'grid shows the demo model', 'median ms': fmt(results.gridMs, 0), runs: results.runs },
        { milestone: 'task pane ready (scenarios listed)', 'median ms': fmt(results.paneMs, 0), runs: results.runs },
      ],
      verdicts: [],
    };
  },
};
