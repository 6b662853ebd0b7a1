/**
 * Drives the preview page like a user: the name box to go to a cell, the keyboard to
 * type into it, the sheet tabs, the number-format picker, and (later) the task pane.
 * It also records every request the page makes outside its own origin and every
 * console error (a Content-Security-Policy violation is one), so tests can assert none.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { ROOT, startPreviewServer, type PreviewServer } from '../../../scripts/serve-preview';
import { launchChromium, type Browser } from './browser';

export const SCREENSHOT_DIR = path.join(ROOT, 'docs', 'images');

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

  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = path.join(SCREENSHOT_DIR, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }
}
