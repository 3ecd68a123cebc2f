// Minifies the JavaScript on stdin to stdout with Debian's uglify-js (node-uglify-js): the first
// download carries no comments or long local names (tools/dist/finish_dist.py). Properties and
// global names stay as written: the page, the app and the tests call each other by them.
'use strict';
const uglify = require('uglify-js');

let source = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { source += chunk; });
process.stdin.on('end', () => {
  const result = uglify.minify(source, { compress: true, mangle: true, output: { comments: false } });
  if (result.error) {
    process.stderr.write(`minify.cjs: ${result.error.message} (line ${result.error.line}, column ${result.error.col})\n`);
    process.exit(1);
  }
  process.stdout.write(result.code);
});
