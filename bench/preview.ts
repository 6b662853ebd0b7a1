/**
 * Preview cold load in headless Chromium (Debian's package, via playwright-core): time from
 * navigation to the grid showing the demo model, and to the task pane being ready, as the
 * harness sees it (Playwright) and by the page's own clock (painted). Each run is a new
 * browser context (empty cache). Median of 5.
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

/**
 * The page's own clock, beside the harness's: run in the page before its scripts, it notes
 * (performance.now(), from the navigation's start) when each milestone's element first
 * appears and when the frame that shows it has been painted (a task queued from that
 * frame's requestAnimationFrame runs after its paint). The harness's times add Playwright's
 * polling and round-trips to the page, which a user does not wait for.
 */
function inPageClock(selectors: { grid: string; pane: string }): string {
  // A string, not a function: tsx's transform adds helpers to functions that the page lacks.
  return `(() => {
    const selectors = ${JSON.stringify(selectors)};
    const seen = {};
    window.__loadClock = seen;
    const observer = new MutationObserver(() => {
      for (const [key, selector] of Object.entries(selectors)) {
        if (seen[key] !== undefined || !document.querySelector(selector)) continue;
        seen[key] = performance.now();
        requestAnimationFrame(() => setTimeout(() => (seen[key + 'Painted'] = performance.now()), 0));
      }
      if (Object.keys(selectors).every((key) => seen[key] !== undefined)) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  })();`;
}

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
    const gridPainted: number[] = [];
    const panePainted: number[] = [];
    try {
      const runs = quick ? 3 : 5;
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        const page = await context.newPage();
        await page.addInitScript({ content: inPageClock({ grid: GRID_READY, pane: PANE_READY }) });
        const t0 = performance.now();
        await page.goto(server.url, { waitUntil: 'commit' });
        await page.waitForSelector(GRID_READY, { timeout: 30_000 });
        grid.push(performance.now() - t0);
        await page.waitForSelector(PANE_READY, { timeout: 30_000 });
        pane.push(performance.now() - t0);
        const clock = await page.waitForFunction('window.__loadClock?.gridPainted !== undefined && window.__loadClock?.panePainted !== undefined && window.__loadClock');
        const painted = (await clock.jsonValue()) as Record<string, number>;
        gridPainted.push(painted.gridPainted);
        panePainted.push(painted.panePainted);
        await context.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
    const results = {
      gridMs: median(grid),
      paneMs: median(pane),
      gridPaintedMs: median(gridPainted),
      panePaintedMs: median(panePainted),
      runs: grid.length,
      gridAll: grid,
      paneAll: pane,
      gridPaintedAll: gridPainted,
      panePaintedAll: panePainted,
    };
    return {
      results,
      rows: [
        { milestone: 'grid shows the demo model', 'harness ms': fmt(results.gridMs, 0), 'painted, page clock ms': fmt(results.gridPaintedMs, 0), runs: results.runs },
        { milestone: 'task pane ready (scenarios listed)', 'harness ms': fmt(results.paneMs, 0), 'painted, page clock ms': fmt(results.panePaintedMs, 0), runs: results.runs },
      ],
      verdicts: [],
    };
  },
};
