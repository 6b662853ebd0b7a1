/**
 * The dev server presents the certificate office-addin-dev-certs installs (what Office trusts
 * when sideloading), and says clearly what to do when it cannot (issue 12, point 4).
 */
// The real package generates a CA and asks the OS to trust it: never in a test.
jest.mock('office-addin-dev-certs', () => ({
  getHttpsServerOptions: async () => ({ key: 'DEV-KEY', cert: 'DEV-CERT', ca: 'DEV-CA' }),
}));

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { devServerHttps, FALLBACK_ADVICE } = require('../../scripts/dev-certs') as {
  devServerHttps: (deps?: { load?: () => unknown; warn?: (m: string) => void }) => Promise<{ type: string; options?: Record<string, unknown> }>;
  FALLBACK_ADVICE: string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require('../../webpack.config.js') as (env: Record<string, unknown>, argv: Record<string, unknown>) => Promise<{ devServer: { server: unknown; host: string; port: number } }>;

describe('the dev server certificate', () => {
  it("passes office-addin-dev-certs' getHttpsServerOptions() to webpack-dev-server", async () => {
    const warnings: string[] = [];
    const server = await devServerHttps({
      load: () => ({ getHttpsServerOptions: async () => ({ key: 'KEY', cert: 'CERT', ca: 'CA' }) }),
      warn: (m) => warnings.push(m),
    });
    expect(server).toEqual({ type: 'https', options: { key: 'KEY', cert: 'CERT', ca: 'CA' } });
    expect(warnings).toEqual([]);
  });

  it('falls back to a self-signed certificate with a clear warning when the package is not installed', async () => {
    const warnings: string[] = [];
    const server = await devServerHttps({
      load: () => {
        throw Object.assign(new Error("Cannot find module 'office-addin-dev-certs'"), { code: 'MODULE_NOT_FOUND' });
      },
      warn: (m) => warnings.push(m),
    });
    expect(server).toEqual({ type: 'https' });
    expect(warnings.join('\n')).toMatch(/office-addin-dev-certs is not installed/);
    expect(warnings.join('\n')).toContain(FALLBACK_ADVICE);
    expect(FALLBACK_ADVICE).toContain('npx office-addin-dev-certs install');
  });

  it('falls back, saying why, when no trusted certificate can be had', async () => {
    const warnings: string[] = [];
    const server = await devServerHttps({
      load: () => ({ getHttpsServerOptions: async () => Promise.reject(new Error('Unable to read the CA certificate file.')) }),
      warn: (m) => warnings.push(m),
    });
    expect(server).toEqual({ type: 'https' });
    expect(warnings.join('\n')).toMatch(/Unable to read the CA certificate file[^]*npx office-addin-dev-certs install/);
  });

  it('is what `webpack serve` uses, on https://localhost:3000 like the dev manifest', async () => {
    const served = await webpackConfig({ WEBPACK_SERVE: true }, { mode: 'development' });
    expect(served.devServer.server).toEqual({ type: 'https', options: { key: 'DEV-KEY', cert: 'DEV-CERT', ca: 'DEV-CA' } });
    expect(`https://${served.devServer.host}:${served.devServer.port}/`).toBe('https://localhost:3000/');
    // A plain build never asks for a certificate.
    const built = await webpackConfig({}, { mode: 'production' });
    expect(built.devServer.server).toBe('https');
  });
});
