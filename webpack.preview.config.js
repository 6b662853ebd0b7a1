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
