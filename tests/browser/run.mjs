// Runs every browser test file, two at a time, the longest first: `node --test` sorts its files by
// name, so a long file starting late ran alone at the end of the run. Same TAP output, and the exit
// code is 1 when any test fails (or a file fails to run).
import { run } from 'node:test';
import { tap } from 'node:test/reporters';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

// Measured in CI (seconds, alone at concurrency 2): long_use ≈150, keyboard ≈115, then the rest.
const longestFirst = ['long_use', 'keyboard', 'storage', 'newcomer', 'walk', 'page', 'a11y', 'jumps', 'desk'];

const here = path.dirname(fileURLToPath(import.meta.url));
const all = readdirSync(here).filter((name) => name.endsWith('.test.mjs')).sort();
const rank = (name) => {
  const at = longestFirst.indexOf(name.replace(/\.test\.mjs$/, ''));
  return at < 0 ? longestFirst.length : at;
};
// Array.prototype.sort is stable: files not in the list keep their name order after the listed ones.
const files = all.sort((a, b) => rank(a) - rank(b)).map((name) => path.join(here, name));

const concurrency = Number(process.env.SX_BROWSER_CONCURRENCY || 2);
const stream = run({ files, concurrency });
stream.on('test:fail', (event) => { if (!event.todo) process.exitCode = 1; });
stream.compose(tap).pipe(process.stdout);
