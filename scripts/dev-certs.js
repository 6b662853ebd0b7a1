/**
 * The dev server's HTTPS certificate. Office (desktop and the web) loads a sideloaded add-in
 * only from a certificate the machine trusts: the one `office-addin-dev-certs` installs in the
 * user's certificate store, as Microsoft's Office add-in templates do. webpack-dev-server's
 * own self-signed certificate is not trusted, and the pane stays blank.
 *
 * When the package is missing or cannot give a certificate (no trusted CA yet, a CI box),
 * this falls back to webpack's self-signed one and says, loudly, what to run.
 */
const FALLBACK_ADVICE =
  'Office will refuse to load the add-in from this server. Run `npx office-addin-dev-certs install` ' +
  '(once per machine; it asks to trust a local CA), then start the dev server again.';

/**
 * @param {{ load?: () => { getHttpsServerOptions: () => Promise<{ key: unknown; cert: unknown; ca?: unknown }> }, warn?: (msg: string) => void }} [deps]
 * @returns {Promise<{ type: 'https', options?: { key: unknown; cert: unknown; ca?: unknown } }>} webpack-dev-server's `server` option
 */
async function devServerHttps(deps = {}) {
  const warn = deps.warn ?? ((msg) => console.warn(msg));
  const load = deps.load ?? (() => require('office-addin-dev-certs'));
  let certs;
  try {
    certs = load();
  } catch (err) {
    if (!err || err.code !== 'MODULE_NOT_FOUND') throw err;
    warn(`\n[dev-certs] office-addin-dev-certs is not installed: using webpack's self-signed certificate.\n${FALLBACK_ADVICE}\n`);
    return { type: 'https' };
  }
  try {
    const { key, cert, ca } = await certs.getHttpsServerOptions();
    return { type: 'https', options: { key, cert, ca } };
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    warn(`\n[dev-certs] No trusted development certificate (${why}): using webpack's self-signed certificate.\n${FALLBACK_ADVICE}\n`);
    return { type: 'https' };
  }
}

module.exports = { devServerHttps, FALLBACK_ADVICE };
