/**
 * Runs before every test file. UI tests wait on what the user would see (findBy…, waitFor on
 * the DOM), never on the clock: give those waits room on a saturated 2-core machine instead of
 * testing-library's 1 s default, so a slow render is waited for rather than failed. They still
 * end as soon as the awaited state appears. jest's testTimeout (jest.config.js) is the safety
 * net above this, never what a test relies on.
 */
if (typeof document !== 'undefined') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { configure } = require('@testing-library/dom') as typeof import('@testing-library/dom');
  configure({ asyncUtilTimeout: 30_000 });
  // jsdom has no ResizeObserver; Fluent's MessageBar observes its own size.
  if (typeof globalThis.ResizeObserver === 'undefined') {
    globalThis.ResizeObserver = class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    };
  }
}
