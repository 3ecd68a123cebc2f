// The service worker: after the first visit the app starts without a network. It keeps this
// build's files in one cache: the hashed files are answered from it (their names change with
// their content), the pages (index.html, policy.html, checklist.html) from the network while there
// is one, else from the cache.
'use strict';

// Filled in by tools/dist/finish_dist.py: a new build is a new sw.js, which the browser installs.
var VERSION = 'dev';
var FILES = [];

var SCOPE = self.registration.scope;  // the folder the app is served from, e.g. …/tools/zngz/
// Caches are per origin: the scope in the name keeps two copies of the app on one site apart.
var PREFIX = 'sx-retrofit ' + SCOPE + ' ';
var CACHE = PREFIX + VERSION;
var INDEX = new URL('./', SCOPE).href;
// Pages keep their names from build to build (tools/dist/finish_dist.py); the rest are hashed.
function isPage(f) { return f === './' || /\.html$/.test(f); }
var PAGES = FILES.filter(isPage).map(function (f) { return new URL(f, SCOPE).href; });
var HASHED = FILES.filter(function (f) { return !isPage(f); }).map(function (f) { return new URL(f, SCOPE).href; });

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return cache.addAll(PAGES.map(function (page) { return new Request(page, { cache: 'no-cache' }); }).concat(HASHED));
  }).then(function () {
    // An open page runs whichever files its index.html named, from the network if not cached.
    return self.skipWaiting();
  }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.indexOf(PREFIX) === 0 && k !== CACHE; })
      .map(function (k) { return caches.delete(k); }));
  }).then(function () {
    return self.clients.claim();
  }).then(function () {
    return self.clients.matchAll({ type: 'window' });
  }).then(function (pages) {
    // A page running an older build says that a reload brings the new one (web/loader.js).
    pages.forEach(function (page) { page.postMessage({ sx: 'activated', version: VERSION }); });
  }));
});

function fromCache(request) {
  return caches.open(CACHE).then(function (cache) { return cache.match(request, { ignoreVary: true }); });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') return;
  var url = new URL(request.url);
  var address = url.origin + url.pathname;
  if (address === INDEX + 'index.html') address = INDEX;
  if (PAGES.indexOf(address) >= 0) {
    // The cache's pages are never replaced by newer ones from the network: they must name
    // exactly the files this cache holds.
    event.respondWith(fetch(request).catch(function () {
      return fromCache(address).then(function (cached) { return cached || Response.error(); });
    }));
  } else if (HASHED.indexOf(address) >= 0) {
    event.respondWith(fromCache(address).then(function (cached) { return cached || fetch(request); }));
  }
});
