import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

// Unit tests only: plain Node, no DOM. Browser behaviour is covered by Playwright in e2e/.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**', 'e2e/**'],
    environment: 'node',
    // Every core (the default leaves one idle: half of a two-core machine).
    maxWorkers: Math.max(2, availableParallelism()),
    // Test files share a worker's modules instead of importing the kernel and every
    // protocol again each (a third of the suite's time). Tests keep no state between
    // files: fake timers are put back after each test that takes them.
    isolate: false,
    // Simulation-heavy tests (the explorer's) share two cores with each other.
    testTimeout: 20_000,
  },
})
