import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileRoutes, publicFiles } from './web-front-ends.js';
import { staticHeaders } from './static-headers.js';

describe('the routes to the files of public/', () => {
  it('lists the files as URL paths, without the compressed copies', () => {
    const root = mkdtempSync(join(tmpdir(), 'tribune-public-'));
    try {
      mkdirSync(join(root, 'assets'));
      for (const file of ['index.html', 'index.html.br', 'embed.js', 'embed.js.gz', 'assets/a-1.js']) {
        writeFileSync(join(root, file), '');
      }
      expect(publicFiles(root)).toEqual(['/assets/a-1.js', '/embed.js', '/index.html']);
      expect(publicFiles(join(root, 'absent'))).toEqual([]);
    } finally {
      rmSync(root, { recursive: true });
    }
  });

  it('routes each file at its path, x.html at /x too, and a folder to its index.html', () => {
    const files = ['/admin.html', '/article/index.html', '/embed.js', '/index.html'];
    expect(Object.fromEntries(fileRoutes(files))).toEqual({
      '/admin.html': '/admin.html',
      '/admin': '/admin.html',
      '/article/index.html': '/article/index.html',
      '/article/index': '/article/index.html',
      '/article': '/article/index.html',
      '/embed.js': '/embed.js',
      '/index.html': '/index.html',
      '/index': '/index.html',
      '/': '/index.html',
    });
  });

  it('lets a file keep its own path before a page without extension or a folder claims it', () => {
    expect(fileRoutes(['/desk', '/desk.html', '/desk/index.html']).get('/desk')).toBe('/desk');
    expect(fileRoutes(['/desk.html', '/desk/index.html']).get('/desk')).toBe('/desk.html');
  });
});

describe('the headers of a file of public/', () => {
  it('caches the hashed assets for good, the widget 5 minutes, the pages not without revalidating', () => {
    expect(staticHeaders('/assets/site-1a2b.js')).toEqual({
      'Cache-Control': 'public, max-age=31536000, immutable',
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'Content-Type': 'text/javascript; charset=utf-8',
      Vary: 'Accept-Encoding',
    });
    expect(staticHeaders('/embed.js')).toMatchObject({
      'Cache-Control': 'public, max-age=300',
      'Cross-Origin-Resource-Policy': 'cross-origin',
    });
    expect(staticHeaders('/moderation.html')).toEqual({
      'Cache-Control': 'no-cache',
      'Content-Type': 'text/html; charset=utf-8',
      Vary: 'Accept-Encoding',
    });
    expect(staticHeaders('/favicon.png')).toEqual({ 'Cache-Control': 'no-cache' });
  });
});
