#!/usr/bin/env node
/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside every compressible file of
 * public/ (JavaScript, CSS, HTML, SVG, from 256 bytes), once per build, at the
 * highest levels: the server then sends these bytes as they are
 * (src/modules/web/web-front-ends.ts) and never compresses per request.
 * Run by `npm run build:web` after Vite.
 */
import { readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = new URL('../public', import.meta.url).pathname;
const COMPRESSIBLE = /\.(js|mjs|css|html|svg)$/;

function* files(directory) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

// Copies of an older build first, so that none outlives its original.
for (const path of [...files(root)]) if (path.endsWith('.br') || path.endsWith('.gz')) unlinkSync(path);

let written = 0;
for (const path of [...files(root)]) {
  if (!COMPRESSIBLE.test(path) || statSync(path).size < 256) continue;
  const bytes = readFileSync(path);
  const br = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
  const gz = gzipSync(bytes, { level: 9 });
  if (br.length < bytes.length) writeFileSync(`${path}.br`, br);
  if (gz.length < bytes.length) writeFileSync(`${path}.gz`, gz);
  written += 1;
}
process.stdout.write(`precompressed ${written} files in public/\n`);
