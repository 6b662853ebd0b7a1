/**
 * Drives the preview page like a user: the name box to go to a cell, the keyboard to
 * type into it, the sheet tabs, the number-format picker, and the task pane.
 * It also records every request the page makes outside its own origin and every
 * console error (a Content-Security-Policy violation is one), so tests can assert none.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { PANE_READY } from '../../../bench/preview';
import { ROOT, startPreviewServer, type PreviewServer } from '../../../scripts/serve-preview';
import { launchChromium, type Browser } from './browser';

/**
 * Where screenshots go: the README's pictures in docs/images only when asked
 * (`UPDATE_SCREENSHOTS=1 npm run test:e2e`); otherwise a temporary folder, so a test run
 * still takes every picture (the code path stays tested) but leaves `git status` clean.
 */
export function screenshotDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.UPDATE_SCREENSHOTS === '1' ? path.join(ROOT, 'docs', 'images') : path.join(os.tmpdir(), 'sft-e2e-screenshots');
}
export const SCREENSHOT_DIR = screenshotDir();

export interface CellState {
  text: string;
  value: string;
  kind: string;
  title?: string;
}

export class PreviewPage {
  readonly foreignRequests: string[] = [];
  readonly consoleErrors: string[] = [];

  private constructor(
    readonly page: Page,
    readonly url: string,
    private readonly server: PreviewServer,
    private readonly browser: Browser,
  ) {}

  /** Starts a server on a free port, launches Chromium and opens the page. */
  static async open(): Promise<PreviewPage> {
    const server = await startPreviewServer({ port: 0 });
    let browser: Browser | undefined;
    try {
      browser = await launchChromium();
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      const preview = new PreviewPage(page, server.url, server, browser);
      const origin = new URL(server.url).origin;
      page.on('request', (req) => {
        const url = req.url();
        if (!url.startsWith(`${origin}/`) && !url.startsWith('data:')) preview.foreignRequests.push(url);
      });
      page.on('console', (msg) => {
        if (msg.type() === 'error') preview.consoleErrors.push(msg.text());
      });
      page.on('pageerror', (err) => preview.consoleErrors.push(err.message));
      await page.goto(server.url);
      await preview.grid().waitFor();
      return preview;
    } catch (err) {
      await browser?.close();
      await server.close();
      throw err;
    }
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.server.close();
  }

  grid(): Locator {
    return this.page.getByRole('grid');
  }

  nameBox(): Locator {
    return this.page.getByRole('combobox', { name: 'Name Box' }).or(this.page.getByRole('textbox', { name: 'Name Box' }));
  }

  formulaBar(): Locator {
    return this.page.getByRole('textbox', { name: 'Formula Bar' });
  }

  status(): Locator {
    return this.page.getByRole('status');
  }

  pane(): Locator {
    return this.page.getByRole('complementary', { name: 'Task pane' });
  }

  /** Waits until the task pane has read the workbook's scenarios (by the selector the load benchmark uses). */
  async waitForPane(): Promise<void> {
    await this.page.locator(PANE_READY).waitFor({ timeout: 15_000 });
  }

  /** Shows one of the task pane's tabs (Scenarios, Compare, Explain, Insert, Functions). */
  async paneTab(name: string): Promise<void> {
    const tab = this.pane().getByRole('tab', { name, exact: true });
    await tab.click();
    await this.pane().getByRole('tabpanel', { name }).waitFor();
  }

  /** The value (data-value) of the cell a defined name refers to, read from the grid. */
  async valueOf(name: string): Promise<string> {
    await this.goTo(name);
    return (await this.cellState(await this.selectedAddress())).value;
  }

  /** Waits (a few seconds) until the cell a defined name refers to holds `value`; returns what it holds. */
  async waitForNamed(name: string, value: string): Promise<string> {
    await this.goTo(name);
    const address = await this.selectedAddress();
    return (await this.waitForCell(address, { value })).value;
  }

  /** Presses Tab until the focused element matches `accessibleName` (keyboard only); false if never. */
  async tabTo(accessibleName: string, maxPresses = 60): Promise<boolean> {
    for (let i = 0; i < maxPresses; i++) {
      const name = await this.page.evaluate(() => {
        const el = document.activeElement;
        return el?.getAttribute('aria-label') ?? el?.textContent ?? '';
      });
      if (name === accessibleName) return true;
      await this.page.keyboard.press('Tab');
    }
    return false;
  }

