/**
 * The add-in's build: one page, taskpane.html, loads office.js from Microsoft's CDN and then our two
 * bundles, the ribbon's (`commands`) and the pane's (`taskpane`), which share one runtime and so one
 * session. `npm run build` writes dist/ for production; `npm run dev-server` serves it over HTTPS
 * on https://localhost:3000/ with Office's development certificates.
 *
 * ADDIN_BASE_URL (https, e.g. https://addins.example.org/scenario/) is where dist/ will be served:
 * the copied manifest.xml points there instead of https://localhost:3000/.
 *
 * `--env preview` builds something else: the preview (src/preview), the real pane against the
 * simulated Excel host in an ordinary browser, into dist-preview/ (never dist/). `npm run preview`
 * builds and serves it.
 */
const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { WebpackError } = require('webpack');

const DEV_BASE_URL = 'https://localhost:3000/';
const DEV_PORT = 3000;
/** The workbook the preview opens first; copied beside its page. */
const PREVIEW_EXAMPLE = 'examples/arlig-analys-2025.xlsx';

/** An error webpack-cli prints as its sentence alone: the stack of a config says nothing more. */
function configError(message) {
  const error = new Error(message);
  error.stack = message;
  return error;
}

/**
 * The base URL the manifest should name, ending in '/', or null to leave the manifest as it is.
 * Throws with a sentence when the value is not an https URL: an add-in must be served over HTTPS.
 */
function addinBaseUrl(value) {
  if (value === undefined || value.trim() === '') return null;
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    throw configError(
      `ADDIN_BASE_URL is not a URL: "${value}". Give the https address dist/ is served from, e.g. https://addins.example.org/scenario/.`,
    );
  }
  if (url.protocol !== 'https:')
    throw configError(
      `ADDIN_BASE_URL must be an https:// URL (Office loads add-ins only over HTTPS), not "${value}".`,
    );
  if (url.search !== '' || url.hash !== '')
    throw configError(`ADDIN_BASE_URL must not carry a query or fragment: "${value}".`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * manifest.xml with every https://localhost:3000/ replaced by the base URL. A bare
 * https://localhost:3000 (an AppDomain) becomes the base URL's origin. Anything still naming
 * localhost afterwards would send users to their own machine, so it fails the build.
 */
function rewriteManifest(text, baseUrl) {
  const origin = new URL(baseUrl).origin;
  const rewritten = text
    .split(DEV_BASE_URL)
    .join(baseUrl)
    .split(DEV_BASE_URL.slice(0, -1))
    .join(origin);
  const left = /localhost[^"'<\s]*/i.exec(rewritten);
  if (left !== null)
    throw new Error(
      `manifest.xml still names ${left[0]} after replacing ${DEV_BASE_URL} with ${baseUrl}.`,
    );
  return rewritten;
}

/**
 * ExcelJS and JSZip (src/workbook/xlsx) are for the command line and the tests: in the pane they
 * would add about a megabyte. When anything on the page imports them, directly or through another
 * module, the build fails and says who imported what, rather than shipping them.
 */
/**
 * The pane opens many times a day: its initial JavaScript (every script taskpane.html loads before
 * anyone clicks: both entries and the chunks they need) may not grow past this, gzipped. Measured
 * at 206.3 KiB on 2026-11-28 with the workspace (React, Fluent UI's components, the engine with
 * mathjs's fractions), and at 216.1 KiB on 2026-12-01 once the engine read the templates people
 * have (headers over several rows, the document's own layout, units converted): the pane runs the
 * engine itself, so it carries all of it. At 225.4 KiB on 2026-12-02 once the pane became a
 * workspace at 320 px (the tab strip's overflow, severity badges, the live look at the workbook,
 * saves through the session), with the Results tab's contents, the menu and the notices already
 * loading on demand. At 231.5 KiB on 2026-12-07 once every run computes the workbook's saved
 * what-ifs and writes them (the engine's what-if rules and the stored form's reader, their seven
 * findings in two languages, the summary sheet's table, the report's section, the JSON): a run in
 * the pane must give what the command line gives, so that code cannot wait for a click; the
 * What-ifs tab and the adoption load on demand. Raise it only on purpose, and say why in the commit.
 */
const INITIAL_BUDGET_GZIP_KIB = Number(process.env.PANE_BUDGET_KIB ?? 235);

class PaneBudgetPlugin {
  apply(compiler) {
    const { gzipSync } = require('node:zlib');
    compiler.hooks.thisCompilation.tap(PaneBudgetPlugin.name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: PaneBudgetPlugin.name, stage: compilation.constructor.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const files = new Set();
          for (const name of ['commands', 'taskpane']) {
            const entry = compilation.entrypoints.get(name);
            for (const file of entry?.getFiles() ?? []) if (file.endsWith('.js')) files.add(file);
          }
          let gzip = 0;
          for (const file of files)
            gzip += gzipSync(compilation.getAsset(file).source.buffer()).length;
          const kib = gzip / 1024;
          if (kib > INITIAL_BUDGET_GZIP_KIB) {
            compilation.errors.push(
              new WebpackError(
                `The pane's initial JavaScript is ${kib.toFixed(1)} KiB gzipped, over its budget of ${INITIAL_BUDGET_GZIP_KIB} KiB (webpack.config.js). Load rarely used parts lazily, or raise the budget on purpose.`,
              ),
            );
          }
        },
      );
    });
  }
}

