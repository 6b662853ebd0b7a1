/** Rewrites the dev manifest's https://localhost:3000/ URLs for another base URL (production). */
const DEV_BASE_URL = 'https://localhost:3000/';

function rewriteManifest(xml, baseUrl) {
  if (baseUrl === DEV_BASE_URL) return xml;
  if (!/^https:\/\/[^\s"<>]+\/$/.test(baseUrl)) {
    throw new Error(`baseUrl must be an https URL ending in "/", got ${JSON.stringify(baseUrl)}`);
  }
  return xml.split(DEV_BASE_URL).join(baseUrl);
}

module.exports = { rewriteManifest, DEV_BASE_URL };
