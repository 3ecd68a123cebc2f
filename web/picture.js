// The result picture (结果长图, issue 17): draws the result's summary (app/picture/result_summary.hpp,
// handed over as JSON by web/bridge.js) on a 2D canvas as a PNG 1080 px wide, with a QR code of
// the tool's address from qr.wasm (Nayuki's qrcodegen, app/picture/qr_code.c). On a phone it is
// shown over the page so that a long press saves it; elsewhere it is downloaded. Loaded only when
// first used; knows nothing of the standard: every word it draws about the result comes from the
// summary.
(function () {
  'use strict';
  var WIDTH = 1080;
  var MARGIN = 72;
  var INNER = WIDTH - 2 * MARGIN;
  var COLOURS = {
    band: '#0b3d91', bandText: '#ffffff', bandMuted: '#d6e0f5', text: '#1f2933', muted: '#52606d',
    rule: '#d9dee5', panel: '#eef3fb', true: '#1a7f37', false: '#b42318', unknown: '#8a5a00',
    trueBg: '#e6f4ea', falseBg: '#fde8e7', unknownBg: '#fff4d6'
  };
  // The browser's own CJK fonts: the app's subset font lacks most characters an enterprise's name
  // may hold (the same list web/bridge.js draws missing glyphs with).
  var FAMILY = '"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Hiragino Sans GB","Microsoft YaHei",' +
    '"WenQuanYi Micro Hei",sans-serif';
  function font(px, bold) { return (bold ? 'bold ' : '') + px + 'px ' + FAMILY; }

  // ---- The QR code ----
  var qrModule = null;
  function loadQr() {
    if (!qrModule) {
      qrModule = fetch(window.sxLoader.fileName('qr.wasm')).then(function (response) {
        if (!response.ok) throw new Error('qr.wasm: HTTP ' + response.status);
        return response.arrayBuffer();
      }).then(function (bytes) {
        return WebAssembly.instantiate(bytes, {});
      }).then(function (result) {
        var qr = result.instance.exports;
        if (qr._initialize) qr._initialize();
        return qr;
      });
      qrModule.catch(function () { qrModule = null; });
    }
    return qrModule;
  }

  // The modules, row by row (true = dark), or null when the address does not fit a QR code.
  function qrMatrix(qr, text) {
    var bytes = new TextEncoder().encode(text);
    if (bytes.length > qr.qr_text_max()) return null;
    new Uint8Array(qr.memory.buffer, qr.qr_text(), bytes.length).set(bytes);
    var size = qr.qr_encode(bytes.length);
    if (!size) return null;
    var rows = [];
    for (var y = 0; y < size; y++) {
      var row = [];
      for (var x = 0; x < size; x++) row.push(qr.qr_module(x, y) === 1);
      rows.push(row);
    }
    return rows;
  }

  // The tool's address: the deployment's (web/public_url.txt, which the build writes into the
  // page as og:url, web/DEPLOY.md), else the page's own without its query and screen.
  function address() {
    var meta = document.querySelector('meta[property="og:url"]');
    var configured = meta && meta.getAttribute('content');
    if (configured) return configured;
    return location.origin + location.pathname;
  }

  // ---- Text ----
  // Lines of `text` no wider than `width`: a run of letters, digits and their marks (PDM, 3.2 %,
  // GB/T 4754) stays whole, no line starts with closing punctuation nor ends with opening.
  var CLOSING = /^[，。、；：？！）》」』】”’%,.;:!?)\]]/;
  var OPENING = /[（《「『【“‘(\[]/;
  function wrap(ctx, text, width) {
    var tokens = String(text).match(/[A-Za-z0-9.%/+\-_]+|\s+|[\s\S]/g) || [];
    var lines = [];
    var line = '';
    tokens.forEach(function (token) {
      var next = line + token;
      if (!line || ctx.measureText(next).width <= width || CLOSING.test(token)) {
        line = next;
        return;
      }
      // Opening punctuation goes to the next line with what it opens.
      var carried = OPENING.test(line.slice(-1)) ? line.slice(-1) : '';
      lines.push(line.slice(0, line.length - carried.length).replace(/\s+$/, ''));
      line = carried + token.replace(/^\s+/, '');
    });
    if (line) lines.push(line);
    return lines;
  }

  // ---- The picture ----
  // Lays the picture out from top to bottom: measuring only, then (ctx.sxDraw) drawing, with the
  // tinted boxes' heights the measuring found (ctx.sxBand, ctx.sxPanel). Returns its height.
  function layout(ctx, summary, qr, url) {
    var draw = !!ctx.sxDraw;
    var y = 0;
    function text(str, px, opts) {
      opts = opts || {};
      ctx.font = font(px, opts.bold);
      var lines = wrap(ctx, str, opts.width || INNER);
      var lineHeight = Math.round(px * (opts.leading || 1.45));
      lines.forEach(function (l) {
        if (draw) {
          ctx.fillStyle = opts.colour || COLOURS.text;
          ctx.textBaseline = 'alphabetic';
          ctx.fillText(l, opts.x || MARGIN, y + Math.round(px * 1.1));
        }
        y += lineHeight;
      });
    }
    function box(x, top, w, h, colour) {
      if (!draw) return;
      ctx.fillStyle = colour;
      ctx.fillRect(x, top, w, h);
    }

    // The band: what the picture is.
    var bandTop = y;
    y += 56;
    if (draw) box(0, bandTop, WIDTH, ctx.sxBand, COLOURS.band);
    text('智能化改造项目认定 · 企业自评结果', 46, { bold: true, colour: COLOURS.bandText });
    y += 8;
    text(summary.standard, 30, { colour: COLOURS.bandMuted });
    y += 48;
    ctx.sxBandMeasured = y - bandTop;

    // The enterprise, its table and score.
    y += 56;
    if (summary.enterprise) text(summary.enterprise, 54, { bold: true, leading: 1.3 });
    else text('（未填写企业名称）', 46, { colour: COLOURS.muted });
    y += 12;
    text(summary.table + ' ' + summary.type + ' · 自评日期 ' + summary.date, 32, { colour: COLOURS.muted });
    y += 36;
    text('自评得分', 32, { colour: COLOURS.muted });
    var scoreTop = y;
    ctx.font = font(168, true);
    var scoreWidth = ctx.measureText(String(summary.total)).width;
    if (draw) {
      ctx.fillStyle = COLOURS.band;
      ctx.fillText(String(summary.total), MARGIN, scoreTop + 150);
      ctx.font = font(44, false);
      ctx.fillStyle = COLOURS.text;
      ctx.fillText('/ ' + summary.max + ' 分' + (summary.complete ? '' : '（尚未答完）'), MARGIN + scoreWidth + 20, scoreTop + 150);
    }
    y = scoreTop + 196;

    // Every category's verdict, in the standard's order, under its own name.
    box(MARGIN, y, INNER, 2, COLOURS.rule);
    y += 36;
    text('各类项目的认定条件', 40, { bold: true });
    y += 8;
    summary.categories.forEach(function (category) {
      var rowTop = y;
      var tagPx = 34;
      ctx.font = font(tagPx, true);
      var tagWidth = ctx.measureText(category.verdict).width + 44;
      var titleWidth = INNER - tagWidth - 32;
      text(category.title + (category.recommended ? '（建议申报）' : ''), 38,
           { width: titleWidth, bold: category.recommended, leading: 1.35 });
      var rowHeight = Math.max(y - rowTop, 64);
      if (draw) {
        var kind = category.eligible;
        var tagTop = rowTop + Math.round((rowHeight - 60) / 2) - 2;
        ctx.fillStyle = COLOURS[kind + 'Bg'];
        ctx.fillRect(MARGIN + INNER - tagWidth, tagTop, tagWidth, 60);
        ctx.fillStyle = COLOURS[kind];
        ctx.font = font(tagPx, true);
        ctx.fillText(category.verdict, MARGIN + INNER - tagWidth + 22, tagTop + 42);
      }
      y = rowTop + rowHeight + 20;
    });

    // The recommendation, in a tinted panel.
    y += 12;
    var panelTop = y;
    if (draw) {
      box(MARGIN, panelTop, INNER, ctx.sxPanel, COLOURS.panel);
      box(MARGIN, panelTop, 10, ctx.sxPanel, COLOURS.band);
    }
    y += 28;
    var inPanel = { x: MARGIN + 40, width: INNER - 72 };
    if (summary.recommended) {
      text('建议申报', 30, Object.assign({ colour: COLOURS.muted }, inPanel));
      text(summary.recommended, 48, Object.assign({ bold: true, leading: 1.3 }, inPanel));
    } else {
      text('按目前填写的情况，还没有全部条件都满足的类别。', 36, Object.assign({ bold: true }, inPanel));
    }
    y += 28;
    ctx.sxPanelMeasured = y - panelTop;

    // What the next category still lacks.
    if (summary.next && summary.next_gaps.length) {
      y += 44;
      text((summary.recommended ? '申报“' + summary.next + '”还差' : '“' + summary.next + '”还差'), 40, { bold: true });
      y += 4;
      bullets(summary.next_gaps);
      if (summary.next_gaps_more > 0) text('另有 ' + summary.next_gaps_more + ' 项，见工具中的“差距与建议”。', 30, { colour: COLOURS.muted });
    }
    // Where points are still to be had.
    if (summary.score_gaps.length) {
      y += 36;
      text('还能加分的地方（' + summary.table + '）', 40, { bold: true });
      y += 4;
      bullets(summary.score_gaps);
    }
    function bullets(lines) {
      lines.forEach(function (line) {
        if (draw) {
          ctx.fillStyle = COLOURS.band;
          ctx.beginPath();
          ctx.arc(MARGIN + 10, y + 26, 6, 0, 2 * Math.PI);
          ctx.fill();
        }
        text(line, 34, { x: MARGIN + 36, width: INNER - 36, leading: 1.4 });
        y += 10;
      });
    }

    // The QR code of the tool, the address in words, and what the picture is worth.
    y += 40;
    box(MARGIN, y, INNER, 2, COLOURS.rule);
    y += 48;
    var footerTop = y;
    var quiet = 4;
    var module = qr ? Math.max(6, Math.floor(300 / (qr.length + 2 * quiet))) : 0;
    var qrSide = qr ? module * (qr.length + 2 * quiet) : 0;
    if (draw && qr) {
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(MARGIN, footerTop, qrSide, qrSide);
      ctx.fillStyle = '#000000';
      for (var r = 0; r < qr.length; r++) {
        for (var c = 0; c < qr.length; c++) {
          if (qr[r][c]) ctx.fillRect(MARGIN + (c + quiet) * module, footerTop + (r + quiet) * module, module, module);
        }
      }
    }
    var words = { x: MARGIN + qrSide + 40, width: INNER - qrSide - 40 };
    y = footerTop + 12;
    text(qr ? '扫码打开自评工具' : '自评工具的地址', 36, Object.assign({ bold: true }, words));
    text('看看您的企业能申报哪一类', 30, Object.assign({ colour: COLOURS.muted }, words));
    y += 8;
    text(url, 26, Object.assign({ colour: COLOURS.muted, leading: 1.35 }, words));
    y = Math.max(y, footerTop + qrSide) + 36;
    text('本图由企业自评生成，仅供参考；能否认定以专家评审为准。', 28, { colour: COLOURS.muted });
    y += 56;
    return y;
  }

  function draw(summary, qr, url) {
    var canvas = document.createElement('canvas');
    var ctx = canvas.getContext('2d');
    var height = layout(ctx, summary, qr, url);  // ctx.sxDraw unset: measures only
    var band = ctx.sxBandMeasured, panel = ctx.sxPanelMeasured;
    canvas.width = WIDTH;
    canvas.height = Math.ceil(height);
    ctx = canvas.getContext('2d');  // resizing reset its state
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.sxDraw = true;
    ctx.sxBand = band;
    ctx.sxPanel = panel;
    layout(ctx, summary, qr, url);
    return canvas;
  }

  function toBlob(canvas) {
    return new Promise(function (resolve, reject) {
      canvas.toBlob(function (blob) { if (blob) resolve(blob); else reject(new Error('toBlob')); }, 'image/png');
    });
  }

  function download(blob, name) { window.sxBridge.files.saveBlob(blob, name); }

  // ---- On a phone: the picture over the page, saved by a long press ----
  var overlay = null;
  function style(element, css) { element.style.cssText = css; return element; }
  function button(label, primary) {
    var b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    return style(b, 'min-height:44px;min-width:88px;padding:8px 18px;font-size:16px;border-radius:4px;' +
      'cursor:pointer;border:2px solid ' + (primary ? '#0b3d91;background:#0b3d91;color:#fff' : '#52606d;background:#fff;color:#1f2933'));
  }
  function close() {
    if (!overlay) return;
    var previous = overlay.sxFocus;
    overlay.parentNode.removeChild(overlay);
    overlay = null;
    if (previous && previous.focus) previous.focus({ preventScroll: true });
  }
  function show(dataUrl, blob, name) {
    close();
    var previous = document.activeElement;
    overlay = style(document.createElement('div'),
      'position:fixed;inset:0;z-index:6;display:flex;flex-direction:column;background:#27313d;');
    overlay.id = 'sx-picture';
    overlay.setAttribute('role', 'dialog');
    overlay.setAttribute('aria-modal', 'true');
    overlay.setAttribute('aria-label', '结果长图');
    overlay.sxFocus = previous;
    var bar = style(document.createElement('div'),
      'display:flex;gap:12px;align-items:center;justify-content:space-between;padding:10px 12px;' +
      'padding-top:max(10px,env(safe-area-inset-top));background:#fff;flex:none;');
    var hint = style(document.createElement('p'), 'margin:0;font:16px/1.4 sans-serif;color:#1f2933;');
    hint.textContent = '长按图片保存或转发';
    var actions = style(document.createElement('div'), 'display:flex;gap:8px;flex:none;');
    var save = button('下载', false);
    var shut = button('关闭', true);
    save.addEventListener('click', function () { download(blob, name); });
    shut.addEventListener('click', close);
    actions.appendChild(save);
    actions.appendChild(shut);
    bar.appendChild(hint);
    bar.appendChild(actions);
    var scroller = style(document.createElement('div'),
      'flex:1;overflow:auto;-webkit-overflow-scrolling:touch;touch-action:pan-y pinch-zoom;padding:12px;text-align:center;');
    // The picture as a data: address (the CSP's img-src allows it, not blob:); a long press on an
    // <img> offers 保存图片 in WeChat, Safari and Chrome.
    var img = style(document.createElement('img'),
      'width:100%;max-width:540px;height:auto;display:inline-block;background:#fff;' +
      '-webkit-touch-callout:default;user-select:auto;-webkit-user-select:auto;pointer-events:auto;');
    img.src = dataUrl;
    img.alt = '结果长图：' + name.replace(/\.png$/, '');
    scroller.appendChild(img);
    overlay.appendChild(bar);
    overlay.appendChild(scroller);
    overlay.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') close();
    });
    document.body.appendChild(overlay);
    shut.focus({ preventScroll: true });
  }

  // A phone or tablet: touch is its pointer. Elsewhere the picture is a download.
  function onPhone() {
    return window.matchMedia && window.matchMedia('(pointer: coarse)').matches;
  }

  window.sxPicture = {
    close: close,
    make: function (summary, name) {
      if (overlay) return Promise.resolve();  // a key that reached the app under the picture
      var url = address();
      return loadQr().then(function (qr) {
        var canvas = draw(summary, qrMatrix(qr, url), url);
        return toBlob(canvas).then(function (blob) {
          window.sxBridge.picture.last = { name: name, width: canvas.width, height: canvas.height,
                                           bytes: blob.size, address: url, shown: onPhone() };
          if (onPhone()) show(canvas.toDataURL('image/png'), blob, name);
          else download(blob, name);
        });
      });
    }
  };
})();
