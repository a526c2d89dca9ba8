import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The pages served by the app: the demo news site (/, /articles/:slug), the
 * reader pages (/reset-password, /verify-email, /unsubscribe, /u/:username), the
 * moderation console (/moderation), the newsroom desk (/redaction) and the admin pages (/admin). The reader
 * widget (/embed.js) is built separately as one classic script
 * (vite.embed.config.ts): a news site loads it with a plain <script async>.
 */
export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: fileURLToPath(new URL('../public', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
    // Every page targets browsers with native modulepreload; no polyfill chunk.
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: {
        site: `${root}index.html`,
        article: `${root}article/index.html`,
        reader: `${root}reader/index.html`,
        moderation: `${root}moderation.html`,
        admin: `${root}admin.html`,
        redaction: `${root}redaction.html`,
      },
    },
  },
});
