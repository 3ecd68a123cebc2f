// Runs in <head>, before the page is drawn, in any browser that runs scripts at all (old IE
// kernels included: ES3 only). A browser that has what the app needs gets the class sx-capable on
// <html>: app.css then shows the app and hides the explanation (#unsupported), which every other
// browser shows from the start, so a capable one never flashes it. WebGL 2 can still be refused
// when the app asks for it; web/bridge.js `fail` shows the explanation then.
(function () {
  var w = window;
  var capable = typeof w.WebAssembly === 'object' && typeof w.WebAssembly.instantiate === 'function' &&
    typeof w.WebGL2RenderingContext !== 'undefined' && typeof w.Promise !== 'undefined' &&
    typeof w.fetch === 'function';
  if (capable) document.documentElement.className += ' sx-capable';
})();
