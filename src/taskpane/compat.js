/* Old-webview check, loaded before the pane's bundle: ES5 only (no arrow, no let, no template
 * string), a file of its own (the pages' Content-Security-Policy allows no inline script).
 *
 * Office builds whose webview is Internet Explorer 11 or EdgeHTML (Edge Legacy) cannot run the
 * React/Fluent bundle; there the Vietnamese message of the page (#dvk-old-webview) is shown at
 * once and the <html> element is marked, so the bundle does not start. Elsewhere the message
 * stays hidden and the bundle removes it as it starts; if the bundle never starts (an engine
 * this check does not know), a CSS animation delay reveals it after a few seconds. */
(function () {
  var ua = navigator.userAgent || "";
  var old =
    !!document.documentMode || // Internet Explorer
    /Edge\/\d/.test(ua) || // EdgeHTML; Chromium Edge and WebView2 say "Edg/"
    typeof Promise === "undefined" ||
    typeof Symbol === "undefined" ||
    typeof window.fetch === "undefined";
  if (!old) return;
  document.documentElement.className += " dvk-old";
  var message = document.getElementById("dvk-old-webview");
  if (message) {
    message.removeAttribute("hidden");
    message.className += " dvk-shown";
  }
})();
