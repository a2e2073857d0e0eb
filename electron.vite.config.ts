import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/security.js';

/**
 * The built page carries its CSP in a meta tag too: Electron may not apply response headers to
 * file:// pages. Build only, because the dev server's inline preamble would break under it.
 */
function cspMeta(): Plugin {
  const policy = CONTENT_SECURITY_POLICY.split('; ')
    .filter((d) => !d.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'zhibu-csp-meta',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
      ),
  };
}

export default defineConfig({
  main: {
    // The main process prints every ledger with react-dom/server, bundled here: it would pick its
    // development build at run time (nothing sets NODE_ENV), about twice as slow per page.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: 'out/main',
      // The maintenance thread (start-up check, backups): an entry of its own, beside main.js (offThread/run.ts).
      rollupOptions: {
        input: {
          main: resolve('electron/main.ts'),
          'maintenance-worker': resolve('electron/services/offThread/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be a single CommonJS file.
      rollupOptions: {
        input: { preload: resolve('electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: resolve('renderer/index.html') },
      chunkSizeWarningLimit: 4000,
    },
    plugins: [react(), cspMeta()],
  },
});
