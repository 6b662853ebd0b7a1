/**
 * manifest.xml is the development manifest (https://localhost:3000/, its own add-in Id and a
 * "(dev)" display name), so a developer's sideloaded copy and the council's deployed add-in
 * never share an Id: Office keys its cache of the pane, the function metadata and the
 * settings on the Id. `rewriteManifest` turns it into the production manifest for a base URL.
 */
const DEV_BASE_URL = 'https://localhost:3000/';
const DEV_ID = 'da702ba6-2ef9-4ade-9600-d3913a99555e';
/** The Id the add-in has always been deployed under: keep it (Excel ties saved workbooks' functions to it). */
const PROD_ID = '3f6d2a1e-7c4b-4e8a-9b52-0e1d5c7a9f31';
const DEV_NAME = 'School Funding Toolkit (dev)';
const PROD_NAME = 'School Funding Toolkit';

function replaceOnce(xml, from, to) {
  const parts = xml.split(from);
  if (parts.length !== 2) throw new Error(`manifest.xml should hold ${JSON.stringify(from)} exactly once, found ${parts.length - 1}`);
  return parts.join(to);
}

function rewriteManifest(xml, baseUrl) {
  if (baseUrl === DEV_BASE_URL) return xml;
  if (!/^https:\/\/[^\s"<>]+\/$/.test(baseUrl)) {
    throw new Error(`baseUrl must be an https URL ending in "/", got ${JSON.stringify(baseUrl)}`);
  }
  let out = replaceOnce(xml, `<Id>${DEV_ID}</Id>`, `<Id>${PROD_ID}</Id>`);
  out = replaceOnce(out, `<DisplayName DefaultValue="${DEV_NAME}"/>`, `<DisplayName DefaultValue="${PROD_NAME}"/>`);
  return out.split(DEV_BASE_URL).join(baseUrl);
}

module.exports = { rewriteManifest, DEV_BASE_URL, DEV_ID, PROD_ID };
