/**
 * The web views Office runs add-ins in, as esbuild targets: Excel on Windows (Edge WebView2,
 * Chromium), on the Mac (Safari's WKWebView, which follows the installed macOS/Safari; current Office
 * for Mac needs macOS 12 or later, whose Safari is 15 or later) and on the web (current
 * browsers). `es2020` caps the syntax: class fields, static blocks, `??=`, private methods and
 * top-level await (ES2021/2022) are lowered; `safari15` makes esbuild rewrite regular
 * expressions Safari < 16.4 cannot parse (lookbehind) into `new RegExp(...)`.
 *
 * tests/security/bundles.test.ts parses every built bundle with acorn at SYNTAX_ECMA_VERSION
 * and fails on anything newer.
 */
const WEB_VIEW_TARGETS = ['es2020', 'chrome87', 'edge87', 'firefox78', 'safari15'];
const SYNTAX_ECMA_VERSION = 2020;

module.exports = { WEB_VIEW_TARGETS, SYNTAX_ECMA_VERSION };
