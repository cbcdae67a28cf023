import { defineConfig } from 'vitest/config'

// Unit tests only: plain Node, no DOM. Browser behaviour is covered by Playwright in e2e/.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**', 'e2e/**'],
    environment: 'node',
  },
})
