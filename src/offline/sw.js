/**
 * The service worker: after the first visit the app works without a network. Every file of
 * the build is cached on install (the build writes their names into PRECACHE, and a new
 * build makes a new worker, which replaces the old cache). Pages come from the network
 * when it answers, so a new deploy shows at once, else from the cache; the build's files
 * come from the cache first, since their names change whenever their content does.
 */

/* global self, caches, fetch, URL */

/** Replaced by the build (src/offline/vite-plugin.ts) with the build's own files. */
const PRECACHE = { version: 'dev', files: [] }
const CACHE = `clusterscope-${PRECACHE.version}`

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(['./', ...PRECACHE.files]))
      .then(() => self.skipWaiting()),
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  )
})

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request)
        .then((response) => {
          const copy = response.clone()
          if (response.ok) void caches.open(CACHE).then((cache) => cache.put('./', copy))
          return response
        })
        .catch(() => caches.match('./', { ignoreVary: true })),
    )
    return
  }
  // ignoreVary: a static host may answer `Vary: Origin`, and module scripts carry an Origin.
  event.respondWith(
    caches.match(request, { ignoreVary: true }).then((hit) => hit ?? fetch(request)),
  )
})
