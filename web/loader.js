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

  // Creates the app's WebGL 2 context while the files download (it takes tens of milliseconds);
  // main() asks for the same canvas and kind, and the browser hands back this context. The
  // attributes are main()'s (app/web/main.cpp). A browser that cannot make one is told here.
  function createWebGL2() {
    if (typeof WebGL2RenderingContext === 'undefined') return false;
    var canvas = document.getElementById('canvas');
    return !!canvas.getContext('webgl2', {
      alpha: false, antialias: false, depth: false, stencil: false, premultipliedAlpha: true,
      preserveDrawingBuffer: false
    });
  }

  function showProgress() {
    var done = 0, total = 0;
    Object.keys(totals).forEach(function (k) { total += totals[k]; done += loaded[k] || 0; });
    if (total > 0) {
      progress.value = done / total;
      progressText.textContent = Math.floor(100 * done / total) + '%（' + Math.round(done / 1024) + ' / ' + Math.round(total / 1024) + ' KB）';
    }
  }

  // Counts a download's bytes for the progress bar on a clone of the response, so the original
  // body streams natively (into the wasm compiler, or an ArrayBuffer) without waiting on this.
  function countProgress(path, response) {
    var length = Number(response.headers.get('Content-Length')) || 0;
    if (!length || !response.body) return;
    totals[path] = length;
    var reader = response.body.getReader();
    function pump() {
      return reader.read().then(function (step) {
        if (step.done) return;
        loaded[path] = (loaded[path] || 0) + step.value.length;
        showProgress();
        return pump();
      });
    }
    pump().catch(function () { /* the real read reports errors */ });
  }

  function download(path, countTowardsProgress) {
    return fetch(path).then(function (response) {
      if (!response.ok) throw new Error(path + ': HTTP ' + response.status);
      if (countTowardsProgress) countProgress(path, response.clone());
      return response;
    });
  }

  // Compiles while downloading where the server labels the file application/wasm; otherwise, or if
  // that fails, from the whole file.
  function compileWasm(path) {
    function fromBytes(response) {
      return response.arrayBuffer().then(function (bytes) { return WebAssembly.compile(bytes); });
    }
    return download(path, true).then(function (response) {
      var type = response.headers.get('Content-Type') || '';
      if (typeof WebAssembly.compileStreaming !== 'function' || type.indexOf('application/wasm') !== 0) {
        return fromBytes(response);
      }
      return WebAssembly.compileStreaming(response).catch(function () {
        return fetch(path).then(fromBytes);
      });
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
      // The GB2312 file counts towards the progress bar when the loading screen waits for it.
      var counted = file === 0 || !window.sxBridge.shown;
      fontRequests[file] = download(FONT_FILES[file], counted).then(function (r) { return r.arrayBuffer(); });
    }
    return fontRequests[file];
  }

  var wasmReady;
  var wasmReadyPromise = new Promise(function (resolve) { wasmReady = resolve; });

  window.sxLoader = {
    wasmReady: function () { wasmReady(); },
    loadFont: function (file) {
      Promise.all([loadFont(file), wasmReadyPromise]).then(function (r) { giveFont(file, r[0]); }, function () {
        // Without the wider font the app still works; rare characters show the fallback glyph.
        if (!window.sxBridge.shown) window.sxBridge.show();
      });
    }
  };

  performance.mark('sx-start');
  // The wasm compiles while it downloads, and app.js downloads and parses alongside; Emscripten's
  // instantiateWasm hook then only instantiates the compiled module.
  var wasm = compileWasm('app.wasm');
  var uiFont = loadFont(0);
  if (!createWebGL2()) {
    window.sxBridge.fail('webgl');
    return;
  }
  window.Module = {
    canvas: document.getElementById('canvas'),
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    onAbort: function () { window.sxBridge.fail('crash'); },
    instantiateWasm: function (imports, receive) {
      wasm.then(function (module) {
        return WebAssembly.instantiate(module, imports).then(function (instance) { receive(instance, module); });
      }).catch(function () { window.sxBridge.fail('load'); });
      return {};  // exports arrive through receive()
    }
  };
  var script = document.createElement('script');
  script.src = 'app.js';
  script.onerror = function () { window.sxBridge.fail('load'); };
  document.body.appendChild(script);
  Promise.all([uiFont, wasmReadyPromise]).then(function (r) {
    giveFont(0, r[0]);
    // After the first frame, fetch the GB2312 font quietly so typed names render at once.
    window.sxBridge.firstFrame.then(function () {
      setTimeout(function () { window.sxLoader.loadFont(1); }, 300);
    });
  }, function () { window.sxBridge.fail('load'); });
})();
