/* Rewriting the manifest's development URLs to the production base URL. */
const DEV_URL = "https://localhost:3000/";
/** Documented default when DVK_PUBLIC_URL is not set: a placeholder to replace at deployment. */
const DEFAULT_PUBLIC_URL = "https://dvk.example.org/";

/** The production base URL from the environment (DVK_PUBLIC_URL), always ending in "/". */
function publicUrl(env) {
  const raw = (env.DVK_PUBLIC_URL || DEFAULT_PUBLIC_URL).trim();
  const url = new URL(raw);
  if (url.protocol !== "https:")
    throw new Error(`DVK_PUBLIC_URL must be an https URL: ${raw}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Replaces every occurrence (global) of the dev base URL, and the dev origin used in
 *  <AppDomain>, with the production ones. */
function rewriteManifestUrls(xml, prodUrl) {
  const origin = new URL(prodUrl).origin;
  return xml
    .replace(/https:\/\/localhost:3000\//g, prodUrl)
    .replace(/https:\/\/localhost:3000(?![\w/])/g, origin);
}

module.exports = {
  DEV_URL,
  DEFAULT_PUBLIC_URL,
  publicUrl,
  rewriteManifestUrls,
};
