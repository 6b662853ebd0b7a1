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

/**
 * jsdom computes a style by matching the element and each of its ancestors against every CSS
 * rule in the document, and testing-library asks for the computed style of every candidate
 * (and its ancestors) on each role query, to leave out what is hidden. Fluent's styles
 * (Griffel inserts each atomic class as a rule at run time) made that the bulk of the UI tests'
 * time: about 460 rules once the pane is up, 10–30 ms a getComputedStyle, a second or more
 * a role query. jsdom lays nothing out, so the only styles the tests can observe are the ones
 * they read: display and visibility (what testing-library and jest-dom treat as hidden) and
 * white-space (tests/taskpane/explain/ExplainPanel.test.tsx). Rules without one of those are
 * left out here, in jsdom only; the browser tests (tests/e2e) see every style.
 */
if (typeof CSSStyleSheet !== 'undefined') {
  const OBSERVED = /(?:^|[{;\s])(?:display|visibility|white-space)\s*:/;
  const insertRule = CSSStyleSheet.prototype.insertRule;
  CSSStyleSheet.prototype.insertRule = function (this: CSSStyleSheet, rule: string, index?: number): number {
    if (!OBSERVED.test(rule)) return index ?? this.cssRules.length;
    return insertRule.call(this, rule, index);
  };
}
