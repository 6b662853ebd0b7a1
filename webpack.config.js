/* Webpack 5 build of the add-in (functions + task pane in one shared-runtime page).
 *
 *   npm run build                                   -> dist/ for https://localhost:3000/ (sideloading)
 *   npm run build -- --env baseUrl=https://host/app/ -> dist/ with a production manifest for that base URL
 *
 * HyperFormula (GPL-3.0) is never part of these bundles: it is used by the preview, tests
 * and `npm run calc` only (see webpack.preview.config.js).
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { rewriteManifest, DEV_BASE_URL } = require('./scripts/manifest-url');

const FUNCTION_FILES = ['esg', 'dsg', 'traded', 'mix'].map((f) => `./src/functions/${f}.ts`);

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  const baseUrl = env.baseUrl || process.env.ADDIN_BASE_URL || DEV_BASE_URL;
  return {
    mode,
    devtool: 'source-map', // never eval: the pages' Content-Security-Policy forbids it
    entry: {
      functions: './src/functions/index.ts',
      taskpane: './src/taskpane/office-entry.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { onlyCompileBundledFiles: true, compilerOptions: { noEmit: false } } } },
      ],
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // The engine and function wrappers, shared by the functions (which register first)
          // and the pane (function list, Explain, Insert): one copy, loaded once.
          functions: { test: /[\\/]src[\\/](engine[\\/](?!explain)|functions|version)/, chunks: 'all', name: 'functions~taskpane', enforce: true },
        },
      },
    },
    performance: { hints: false },
    plugins: [
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
      server: 'https',
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: { directory: path.resolve(__dirname, 'dist') },
    },
  };
};
