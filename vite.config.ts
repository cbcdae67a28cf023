import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { serviceWorker } from './src/offline/vite-plugin'

// base './' makes every asset URL relative, so `dist/` works from any path on a static host.
export default defineConfig({
  base: './',
  plugins: [react(), serviceWorker()],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: { target: 'es2022', sourcemap: true },
})