  /** A cell of the sheet shown, by A1 address. */
  cell(address: string): Locator {
    return this.grid().locator(`[role="gridcell"][data-address="${address.toUpperCase()}"]`);
  }

  /** The A1 address of the selected cell of the sheet shown. */
  async selectedAddress(): Promise<string> {
    return (await this.grid().locator('[role="gridcell"][aria-selected="true"]').getAttribute('data-address')) ?? '';
  }

  /** What a cell shows: its text, raw value (data-value), kind and tooltip. */
  async cellState(address: string): Promise<CellState> {
    const cell = this.cell(address);
    const [text, value, kind, title] = await Promise.all([
      cell.textContent(),
      cell.getAttribute('data-value'),
      cell.getAttribute('data-kind'),
      cell.getAttribute('title'),
    ]);
    return { text: text ?? '', value: value ?? '', kind: kind ?? '', title: title ?? undefined };
  }

  /**
   * Waits (up to a few seconds) until a cell shows what is expected, then returns its
   * state; on timeout returns the last state so the test's assertion reports it.
   */
  async waitForCell(address: string, expected: Partial<CellState>): Promise<CellState> {
    const selector = `[role="grid"] [role="gridcell"][data-address="${address.toUpperCase()}"]`;
    await this.page
      .waitForFunction(
        ({ selector, expected }) => {
          const el = document.querySelector(selector);
          if (!el) return false;
          const state: Record<string, string | undefined> = {
            text: el.textContent ?? '',
            value: el.getAttribute('data-value') ?? '',
            kind: el.getAttribute('data-kind') ?? '',
            title: el.getAttribute('title') ?? undefined,
          };
          return Object.entries(expected).every(([k, v]) => state[k] === v);
        },
        { selector, expected },
        { timeout: 5_000 },
      )
      .catch(() => undefined);
    return this.cellState(address);
  }

  async showSheet(name: string): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
    await this.page.getByRole('grid', { name: `Sheet ${name}` }).waitFor();
  }

  /** Goes to a cell or defined name through the name box (`B6`, `'Try it'!A1`, `Years`). */
  async goTo(reference: string): Promise<void> {
    const box = this.nameBox();
    await box.click();
    await box.fill(reference);
    await box.press('Enter');
    await this.page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'grid');
  }

  /** Types into the selected cell and commits with Enter, as a user would. */
  async typeIntoSelection(text: string): Promise<void> {
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  async enter(reference: string, text: string): Promise<void> {
    await this.goTo(reference);
    await this.typeIntoSelection(text);
  }

  async chooseFormat(label: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Number format' }).selectOption({ label });
  }

  /**
   * Saves docs/images/<name>.png. `height`: a taller window for this picture (the page
   * fills it, so a long pane or a sheet with its chart shows whole), then back.
   */
  async screenshot(name: string, options: { height?: number } = {}): Promise<string> {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = path.join(SCREENSHOT_DIR, `${name}.png`);
    const size = this.page.viewportSize();
    if (options.height !== undefined && size) await this.page.setViewportSize({ width: size.width, height: options.height });
    try {
      await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      await this.page.screenshot({ path: file });
    } finally {
      if (options.height !== undefined && size) await this.page.setViewportSize(size);
    }
    return file;
  }

  /**
   * Saves docs/images/<name>.png of the task pane alone, whole: the window is made tall
   * enough for the pane's content (the picture stays readable at its own size), then back.
   */
  async screenshotPane(name: string): Promise<string> {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = path.join(SCREENSHOT_DIR, `${name}.png`);
    const size = this.page.viewportSize();
    const pane = this.pane();
    const extra = await pane.evaluate((el) => el.scrollHeight - el.clientHeight);
    if (size && extra > 0) await this.page.setViewportSize({ width: size.width, height: size.height + extra });
    try {
      await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      await pane.screenshot({ path: file });
    } finally {
      if (size && extra > 0) await this.page.setViewportSize(size);
    }
    return file;
  }

  /** Scrolls the grid and the task pane back to their tops (for a screenshot). */
  async scrollToTop(): Promise<void> {
    await this.grid().evaluate((el) => el.scrollTo(0, 0));
    await this.pane().evaluate((el) => el.scrollTo(0, 0));
  }
}
