// Starts the app: checks WebGL 2, downloads the wasm and the UI font with a progress bar, then
// runs app.js. Every path is relative, so the folder works under any sub-path of any server.
(function () {
  'use strict';
  var FONT_FILES = ['fonts/ui.ttf', 'fonts/gb2312.ttf'];
  var progress = document.getElementById('progress');
  var progressText = document.getElementById('progress-text');
  var loaded = {};
  var totals = {};
  var fontsGiven = {};

  // A cheap test: creating a context here would cost as much as the app's own. A browser that has
  // the API but cannot create a context is caught by main() (sxBridge.fail('webgl')).
  function hasWebGL2() {
    return typeof WebGL2RenderingContext !== 'undefined';
  }

  function showProgress() {
    var done = 0, total = 0;
    Object.keys(totals).forEach(function (k) { total += totals[k]; done += loaded[k] || 0; });
    if (total > 0) {
      progress.value = done / total;
      progressText.textContent = Math.floor(100 * done / total) + '%（' + Math.round(done / 1024) + ' / ' + Math.round(total / 1024) + ' KB）';
    }
  }

  // fetch() with byte counting, for the progress bar.
  function download(path, countTowardsProgress) {
    return fetch(path).then(function (response) {
      if (!response.ok) throw new Error(path + ': HTTP ' + response.status);
      var length = Number(response.headers.get('Content-Length')) || 0;
      if (!countTowardsProgress || !response.body || !length) return response.arrayBuffer();
      totals[path] = length;
      var reader = response.body.getReader();
      var chunks = [];
      var received = 0;
      function pump() {
        return reader.read().then(function (step) {
          if (step.done) {
            var bytes = new Uint8Array(received);
            var offset = 0;
            chunks.forEach(function (c) { bytes.set(c, offset); offset += c.length; });
            return bytes.buffer;
          }
          chunks.push(step.value);
          received += step.value.length;
          loaded[path] = received;
          showProgress();
          return pump();
        });
      }
      return pump();
    });
  }

  function giveFont(file, buffer) {
    if (fontsGiven[file]) return;
    performance.mark('sx-font-' + file);
    fontsGiven[file] = true;
    var bytes = new Uint8Array(buffer);
    var ptr = Module._malloc(bytes.length);
    Module.HEAPU8.set(bytes, ptr);
    Module._sx_font_loaded(file, ptr, bytes.length);  // the app copies the bytes
    Module._free(ptr);
  }

  var fontRequests = {};
  function loadFont(file) {
    if (!fontRequests[file]) {
      fontRequests[file] = download(FONT_FILES[file], file === 0);
    }
    return fontRequests[file];
  }

  var wasmReady;
  var wasmReadyPromise = new Promise(function (resolve) { wasmReady = resolve; });

  window.sxLoader = {
    wasmReady: function () { wasmReady(); },
    loadFont: function (file) {
      Promise.all([loadFont(file), wasmReadyPromise]).then(function (r) { giveFont(file, r[0]); });
    }
  };

  if (!hasWebGL2()) {
    window.sxBridge.fail('webgl');
    return;
  }
  performance.mark('sx-start');
  var wasm = download('app.wasm', true);
  var uiFont = loadFont(0);
  wasm.then(function (binary) {
    window.Module = {
      canvas: document.getElementById('canvas'),
      wasmBinary: binary,
      print: function (text) { console.log(text); },
      printErr: function (text) { console.warn(text); },
      onAbort: function () { window.sxBridge.fail('crash'); }
    };
    var script = document.createElement('script');
    script.src = 'app.js';
    script.onerror = function () { window.sxBridge.fail('load'); };
    document.body.appendChild(script);
  }, function () { window.sxBridge.fail('load'); });
  Promise.all([uiFont, wasmReadyPromise]).then(function (r) {
    giveFont(0, r[0]);
    // After the first frame, fetch the GB2312 font quietly so typed names render at once.
    window.sxBridge.firstFrame.then(function () {
      setTimeout(function () { window.sxLoader.loadFont(1); }, 300);
    });
  }, function () { window.sxBridge.fail('load'); });
})();
