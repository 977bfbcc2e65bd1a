import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      // The report worker is an entry of its own: a thread loads it from a file beside the main bundle.
      lib: {
        entry: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          'report-worker': resolve(__dirname, 'electron/core/reports/worker.ts'),
        },
      },
      outDir: resolve(__dirname, 'out/main'),
    },
  },
  preload: {
    build: {
      lib: { entry: resolve(__dirname, 'electron/preload/index.ts') },
      outDir: resolve(__dirname, 'out/preload'),
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
