// Files in and out: the file picker, drag and drop, downloads (Blob) and the print view.
(function () {
  'use strict';
  // The core's limit (sx::kMaxDocumentBytes, core/include/sx/json_text.hpp): a larger file is
  // refused here from its size alone, before a byte of it is read.
  var MAX_BYTES = 1024 * 1024;
  var input = document.getElementById('file');

  function report(name, message) {
    window.sxBridge.withString(name, function (n) {
      window.sxBridge.withString(message, function (m) { Module._sx_file_error(n, m); });
    });
  }

  function grouped(n) { return n.toLocaleString('en-US'); }

  // Where the first character that is not UTF-8 starts, as the core names positions (lines, byte
  // columns). Decoding with `stream` accepts a prefix that ends inside a character, so the longest
  // prefix that decodes ends at the bad byte, or inside the bad character that it continues.
  function firstBadByte(bytes) {
    var lo = 0, hi = bytes.length;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
        lo = mid;
      } catch (e) {
        hi = mid - 1;
      }
    }
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, lo));
    } catch (e) {  // the prefix ends inside a character: the bad one starts at its first byte
      lo--;
      while (lo > 0 && (bytes[lo] & 0xC0) === 0x80) lo--;
    }
    var line = 1, column = 1;
    for (var i = 0; i < lo; i++) {
      if (bytes[i] === 10) { line++; column = 1; } else { column++; }
    }
    return { offset: lo, line: line, column: column };
  }

  function open(file) {
    if (!file) return;
    if (file.size > MAX_BYTES) {
      report(file.name, '文件大小为 ' + grouped(file.size) + ' 字节，超过 1 MiB（' + grouped(MAX_BYTES) +
             ' 字节）的上限，未读取。自评文件通常只有几 KB。');
      return;
    }
    file.arrayBuffer().then(function (buffer) {
      var text;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
      } catch (e) {
        var bad = firstBadByte(new Uint8Array(buffer));
        report(file.name, '文件不是 UTF-8 编码的文本：第 ' + bad.line + ' 行第 ' + bad.column + ' 列（第 ' +
               (bad.offset + 1) + ' 个字节）不是有效的 UTF-8 字符。请用 UTF-8 编码保存后再打开。');
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
