// Files in and out: the file picker, drag and drop, downloads (Blob) and the print view.
(function () {
  'use strict';
  var input = document.getElementById('file');

  // The page only reads: the core judges a file (its size, UTF-8, JSON) and words what is wrong.
  function withName(file, call) { window.sxBridge.withString(file.name, call); }

  function open(file) {
    if (!file) return;
    // A file over the core's limit is refused from its size alone, before a byte of it is read.
    if (file.size > Module._sx_max_document_bytes()) {
      withName(file, function (n) { Module._sx_file_too_large(n, file.size); });
      return;
    }
    file.arrayBuffer().then(function (buffer) {
      var bytes = new Uint8Array(buffer);
      var ptr = Module._malloc(Math.max(bytes.length, 1));
      Module.HEAPU8.set(bytes, ptr);
      withName(file, function (n) { Module._sx_file_opened(n, ptr, bytes.length); });  // the app copies them
      Module._free(ptr);
    }, function () { withName(file, function (n) { Module._sx_file_unreadable(n); }); });
  }

  input.addEventListener('change', function () {
    open(input.files[0]);
    input.value = '';
  });
  document.addEventListener('dragover', function (event) { event.preventDefault(); });
  document.addEventListener('drop', function (event) {
    event.preventDefault();
    if (event.dataTransfer && event.dataTransfer.files.length) open(event.dataTransfer.files[0]);
  });

  function blobUrl(bytes, mime) {
    return URL.createObjectURL(new Blob([bytes], { type: mime }));
  }

  window.sxBridge.files = {
    open: open,
    pick: function () { input.click(); },
    download: function (name, mime, bytes) {
      var url = blobUrl(bytes, mime);
      var link = document.createElement('a');
      link.href = url;
      link.download = name;
      document.body.appendChild(link);
      link.click();
      document.body.removeChild(link);
      setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
      window.sxBridge.lastDownload = { name: name, mime: mime, size: bytes.length };
    },
    openPage: function (html) {
      var url = blobUrl(new TextEncoder().encode(html), 'text/html;charset=utf-8');
      var page = window.open(url, '_blank');
      setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
      return !!page;
    }
  };
})();
