// Files in and out: the file picker, drag and drop, downloads (Blob) and the print view.
(function () {
  'use strict';
  var input = document.getElementById('file');

  // The page only reads: the core judges a file (its size, UTF-8, JSON) and words what is wrong.
  function withName(file, call) { window.sxBridge.withString(file.name, call); }
  // Hands a file's bytes to an export taking (name, bytes, size) under `name`; the app copies them.
  function giveBytes(name, buffer, receive) {
    var bytes = new Uint8Array(buffer);
    var ptr = Module._malloc(Math.max(bytes.length, 1));
    Module.HEAPU8.set(bytes, ptr);
    window.sxBridge.withString(name, function (n) { receive(n, ptr, bytes.length); });
    Module._free(ptr);
  }

  function open(file) {
    if (!file) return;
    // A file over the core's limit is refused from its size alone, before a byte of it is read.
    if (file.size > Module._sx_max_document_bytes()) {
      withName(file, function (n) { Module._sx_file_too_large(n, file.size); });
      return;
    }
    file.arrayBuffer().then(function (buffer) {
      giveBytes(file.name, buffer, function (n, p, size) { Module._sx_file_opened(n, p, size); });
    }, function () { withName(file, function (n) { Module._sx_file_unreadable(n); }); });
  }

  input.addEventListener('change', function () {
    open(input.files[0]);
    input.value = '';
  });

  // 审核台: many files, read a few dozen at a time (the browser reads them side by side: one after
  // another, a thousand files took 17 s) and handed to the desk in their order; between groups the
  // page draws a frame, so the progress bar moves and no frame waits long.
  var GROUP = 32;
  var SLICE_MS = 20;
  var SHOW_MS = 500;
  function readBatch(files) {
    if (!files.length) return;
    Module._sx_desk_reading(files.length);
    var limit = Module._sx_max_document_bytes(), packageLimit = Module._sx_max_package_bytes();
    // An exported draft carries its assessment among its other parts: it may be larger.
    function limitOf(file) { return /\.docx$/i.test(file.name) ? packageLimit : limit; }
    function pathOf(file) { return file.webkitRelativePath || file.sxPath || file.name; }
    function give(file, buffer) {
      var name = pathOf(file);
      if (buffer === null) {
        window.sxBridge.withString(name, function (n) { Module._sx_desk_file_too_large(n, file.size); });
      } else if (buffer === undefined) {
        window.sxBridge.withString(name, function (n) { Module._sx_desk_file_unreadable(n); });
      } else {
        giveBytes(name, buffer, function (n, p, size) { Module._sx_desk_file(n, p, size); });
      }
    }
    // Each group's reads start while the one before is handed over: the reads wait on the
    // browser's file thread, the hand-over on the app; neither waits for the other.
    function read(from) {
      return Promise.all(files.slice(from, from + GROUP).map(function (file) {
        return file.size > limitOf(file) ? null : file.arrayBuffer().catch(function () { return undefined; });
      }));
    }
    // The table is drawn twice a second while files come, and once they all have: each frame's
    // hand-over to the compositor held the page 40–120 ms on a machine that draws in software
    // (five a second took half the time of a 1,000-file batch; a frame per group, most of it).
    var shown = performance.now();
    function group(from, reading) {
      if (from >= files.length) {
        Module._sx_desk_show();
        return Promise.resolve();
      }
      return reading.then(function (buffers) {
        var next = from + GROUP < files.length ? read(from + GROUP) : null;
        return handOver(from, buffers, 0).then(function () { return group(from + GROUP, next); });
      });
    }
    // A group goes over in slices of at most SLICE_MS, each its own task: a whole group at once
    // held the page 88–122 ms, and a frame (the progress bar, a click) waited behind it.
    function handOver(from, buffers, k) {
      var start = performance.now();
      do {
        give(files[from + k], buffers[k]);
        k++;
      } while (k < buffers.length && performance.now() - start < SLICE_MS);
      // The table brought up to date (the batch's flags, its order) in a task of its own, apart
      // from the slice's files and from the frame that draws it.
      var show = performance.now() - shown > SHOW_MS;
      if (show) shown = performance.now();
      return new Promise(function (resolve) {
        setTimeout(function () {
          if (!show) return resolve();
          Module._sx_desk_show();
          setTimeout(resolve, 0);
        }, 0);
      }).then(function () {
        return k < buffers.length ? handOver(from, buffers, k) : undefined;
      });
    }
    return group(0, read(0));
  }

  function pickBatch(folder) {
    var picker = document.createElement('input');
    picker.type = 'file';
    picker.multiple = true;
    if (folder) picker.webkitdirectory = true;
    else picker.accept = '.json,.docx,application/json,application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    picker.hidden = true;
    picker.addEventListener('change', function () {
      var files = Array.prototype.slice.call(picker.files);
      document.body.removeChild(picker);
      readBatch(files);
    });
    document.body.appendChild(picker);
    picker.click();
  }

  // 审核台's single files: a revoked list (CSV, text or .xlsx) or a review file, its bytes handed over as
  // they are to `receive` (an export taking name, bytes, size).
  function pickOne(accept, receive) {
    var picker = document.createElement('input');
    picker.type = 'file';
    picker.accept = accept;
    picker.hidden = true;
    picker.addEventListener('change', function () {
      var file = picker.files[0];
      document.body.removeChild(picker);
      if (!file) return;
      file.arrayBuffer().then(function (buffer) { giveBytes(file.name, buffer, receive); });
    });
    document.body.appendChild(picker);
    picker.click();
  }
  function pickRevoked() {
    pickOne('.csv,.txt,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', function (n, p, size) { Module._sx_desk_revoked(n, p, size); });
  }
  function pickReview() {
    pickOne('.json,application/json', function (n, p, size) { Module._sx_desk_review_file(n, p, size); });
  }

  // A dropped folder's files, found through its entries (every level).
  function droppedFiles(dataTransfer) {
    var items = dataTransfer.items ? Array.prototype.slice.call(dataTransfer.items) : [];
    var entries = items.map(function (item) { return item.webkitGetAsEntry ? item.webkitGetAsEntry() : null; });
    if (!entries.length || entries.some(function (e) { return !e; })) {
      return Promise.resolve(Array.prototype.slice.call(dataTransfer.files));
    }
    function walk(entry, path) {
      if (entry.isFile) {
        return new Promise(function (resolve) {
          entry.file(function (file) { file.sxPath = path + file.name; resolve([file]); }, function () { resolve([]); });
        });
      }
      var reader = entry.createReader();
      var all = [];
      return new Promise(function (resolve) {
        (function more() {
          reader.readEntries(function (batch) {
            if (!batch.length) {
              Promise.all(all.map(function (e) { return walk(e, path + entry.name + '/'); })).then(function (lists) {
                resolve([].concat.apply([], lists));
              });
              return;
            }
            all = all.concat(Array.prototype.slice.call(batch));
            more();
          }, function () { resolve([]); });
        })();
      });
    }
    return Promise.all(entries.map(function (e) { return walk(e, ''); })).then(function (lists) {
      return [].concat.apply([], lists);
    });
  }

  document.addEventListener('dragover', function (event) { event.preventDefault(); });
  document.addEventListener('drop', function (event) {
    event.preventDefault();
    if (!event.dataTransfer) return;
    if (window.sxBridge.running && Module._sx_desk_open()) {
      droppedFiles(event.dataTransfer).then(readBatch);
    } else if (event.dataTransfer.files.length) {
      open(event.dataTransfer.files[0]);
    }
  });

  // Hands `blob` to the browser's downloads under `name` (the app's files, the result picture).
  function saveBlob(blob, name) {
    var url = URL.createObjectURL(blob);
    var link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  }

  function blobUrl(bytes, mime) {
    return URL.createObjectURL(new Blob([bytes], { type: mime }));
  }

  window.sxBridge.files = {
    open: open,
    pick: function () { input.click(); },
    pickBatch: pickBatch,
    pickRevoked: pickRevoked,
    pickReview: pickReview,
    readBatch: readBatch,
    download: function (name, mime, bytes) {
      saveBlob(new Blob([bytes], { type: mime }), name);
      window.sxBridge.lastDownload = { name: name, mime: mime, size: bytes.length };
    },
    saveBlob: saveBlob,
    openPage: function (html) {
      var url = blobUrl(new TextEncoder().encode(html), 'text/html;charset=utf-8');
      var page = window.open(url, '_blank');
      setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
      return !!page;
    }
  };
})();
