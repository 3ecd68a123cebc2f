// Starts the app: checks WebGL 2, downloads the wasm and the first screen's font with a progress
// bar, then runs app.js; after the first frame, the rest of the UI font and the GB2312 font; once the page is up, registers the service worker that keeps it for offline use.
// Every path is relative, so the folder works under any sub-path of any server.
(function () {
  'use strict';
  // A browser web/support.js did not find capable shows index.html's explanation; nothing to load.
  if (!/(^|\s)sx-capable(\s|$)/.test(document.documentElement.className)) return;
  // The build names files after their content (tools/dist/finish_dist.py) and lists the names and
  // sizes in the script element's data-files; a copy of web/ as it is has the plain names.
  var script = document.querySelector('script[data-files]');
  var files = {};
  try { files = JSON.parse(script.getAttribute('data-files')); } catch (e) { /* plain names */ }
  function fileName(name) { return files[name] ? files[name][0] : name; }
  // As app/web/font_files.hpp numbers them (FontFile).
  var FONT_FILES = ['fonts/ui.ttf', 'fonts/gb2312.ttf', 'fonts/start.ttf'];
  var UI = 0, GB2312 = 1, START = 2;
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
    // At the size the first frame draws at (ImGui_ImplHtml5_NewFrame's): made at 300×150, the
    // drawing buffer was made again inside the first frame (84 ms at DPR 2 in a profile).
    var box = canvas.getBoundingClientRect(), ratio = window.devicePixelRatio || 1;
    if (box.width > 0 && box.height > 0) {
      canvas.width = Math.round(box.width * ratio);
      canvas.height = Math.round(box.height * ratio);
    }
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
  // The size comes from the build: a compressed response's Content-Length is not what the body
  // reads as.
  function countProgress(path, response) {
    var encoded = (response.headers.get('Content-Encoding') || 'identity') !== 'identity';
    var length = files[path] ? files[path][1] : encoded ? 0 : Number(response.headers.get('Content-Length')) || 0;
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
    return fetch(fileName(path)).then(function (response) {
      if (!response.ok) throw new Error(path + ': HTTP ' + response.status);
      if (countTowardsProgress) countProgress(path, response.clone());
      return response;
    });
  }

  // Compiles while downloading where the server labels the file application/wasm; otherwise, or if
  // that fails, from the whole file.
  function compileWasm(path, quietly) {
    function fromBytes(response) {
      return response.arrayBuffer().then(function (bytes) { return WebAssembly.compile(bytes); });
    }
    return download(path, !quietly).then(function (response) {
      var type = response.headers.get('Content-Type') || '';
      if (typeof WebAssembly.compileStreaming !== 'function' || type.indexOf('application/wasm') !== 0) {
        return fromBytes(response);
      }
      return WebAssembly.compileStreaming(response).catch(function () {
        return fetch(fileName(path)).then(fromBytes);
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
    performance.mark('sx-font-' + file);
  }

  var fontRequests = {};
  function loadFont(file) {
    if (!fontRequests[file]) {
      // A file counts towards the progress bar when the loading screen waits for it.
      var counted = file === START || !window.sxBridge.shown;
      fontRequests[file] = download(FONT_FILES[file], counted).then(function (r) { return r.arrayBuffer(); });
    }
    return fontRequests[file];
  }

  var wasmReady;
  var wasmReadyPromise = new Promise(function (resolve) { wasmReady = resolve; });

  window.sxLoader = {
    fileName: fileName,  // what loads later (web/picture.js, qr.wasm) finds its hashed name here
    // The placeholders called before app.deferred.wasm joined (tests: a start screen calls none).
    deferredNeededBy: function () { return deferred.neededBy.slice(); },
    wasmReady: function () { wasmReady(); },
    loadFont: function (file) {
      Promise.all([loadFont(file), wasmReadyPromise]).then(function (r) { giveFont(file, r[0]); }, function () {
        // Without the wider font the app still works; its characters show the fallback glyph.
        wasmReadyPromise.then(function () { Module._sx_font_failed(file); });
        if (!window.sxBridge.shown) window.sxBridge.show();
      });
    }
  };

  performance.mark('sx-start');
  // The wasm compiles while it downloads, and app.js downloads and parses alongside; Emscripten's
  // instantiateWasm hook then only instantiates the compiled module.
  var wasm = compileWasm('app.wasm');
  var startFont = loadFont(START);
  if (!createWebGL2()) {
    window.sxBridge.fail('webgl');
    return;
  }
  // The functions the first frame does not run come in app.deferred.wasm (tools/dist/split_wasm.py),
  // downloaded and compiled after the first frame and then joined to the running app: its
  // instance fills the table slots the first module left to placeholders. A placeholder called
  // before that (one tools/split/deferred.txt lists) makes Emscripten ask for the module at
  // once: compiled if it has come, else fetched synchronously, since the call cannot wait.
  var deferred = { module: null, instance: null, neededBy: [] };
  var hasDeferred = !!files['app.deferred.wasm'];
  function joinDeferred(module, imports) {
    if (!deferred.instance) {
      deferred.instance = new WebAssembly.Instance(module, imports);
      performance.mark('sx-deferred');  // joined, by whichever way it came
    }
    return [deferred.instance, module];
  }
  function fetchDeferredNow() {
    var request = new XMLHttpRequest();
    request.open('GET', fileName('app.deferred.wasm'), false);
    request.overrideMimeType('text/plain; charset=x-user-defined');  // bytes as they are
    request.send(null);
    if (request.status !== 200) throw new Error('app.deferred.wasm: HTTP ' + request.status);
    var text = request.responseText;
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
    return new WebAssembly.Module(bytes);
  }
  var deferredCompiled = null;
  function compileDeferred() {
    if (!deferredCompiled) {
      deferredCompiled = compileWasm('app.deferred.wasm', window.sxBridge.shown).then(function (module) {
        deferred.module = deferred.module || module;
        return deferred.module;
      });
    }
    return deferredCompiled;
  }
  function loadDeferred() {
    if (!hasDeferred || deferred.instance) return;
    compileDeferred().then(function (module) {
      joinDeferred(module, { primary: Module.asm });
    }).catch(function (error) {
      // Not fatal: a placeholder's call fetches the module again when it is needed.
      console.warn('app.deferred.wasm: ' + error);
    });
  }
  // A first visit's start screen and 快速自测 (what a link in an article opens) draw from app.wasm
  // alone; a page opened at any other screen's address (#/score, #/policy/第八条), and a returning
  // user's page, whose saved work (app/web/persistence.cpp, desk_save.cpp) is evaluated for the
  // first frame, need both modules for it, downloaded together behind the progress bar (from the
  // browser's cache, for a returning user).
  var SAVED_WORK = ['sx-retrofit.assessment.v1', 'sx-retrofit.review.v1'];
  function hasSavedWork() {
    var storage = window.sxBridge.storage;
    return SAVED_WORK.some(function (key) { return !!storage.get(key); });
  }
  var bothAtStart = hasDeferred && ((/^#\/[^/]/.test(location.hash) && !/^#\/quick(\/|$)/.test(location.hash)) ||
                                    hasSavedWork());
  if (bothAtStart) compileDeferred();

  window.Module = {
    canvas: document.getElementById('canvas'),
    // Emscripten's placeholder handler (-sSPLIT_MODULE): returns [instance, module], now.
    loadSplitModule: function (file, imports, placeholder) {
      deferred.neededBy.push({ placeholder: placeholder, frame: window.sxBridge.framesDrawn });
      performance.mark('sx-deferred-needed');
      if (!deferred.module) deferred.module = fetchDeferredNow();
      return joinDeferred(deferred.module, imports);
    },
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    onAbort: function () { window.sxBridge.fail('crash'); },
    locateFile: function (path) { return fileName(path); },
    instantiateWasm: function (imports, receive) {
      Promise.all([wasm, bothAtStart ? compileDeferred() : null]).then(function (modules) {
        return WebAssembly.instantiate(modules[0], imports).then(function (instance) {
          if (modules[1]) joinDeferred(modules[1], { primary: instance.exports });
          receive(instance, modules[0]);
        });
      }).catch(function (error) {
        // A Chromium kernel older than the CSP's 'wasm-unsafe-eval' (web/DEPLOY.md) refuses to compile.
        window.sxBridge.fail(/embedder|unsafe-eval|Content Security Policy/i.test(String(error)) ? 'engine' : 'load');
      });
      return {};  // exports arrive through receive()
    }
  };
  var app = document.createElement('script');
  app.src = fileName('app.js');
  app.onerror = function () { window.sxBridge.fail('load'); };
  document.body.appendChild(app);
  Promise.all([startFont, wasmReadyPromise]).then(function (r) {
    giveFont(START, r[0]);
    // After the first frame, the rest of the UI font at once (the next screen needs it), then the
    // GB2312 font quietly so typed names render at once; then the service worker may fetch every
    // file again (from the HTTP cache, if the server allows).
    window.sxBridge.firstFrame.then(function () {
      window.sxLoader.loadFont(UI);
      loadDeferred();
      setTimeout(function () {
        window.sxLoader.loadFont(GB2312);
        var settled = function () { setTimeout(registerServiceWorker, 1000); };
        loadFont(GB2312).then(settled, settled);
      }, 300);
    });
  }, function () { window.sxBridge.fail('load'); });

  // Offline after the first visit (web/sw.js). Its scope is this page's folder. Not in a frame,
  // not from a copy of web/ (no version), and not with ?sw=off.
  function registerServiceWorker() {
    var version = script && script.getAttribute('data-version');
    if (!version || !('serviceWorker' in navigator) || !window.isSecureContext || window.top !== window ||
        /[?&]sw=off\b/.test(location.search)) return;
    navigator.serviceWorker.addEventListener('message', function (event) {
      if (event.data && event.data.sx === 'activated' && event.data.version !== version) showUpdate();
    });
    navigator.serviceWorker.startMessages();
    navigator.serviceWorker.register('sw.js').catch(function (e) { console.warn('service worker: ' + e); });
  }

  // A newer build is installed (for offline use) while this page runs an older one. Styled here:
  // the bar exists only for this moment (style properties set from script pass the CSP).
  function showUpdate() {
    var note = document.getElementById('update');
    if (!note || !note.hidden) return;
    note.style.cssText = 'position:fixed;left:50%;bottom:16px;transform:translateX(-50%);z-index:5;' +
      'display:flex;gap:12px;align-items:center;padding:10px 16px;border-radius:4px;font-size:16px;' +
      'background:#0b3d91;color:#fff;box-shadow:0 2px 8px rgba(0,0,0,.25)';
    note.hidden = false;
    note.querySelector('button').addEventListener('click', function () { location.reload(); });
  }
})();