class NoXlsxInThePanePlugin {
  apply(compiler) {
    const xlsxAdapter = path.join(__dirname, 'src', 'workbook', 'xlsx') + path.sep;
    const forbidden = (resource) =>
      resource.startsWith(xlsxAdapter) ||
      /[\\/]node_modules[\\/](exceljs|jszip)[\\/]/.test(resource);
    compiler.hooks.thisCompilation.tap(
      NoXlsxInThePanePlugin.name,
      (compilation, { normalModuleFactory }) => {
        normalModuleFactory.hooks.afterResolve.tap(NoXlsxInThePanePlugin.name, (resolveData) => {
          const resource = resolveData.createData.resource ?? '';
          if (!forbidden(resource)) return undefined;
          const issuer = resolveData.contextInfo.issuer || '(an entry)';
          compilation.errors.push(
            new WebpackError(
              `The task pane must not include ExcelJS/JSZip (src/workbook/xlsx is for the command line and tests): ` +
                `${path.relative(__dirname, issuer)} imports "${resolveData.request}".`,
            ),
          );
          return false; // leave it out: one clear error, not a megabyte of modules and their errors
        });
      },
    );
  }
}

/** What the add-in's page and the preview compile alike: TypeScript for Office's webviews. */
function compiling(production) {
  return {
    mode: production ? 'production' : 'development',
    // Office's webviews (Edge WebView2, Safari's WebKit) run ES2020: no transpiling to ES5.
    target: ['web', 'es2020'],
    // Separate .map files in both modes: the eval-based development default needs 'unsafe-eval'.
    devtool: 'source-map',
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              // Types are checked by `tsc --noEmit`; the build only strips them. ES modules, so that
              // webpack can tree-shake Fluent UI and split the dynamic import() into its own chunk.
              transpileOnly: true,
              compilerOptions: { module: 'es2020', sourceMap: true },
            },
          },
        },
      ],
    },
    performance: { hints: false }, // bench/bundle.ts measures the sizes
  };
}

/**
 * The preview: one page (index.html) with the real pane and a read-only view of the simulated
 * workbook, and the example workbook beside it. The only build allowed to hold ExcelJS and JSZip,
 * which read the .xlsx the preview opens (in a chunk of their own, loaded after the pane).
 */
function previewConfig(production) {
  return {
    ...compiling(production),
    entry: { preview: './src/preview/preview.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist-preview'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    plugins: [
      new HtmlWebpackPlugin({
        template: './src/preview/preview.html',
        filename: 'index.html',
        inject: 'head',
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({ patterns: [{ from: PREVIEW_EXAMPLE, to: PREVIEW_EXAMPLE }] }),
    ],
  };
}

module.exports = async (env, argv) => {
  const production = argv.mode === 'production';
  if (env.preview === true) return previewConfig(production);
  const baseUrl = addinBaseUrl(process.env.ADDIN_BASE_URL);
  const serving = env.WEBPACK_SERVE === true;

  return {
    ...compiling(production),
    entry: {
      commands: './src/commands/commands.ts',
      taskpane: './src/taskpane/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    optimization: {
      // Both bundles run on one page: one runtime gives them one module registry, so the session
      // (src/office-runtime.ts) exists once and the ribbon and the pane see the same runs.
      runtimeChunk: 'single',
      splitChunks: {
        chunks: 'all',
        // Named after what they hold and the bundles that share them, so a size report reads:
        // vendors-taskpane (React, Fluent UI), shared-commands~taskpane (the pipeline and engine)…
        name: (module, chunks, cacheGroupKey) =>
          `${cacheGroupKey === 'defaultVendors' ? 'vendors' : 'shared'}-${chunks.map((c) => c.name).join('~')}`,
      },
    },
    plugins: [
      new NoXlsxInThePanePlugin(),
      ...(production ? [new PaneBudgetPlugin()] : []),
      new HtmlWebpackPlugin({
        template: './src/taskpane/taskpane.html',
        filename: 'taskpane.html',
        chunks: ['commands', 'taskpane'],
        chunksSortMode: 'manual',
        // In <head> after office.js, deferred: fetched early, run in order once the page is parsed.
        inject: 'head',
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            ...(baseUrl === null
              ? {}
              : { transform: (content) => rewriteManifest(content.toString('utf8'), baseUrl) }),
          },
        ],
      }),
    ],
    devServer: {
      port: DEV_PORT,
      hot: false,
      static: false, // everything is built: the page, the bundles, the assets and the manifest
      // Certificates only for `webpack serve`: a build must run where none are installed (CI).
      ...(serving
        ? {
            server: {
              type: 'https',
              options: await require('office-addin-dev-certs').getHttpsServerOptions(),
            },
          }
        : {}),
    },
  };
};

/** The budget, for bench/bundle.ts to measure against. */
module.exports.INITIAL_BUDGET_GZIP_KIB = INITIAL_BUDGET_GZIP_KIB;
