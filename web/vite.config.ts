import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The page: plain TypeScript and DOM, bundled into web/dist with everything it needs (map data
// included), so it works with no network beyond our own server. No inline scripts (the CSP forbids them).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    target: 'es2022',
  },
  logLevel: 'warn',
});
