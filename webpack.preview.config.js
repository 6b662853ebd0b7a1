/* Webpack 5 build of the browser preview (`npm start`, `npm run build:preview`):
 * a workbook view over HyperFormula with the ESG.* functions, beside the task pane.
 * Output: dist-preview/ (separate from the add-in's dist/, which `npm run build` cleans).
 * HyperFormula (GPL-3.0) is bundled here, never in the add-in's own bundles.
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');

module.exports = (_env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  return {
    mode,
    devtool: 'source-map', // never eval: the page's Content-Security-Policy forbids it
    entry: { preview: './src/preview/main.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist-preview'),
      filename: '[name].[contenthash:8].js',
      clean: true,
    },
    // A second `npm start` with unchanged sources serves the existing build (scripts/serve-preview.ts);
    // after a change, unchanged modules come from node_modules/.cache/webpack.
    cache: { type: 'filesystem', name: `preview-${mode}`, buildDependencies: { config: [__filename] } },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // esbuild: transpile only (npm run typecheck checks the types), many times faster than ts-loader.
          use: { loader: 'esbuild-loader', options: { target: 'es2020' } },
        },
      ],
    },
    performance: { hints: false },
    // Three deferred scripts instead of one: HyperFormula with its parser (engine), React
    // with Fluent UI (ui), and the preview's own code. The browser compiles each on its own
    // thread as it downloads (one 1.6 MB script compiled on one): the grid showed the demo
    // model 17-24% sooner, A/B-interleaved (README, Performance). Run order is webpack's.
    optimization: {
      splitChunks: {
        cacheGroups: {
          ui: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler|@fluentui|@griffel|tabster|keyborg|@floating-ui|@swc|stylis|use-sync-external-store|rtl-css-js|@emotion|tslib)[\\/]/, name: 'ui', chunks: 'initial', enforce: true },
          engine: { test: /[\\/]node_modules[\\/](hyperformula|chevrotain|regexp-to-ast|@chevrotain|tiny-emitter|bignumber\.js|unorm)[\\/]/, name: 'engine', chunks: 'initial', enforce: true },
        },
      },
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './src/preview/index.html',
        favicon: './assets/icon-32.png',
        scriptLoading: 'defer',
      }),
    ],
  };
};
