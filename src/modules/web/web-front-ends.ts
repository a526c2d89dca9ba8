import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from '@nestjs/common';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, onSendHookHandler } from 'fastify';
import { sendProblem } from '../../common/http/fastify-server.js';
import { ProfilePagesService } from './profile-pages.service.js';
import { staticHeaders } from './static-headers.js';
import { PROFILE_PAGES, RENDERED_PAGES } from './web-pages.js';
import { webRoot } from './web-root.js';

/** The brotli and gzip copies scripts/precompress.mjs writes: sent in place of their original, never at their own path. */
const COMPRESSED_COPY = /\.(br|gz)$/;

/** The files of public/ as URL paths ('/embed.js', '/article/index.html'), without the compressed copies. */
export function publicFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (directory: string, path: string): void => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(directory, entry.name), `${path}${entry.name}/`);
      else if (entry.isFile() && !COMPRESSED_COPY.test(entry.name)) found.push(`${path}${entry.name}`);
    }
  };
  if (existsSync(root)) walk(root, '/');
  return found.sort();
}

/**
 * The URL path of each route to a file, as express.static served them with
 * `index: 'index.html', extensions: ['html']`: every file at its own path, then `/x`
 * for `x.html`, then a folder's path for its index.html (`/` for /index.html). The
 * first claim on a path wins; a trailing slash does not make another path (the
 * router ignores it).
 */
export function fileRoutes(files: string[]): Map<string, string> {
  const routes = new Map<string, string>();
  const claim = (url: string, file: string) => {
    const key = url.length > 1 ? url.replace(/\/$/, '') : url;
    if (!routes.has(key)) routes.set(key, file);
  };
  for (const file of files) claim(file, file);
  for (const file of files) if (file.endsWith('.html')) claim(file.slice(0, -'.html'.length), file);
  for (const file of files) if (file.endsWith('/index.html')) claim(file.slice(0, -'index.html'.length), file);
  return routes;
}

/**
 * The file's own headers (staticHeaders) on what sendFile sends, a stream: the file,
 * whichever copy, or its 304, which names no type (@fastify/static names the
 * compressed copy's). An answer that replaces the file (an error) keeps its own.
 */
function headersOf(file: string): onSendHookHandler {
  const headers = staticHeaders(file);
  return (_request, reply, payload, done) => {
    if (payload instanceof Readable) {
      reply.headers(headers);
      if (reply.statusCode === 304) reply.removeHeader('Content-Type');
    }
    done(null, payload);
  };
}

/** The path part of a request's URL, still percent-encoded. */
const pathOf = (url: string) => url.split('?', 1)[0]!;

/**
 * `/u/<username>`: the profile page for a live account (200), the "not found" page for
 * a name that shows nobody (404), the page with 503 and Retry-After when the look-up
 * failed (never revalidated to a 304: it is no copy of the 200).
 */
function profilePage(profiles: ProfilePagesService, root: string) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
    const answer = await profiles.answer(root, pathOf(request.url), request.headers['accept-language']);
    if (answer.status === 404) {
      return reply
        .code(404)
        .headers({
          'Content-Type': 'text/html; charset=utf-8',
          'Cache-Control': 'no-cache',
          'Content-Language': answer.language,
          Vary: 'Accept-Language',
        })
        .send(answer.html);
    }
    if (answer.status === 503) {
      return reply
        .code(503)
        .header('Retry-After', '5')
        .sendFile(PROFILE_PAGES.file, { etag: false, lastModified: false });
    }
    return reply.sendFile(PROFILE_PAGES.file);
  };
}

const logger = new Logger('WebFrontEnds');

/**
 * A file routed at startup that can no longer be read (public/ changed under the running
 * server: a loop of links, a permission): a problem+json 500, logged with its cause. Left to
 * Fastify, the answer was its own JSON naming the file's path on disk. A file that is gone
 * is not an error here: @fastify/static answers it with the 404 of any unknown path.
 */
function answerUnreadableFile(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  logger.error({ err: error, requestId: request.id }, 'a file of public/ could not be sent');
  sendProblem(request, reply, 500, 'http.internal');
}

/**
 * Serves the web front ends built from web/ into public/ (see web.module.ts): one
 * GET/HEAD route per file found at startup (fileRoutes), the rendered pages
 * (`/articles/*`, the reader pages) and the profiles (`/u/*`). Explicit routes, no
 * catch-all: any other path, /api/… first, stays Nest's 404 (problem+json). A path
 * the app already answers (`/openapi.json`, the live document, which the build also
 * writes to public/) is left to it. @fastify/static sends the files (ETag from size
 * and mtime, 304, ranges) and, to a client that accepts them, their brotli or gzip
 * copies (`preCompressed`: brotli first when both are accepted alike); registered in
 * a plugin of its own, so its `reply.sendFile` decorates these routes only.
 * Called by createApp after every other route it adds itself.
 */
export async function installWebFrontEnds(app: NestFastifyApplication, root = webRoot()): Promise<void> {
  const profiles = app.get(ProfilePagesService);
  const routes = [...fileRoutes(publicFiles(root)), ...RENDERED_PAGES.map(({ url, file }) => [url, file] as const)];
  await app.register(async (web: FastifyInstance) => {
    await web.register(fastifyStatic, { root, serve: false, preCompressed: true, index: false, dotfiles: 'deny' });
    web.setErrorHandler(answerUnreadableFile);
    for (const [url, file] of routes) {
      if (web.hasRoute({ method: 'GET', url })) continue;
      web.route({
        method: ['GET', 'HEAD'],
        url,
        onSend: headersOf(file),
        handler: (_request, reply) => reply.sendFile(file),
      });
    }
    web.route({
      method: ['GET', 'HEAD'],
      url: PROFILE_PAGES.url,
      onSend: headersOf(PROFILE_PAGES.file),
      handler: profilePage(profiles, root),
    });
  });
}
