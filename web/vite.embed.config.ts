import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The reader widget: one self-contained classic script, public/embed.js. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: false,
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: fileURLToPath(new URL('../public', import.meta.url)),
    emptyOutDir: false,
    target: 'es2020',
    reportCompressedSize: false,
    lib: {
      entry: fileURLToPath(new URL('src/widget/main.tsx', import.meta.url)),
      formats: ['iife'],
      name: 'TribuneEmbed',
      fileName: () => 'embed.js',
    },
  },
});
