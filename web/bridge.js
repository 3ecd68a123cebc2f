// window.sxBridge: the browser services the wasm module calls (through web/library_sx.js) and the
// helpers the other bridges use to hand text to it. Knows nothing about the standard.
(function () {
  'use strict';
  var firstFrame = null;
  var firstFrameSeen = new Promise(function (resolve) { firstFrame = resolve; });
  var frameWaiters = [];

  function withString(text, fn) {
    var size = Module.lengthBytesUTF8(text) + 1;
    var ptr = Module._malloc(size);
    Module.stringToUTF8(text, ptr, size);
    try { return fn(ptr); } finally { Module._free(ptr); }
  }

  function legacyCopy(text) {
    var active = document.activeElement;
    var area = document.createElement('textarea');
    area.value = text;
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    try { document.execCommand('copy'); } catch (e) { /* nothing more to try */ }
    document.body.removeChild(area);
    if (active && active.focus) active.focus({ preventScroll: true });
  }

  window.sxBridge = {
    firstFrame: firstFrameSeen,
    withString: withString,
    sendText: function (text) {
      if (text) withString(text, function (ptr) { Module._sx_text_input(ptr); });
    },
    // The app cannot go on: the page becomes the explanation of index.html (#unsupported) with
    // the reason at its top, and still offers the policy text and the printable checklist.
    fail: function (reason) {
      var texts = {
        webgl: '您的浏览器不支持或已禁用 WebGL 2（网页图形），无法显示本工具。请按下面的办法切换模式或换用浏览器，或在浏览器设置中开启“硬件加速”。',
        engine: '您的浏览器内核版本较旧，不允许运行本工具的程序（WebAssembly）。请按下面的办法切换到极速模式或换用新版浏览器。',
        load: '文件下载失败，请检查网络后刷新页面。',
        crash: '工具运行出错。您已填写的内容保存在本浏览器中，刷新页面即可恢复。'
      };
      var known = texts.hasOwnProperty(reason) ? reason : 'crash';
      var html = document.documentElement;
      html.className = html.className.replace(/\bsx-capable\b/g, '') + ' sx-failed sx-failed-' + known;
      document.getElementById('loader').hidden = true;
      document.getElementById('failure-text').textContent = texts[reason] || reason;
      document.getElementById('failure').hidden = false;
      window.scrollTo(0, 0);
    },
    running: false,  // main() has run: exported functions may be called
    wasmReady: function () {
      window.sxBridge.running = true;
      // ?mirror=off: the performance script's baseline, the app without its accessibility mirror.
      if (/[?&]mirror=off\b/.test(location.search)) Module._sx_a11y_enable(0);
      window.sxBridge.route.follow();  // a page opened at #/modes opens on it, over the restored work
      window.sxLoader.wasmReady();
    },
    // The loading screen stays up until a frame has every character in its own glyph (a restored
    // document may need the GB2312 file first), or until that file fails to come.
    shown: false,
    fallbackFramesShown: 0,
    framesDrawn: 0,
    frameDone: function (frame, fallback) {
      var bridge = window.sxBridge;
      bridge.framesDrawn = frame;
      if (frame === 1) firstFrame();
      if (!bridge.shown && !fallback) bridge.show();
      if (bridge.shown && fallback) bridge.fallbackFramesShown++;
      var waiters = frameWaiters;
      frameWaiters = [];
      waiters.forEach(function (w) { w(frame); });
    },
    show: function () {
      window.sxBridge.shown = true;
      document.getElementById('loader').hidden = true;
    },
    nextFrame: function () {
      return new Promise(function (resolve) { frameWaiters.push(resolve); });
    },
    fonts: { load: function (file) { window.sxLoader.loadFont(file); } },
    // Characters neither of the app's font files has (喆, 堃, 昇 in a company's name) are drawn by
    // the browser with the system's own CJK fonts into the atlas (app/web/glyph_atlas.cpp).
    systemGlyphs: {
      canvas: null,
      inked: {},  // code point → how many pixels its last drawing covered (the tests read it)
      font: function (em) {
        return Math.max(1, em) + 'px "Noto Sans CJK SC","Source Han Sans SC","PingFang SC",' +
          '"Hiragino Sans GB","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif';
      },
      context: function (w, h) {
        var glyphs = window.sxBridge.systemGlyphs;
        if (!glyphs.canvas) glyphs.canvas = document.createElement('canvas');
        if (glyphs.canvas.width < w) glyphs.canvas.width = w;
        if (glyphs.canvas.height < h) glyphs.canvas.height = h;
        return glyphs.canvas.getContext('2d', { willReadFrequently: true });
      },
      advance: function (cp, em) {
        var ctx = window.sxBridge.systemGlyphs.context(1, 1);
        ctx.font = window.sxBridge.systemGlyphs.font(em);
        return ctx.measureText(String.fromCodePoint(cp)).width;
      },
      // The glyph's coverage, w×h bytes, row by row.
      draw: function (cp, em, w, h, baseline) {
        var ctx = window.sxBridge.systemGlyphs.context(w, h);
        ctx.clearRect(0, 0, w, h);
        ctx.font = window.sxBridge.systemGlyphs.font(em);
        ctx.textBaseline = 'alphabetic';
        ctx.fillStyle = '#000';
        ctx.fillText(String.fromCodePoint(cp), 0, baseline);
        var rgba = ctx.getImageData(0, 0, w, h).data;
        var alpha = new Uint8Array(w * h);
        var inked = 0;
        for (var i = 0; i < alpha.length; i++) {
          alpha[i] = rgba[i * 4 + 3];
          if (alpha[i] > 0) inked++;
        }
        window.sxBridge.systemGlyphs.inked[cp] = inked;
        return alpha;
      }
    },
    // The screen's address in the URL's fragment (app/views/route.hpp): #/modes, #/policy/第八条.
    route: {
      current: function () {
        var hash = location.hash.replace(/^#/, '');
        try { return decodeURIComponent(hash); } catch (e) { return hash; }
      },
      record: function (route, push) {
        if (route === window.sxBridge.route.current() || (route === '/' && !location.hash)) return;
        var url = route === '/' ? location.pathname + location.search : '#' + route;
        try {
          if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
        } catch (e) { /* a sandboxed frame may refuse: the screen still changes */ }
      },
      // On opening, only an address that names a screen; from the history, no address is 开始.
      follow: function (fromHistory) {
        var route = window.sxBridge.route.current() || (fromHistory ? '/' : '');
        if (!route || !window.sxBridge.running) return;
        window.sxBridge.withString(route, function (ptr) { Module._sx_follow_route(ptr); });
      }
    },
    // The result picture (结果长图, web/picture.js and its QR module qr.wasm): loaded when first
    // asked for, so the first load carries none of it; the service worker keeps both offline.
    picture: {
      loading: null,
      make: function (summary, name) {
        var picture = window.sxBridge.picture;
        if (!picture.loading) {
          picture.loading = new Promise(function (resolve, reject) {
            var script = document.createElement('script');
            script.src = window.sxLoader.fileName('picture.js');
            script.onload = function () { resolve(window.sxPicture); };
            script.onerror = function () { reject(new Error('picture.js')); };
            document.head.appendChild(script);
          });
        }
        picture.loading.then(function (drawer) { return drawer.make(JSON.parse(summary), name); })
          .catch(function (error) {
            picture.loading = null;  // a later tap tries again (the network may be back)
            console.warn('result picture: ' + error);
            Module._sx_picture_failed();
          });
      }
    },
    clipboard: {
      write: function (text) {
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(text).catch(function () { legacyCopy(text); });
        } else {
          legacyCopy(text);
        }
      }
    }
  };
  // Back and forward between screens; an address typed or a link followed within the page.
  window.addEventListener('popstate', function () { window.sxBridge.route.follow(true); });
  window.addEventListener('hashchange', function () { window.sxBridge.route.follow(true); });
})();
