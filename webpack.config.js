/* Webpack 5 build of the add-in (functions + task pane in one shared-runtime page).
 *
 *   npm run build                                   -> dist/ for https://localhost:3000/ (sideloading)
 *   npm run build -- --env baseUrl=https://host/app/ -> dist/ with a production manifest for that base URL
 *   npm run dev-server                              -> serves dist/ on https://localhost:3000/ with the
 *                                                      office-addin-dev-certs certificate (scripts/dev-certs.js)
 *
 * One webpack runtime: functions.js is the first entry and carries the runtime, the engine
 * and the function wrappers; taskpane.js `dependOn`s it, so the page holds one module
 * registry and each function is associated with Excel once (tests/security/bundles.test.ts
 * counts the calls). The pane's tabs and dialogs past the first view are lazy chunks.
 *
 * Everything, our TypeScript and the dependencies' JavaScript, goes through esbuild-loader to
 * the syntax Office's web views parse (scripts/targets.js): Fluent's dependencies ship ES2022
 * (class static blocks, `??=`), a syntax error in Safari before 16.4.
 *
 * HyperFormula (GPL-3.0) is never part of these bundles: it is used by the preview, tests
 * and `npm run calc` only (see webpack.preview.config.js).
 */
const path = require('path');
const { NormalModuleReplacementPlugin } = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { rewriteManifest, DEV_BASE_URL } = require('./scripts/manifest-url');
const { WEB_VIEW_TARGETS } = require('./scripts/targets');
const { devServerHttps } = require('./scripts/dev-certs');

const FUNCTION_FILES = ['esg', 'dsg', 'traded', 'mix'].map((f) => `./src/functions/${f}.ts`);

/**
 * Griffel's build-time transform (Fluent's recommended set-up): each of our `makeStyles` calls
 * becomes `__styles` with its CSS already computed, as Fluent's own packages ship. The pane
 * then needs no style compiler (stylis, rtl-css-js) at run time. It runs on esbuild's output
 * (plain JavaScript), after the TypeScript is gone.
 */
const GRIFFEL_AOT = { loader: '@griffel/webpack-loader' };

/** esbuild-loader rules shared with webpack.preview.config.js. */
function transpileRules() {
  return [
    { test: /\.tsx?$/, exclude: /node_modules/, loader: 'esbuild-loader', options: { target: WEB_VIEW_TARGETS } },
    // Dependencies: syntax only (no module-format change), so ES2022 in node_modules is lowered too.
    { test: /\.m?js$/, include: /node_modules/, loader: 'esbuild-loader', options: { loader: 'js', target: WEB_VIEW_TARGETS } },
  ];
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  const baseUrl = env.baseUrl || process.env.ADDIN_BASE_URL || DEV_BASE_URL;
  return {
    mode,
    devtool: 'source-map', // never eval: the pages' Content-Security-Policy forbids it
    target: ['web', 'es2020'],
    entry: {
      functions: './src/functions/index.ts',
      taskpane: { import: './src/taskpane/office-entry.tsx', dependOn: 'functions' },
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      // Lazy chunks load relative to taskpane.html (same folder), with no run-time guessing
      // of the script URL (which would probe document.currentScript / importScripts).
      publicPath: '',
      clean: true,
    },
    // Unchanged sources rebuild from node_modules/.cache/webpack (the second build is quick).
    cache: { type: 'filesystem', name: `addin-${mode}`, buildDependencies: { config: [__filename, path.join(__dirname, 'scripts/targets.js'), path.join(__dirname, 'scripts/manifest-url.js')] } },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        ...transpileRules().map((rule) => (String(rule.test) === String(/\.tsx?$/) ? { test: rule.test, exclude: rule.exclude, use: [GRIFFEL_AOT, { loader: rule.loader, options: rule.options }] } : rule)),
        // Our modules have no import-time effects, except the function files (the metadata plugin
        // appends their CustomFunctions.associate calls) and the entries (always included). So an
        // import of one name through a barrel (`../scenarios`) brings only that name's module, and a
        // module used only by a lazy chunk stays out of the first load.
        { test: /\.tsx?$/, include: path.resolve(__dirname, 'src'), exclude: path.resolve(__dirname, 'src/functions'), sideEffects: false },
      ],
    },
    performance: { hints: false },
    optimization: {
      // One lazy chunk (pane-more) for everything past the Scenarios tab: the pane fetches it as a
      // whole once it has rendered, so splitting it further would only add requests and gzip the
      // Fluent parts the dialogs and tabs share twice.
      splitChunks: { cacheGroups: { default: false, defaultVendors: false } },
    },
    plugins: [
      // Fluent's 467-entry `tokens` table, as the rule it follows (see that module's comment).
      new NormalModuleReplacementPlugin(/[\\/]@fluentui[\\/]tokens[\\/]lib[\\/]tokens\.js$/, path.resolve(__dirname, 'src/taskpane/build/fluent-tokens.ts')),
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: FUNCTION_FILES }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        // functions first: they register with Excel before the pane's UI code loads.
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => rewriteManifest(content.toString(), baseUrl) },
        ],
      }),
    ],
    devServer: {
      host: 'localhost',
      port: 3000,
      // Only `webpack serve` asks for the certificate (a build needs none).
      server: env.WEBPACK_SERVE ? await devServerHttps() : 'https',
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: { directory: path.resolve(__dirname, 'dist') },
    },
  };
};

module.exports.transpileRules = transpileRules;
