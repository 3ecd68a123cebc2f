// Files in and out: the file picker, drag and drop, downloads (Blob) and the print view.
(function () {
  'use strict';
  var MAX_BYTES = 5 * 1024 * 1024;  // an assessment is a few KB; refuse what cannot be one
  var input = document.getElementById('file');

  function report(name, message) {
    window.sxBridge.withString(name, function (n) {
      window.sxBridge.withString(message, function (m) { Module._sx_file_error(n, m); });
    });
  }

  function open(file) {
    if (!file) return;
    if (file.size > MAX_BYTES) {
      report(file.name, '文件过大（' + Math.round(file.size / 1024) + ' KB），自评文件通常只有几 KB。');
      return;
    }
    file.arrayBuffer().then(function (buffer) {
      var text;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
      } catch (e) {
        report(file.name, '文件不是 UTF-8 编码的文本，无法读取。');
        return;
      }
      window.sxBridge.withString(file.name, function (n) {
        window.sxBridge.withString(text, function (t) { Module._sx_file_opened(n, t); });
      });
    }, function () { report(file.name, '浏览器无法读取该文件。'); });
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
