/**
 * Vite build of the renderer: a static bundle in dist/renderer, loaded by Electron from disk
 * (`file://`, hence the relative `base`) or served by the browser-mode host on 127.0.0.1.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { dictionaries } from './vite-dictionaries.js';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [react(), dictionaries()],
  build: {
    outDir: path.resolve(root, '../dist/renderer'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    // OSTAL_RENDERER_MINIFY=0 (the typing profile, build/bench.mjs): functions keep their names.
    minify: process.env.OSTAL_RENDERER_MINIFY !== '0',
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
