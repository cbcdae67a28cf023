/**
 * Registers the service worker in a production build, so the app opens offline after the
 * first visit. Relative to the page, so the app works from any sub-path. Where workers are
 * unavailable (a file: URL, a private window that forbids them) the app simply stays online.
 */

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  navigator.serviceWorker.register('./sw.js').catch(() => {
    // Offline use is a convenience; the app works the same without it.
  })
}
