/**
 * The Content-Security-Policy of the pane pages (taskpane.html, word.html, help.html): written
 * into each page as a <meta http-equiv> by the build and sent as an HTTP header by the dev
 * server. One list, so the meta, the header, the tests and the README say the same thing.
 *
 * Production is strict: scripts only from the add-in's own origin and Microsoft's office.js CDN,
 * no inline script, no eval. Development adds only what webpack's dev tooling needs: 'unsafe-eval'
 * for the `eval-source-map` devtool and the dev server's live-reload web socket.
 *
 * `frame-ancestors` cannot be set from a <meta> (browsers ignore it there) and is left out of the
 * header too: Office on the web frames the pane from several Microsoft origins that change over
 * time; a deployment that wants it sets it on its own web server.
 */

/** Where the pages load office.js from (src/taskpane/taskpane.html); office.js loads its
 *  host-specific scripts, its telemetry script and its "host not trusted" page from the same
 *  base path. */
const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";

/** sha256 of "" (base64): an empty inline <style> element. */
const EMPTY_STYLE_HASH =
  "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

/** The directives, in order, for production or development. */
function cspDirectives({ dev = false } = {}) {
  return [
    ["default-src", "'self'"],
    [
      "script-src",
      "'self'",
      OFFICE_JS_ORIGIN,
      ...(dev ? ["'unsafe-eval'"] : []),
    ],
    // Fluent UI (Griffel, FluentProvider) creates empty <style> elements and fills them through
    // the CSSOM (insertRule), which the policy does not govern; the element itself is checked,
    // so 'self' alone blocks it and the pane is unstyled. The hash of the empty string admits
    // exactly those empty elements — no 'unsafe-inline': a <style> with any text and every
    // style="" attribute stay refused (React's style prop writes through the CSSOM too).
    ["style-src", "'self'", EMPTY_STYLE_HASH],
    // The logo from assets/ (no data: image in the bundles).
    ["img-src", "'self'"],
    ["font-src", "'self'"],
    [
      "connect-src",
      "'self'",
      OFFICE_JS_ORIGIN,
      ...(dev ? ["ws://localhost:*", "wss://localhost:*"] : []),
    ],
    // office.js's "host not trusted" check page in Office on the web.
    ["frame-src", OFFICE_JS_ORIGIN],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'none'"],
  ];
}

/** The policy as one header / meta value. */
function contentSecurityPolicy(options = {}) {
  return cspDirectives(options)
    .map((d) => d.join(" "))
    .join("; ");
}

module.exports = {
  contentSecurityPolicy,
  cspDirectives,
  OFFICE_JS_ORIGIN,
  EMPTY_STYLE_HASH,
};
