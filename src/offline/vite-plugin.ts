/**
 * Builds the service worker (src/offline/sw.js) into the bundle as `sw.js`, with the names
 * of every file the build wrote, and a version that changes with them.
 */

import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'

export function serviceWorker(): Plugin {
  return {
    name: 'clusterscope-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle)
        .filter((name) => !name.endsWith('.map') && name !== 'index.html')
        .sort()
        .map((name) => `./${name}`)
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12)
      const template = readFileSync(new URL('./sw.js', import.meta.url), 'utf8')
      const placeholder = "{ version: 'dev', files: [] }"
      if (!template.includes(placeholder))
        throw new Error('sw.js: the PRECACHE placeholder is gone')
      const source = template.replace(placeholder, JSON.stringify({ version, files }))
      this.emitFile({ type: 'asset', fileName: 'sw.js', source })
    },
  }
}
