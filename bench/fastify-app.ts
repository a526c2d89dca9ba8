/**
 * The bench's Fastify twin of createApp (src/app.factory.ts): the same AppModule on
 * `@nestjs/platform-fastify`, with the equivalent setup where Fastify has one, for
 * `BENCH_ONLY=http-layer` only (Tribune runs on Express; see README → Benchmark → the
 * HTTP layer). What it does differently, and what it leaves out, is in FASTIFY_DIFFERENCES.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import proxyaddr from 'proxy-addr';
import { applyApiConventions } from '../src/app.factory.js';
import { AppModule, type AppModuleOptions } from '../src/app.module.js';
import { hardenHttpServer } from '../src/common/http/http-server.js';
import { refuseDeepJson } from '../src/common/http/json-depth.js';
import { fixedSecurityHeaders, requestIdFor } from '../src/common/http/security-headers.js';
import { trustProxySetting } from '../src/config/config.js';
import { featureModules } from '../src/feature-modules.js';
import { AnonymousThreadStreams } from '../src/modules/realtime/anonymous-thread-streams.js';
import { WebModule } from '../src/modules/web/web.module.js';
import { etagMatches } from '../src/platform/read-cache/read-cache.store.js';

/** What the Fastify twin does not do as createApp does, printed with its results. */
export const FASTIFY_DIFFERENCES = [
  'left out: the web module (@nestjs/serve-static: its Fastify loader rejects the SPA wildcard render paths), so no /, /articles/*, /u/*, reader pages or /embed.js',
  'left out: ProfilePagesService.middleware and precompressedStatic (Express middleware: res.status, res.sendFile)',
  'left out: Swagger UI and /openapi.json (not on the measured path)',
  "same: an ETag on every body (as Express's res.send, weak SHA-1) and 304 for a GET naming it; the request id (an upstream X-Request-Id, else a UUID) in X-Request-Id and the log line; fixedSecurityHeaders (helmet computed once) in an onRequest hook; JSON body limit 256 KiB with the depth cap, then JSON.parse",
  "differs: an empty body sent as application/json is a 400 http.malformed_json under Fastify, an empty object (then validation.failed) under Express's body-parser",
  'same: trust proxy (Fastify trustProxy), hardened server timeouts, applyApiConventions (CORS when configured, /api prefix, validation pipe, problem filter, shutdown hooks), the anonymous thread streams in front',
];

/** Express's default ETag of a body (the `etag` package, weak): length and SHA-1, on every response it sends. */
function weakEtag(body: string | Buffer): string {
  const hash = createHash('sha1').update(body).digest('base64').substring(0, 27);
  return `W/"${Buffer.byteLength(body).toString(16)}-${hash}"`;
}

/** The anonymous thread streams take a compiled trust function (Express's `trust proxy fn`). */
function compileTrust(setting: false | number | string[]): (address: string, hop: number) => boolean {
  if (setting === false) return () => false;
  if (typeof setting === 'number') return (_address, hop) => hop < setting;
  return proxyaddr.compile(setting);
}

/**
 * The AppModule under Fastify, in a process of its own (the bench's server): the web
 * module leaves AppModule's feature list here, since @nestjs/serve-static's Fastify loader
 * hands the Express-syntax render paths ('/articles/{*slug}') to Fastify's router, which
 * throws "Wildcard must be the last character in the route" at init.
 */
export async function createFastifyApp(options: AppModuleOptions): Promise<NestFastifyApplication> {
  const web = featureModules.indexOf(WebModule);
  if (web !== -1) featureModules.splice(web, 1);
  const trust = compileTrust(trustProxySetting(options.config.TRUST_PROXY));
  const adapter = new FastifyAdapter({
    trustProxy: trust,
    bodyLimit: 256 * 1024,
    // The request id as createApp's logger mints it (a sane upstream one, else a UUID), sent back below.
    genReqId: (request: IncomingMessage) => requestIdFor(request.headers['x-request-id']),
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(options), adapter, {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  hardenHttpServer(app.getHttpServer() as Server, options.config);
  const fastify = app.getHttpAdapter().getInstance();
  const headers = fixedSecurityHeaders();
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.raw.setHeader('X-Request-Id', request.id);
    for (let i = 0; i < headers.length; i += 2) reply.raw.setHeader(headers[i]!, headers[i + 1]!);
    done();
  });
  // body-parser's work: the depth cap on the raw bytes, then JSON.parse (a throw becomes a 400).
  // Express's res.send: an ETag for every body, and 304 for a GET that names it.
  fastify.addHook('onSend', (request, reply, payload, done) => {
    if ((typeof payload !== 'string' && !Buffer.isBuffer(payload)) || reply.hasHeader('etag'))
      return done(null, payload);
    const etag = weakEtag(payload);
    reply.header('ETag', etag);
    const fresh = (request.method === 'GET' || request.method === 'HEAD') && reply.statusCode < 300;
    if (!fresh || !etagMatches(request.headers['if-none-match'], etag)) return done(null, payload);
    reply.code(304);
    done(null, '');
  });
  app.useBodyParser(
    'application/json',
    { bodyLimit: 256 * 1024 },
    (request: unknown, body: Buffer, done: (error: Error | null, parsed?: unknown) => void) => {
      let parsed: unknown;
      try {
        refuseDeepJson(request, null, body);
        parsed = JSON.parse(body.toString('utf8'));
      } catch (error) {
        // Fastify answers a parser's error with its statusCode: the depth cap's 400 keeps its
        // type, invalid JSON becomes Fastify's own error (its code), with
        // the numeric status the problem filter reads on parser errors, which maps both.
        if ((error as { type?: unknown }).type === 'entity.too.deep') {
          return done(Object.assign(error as Error, { statusCode: 400 }));
        }
        const invalid = new Error("Body is not valid JSON but content-type is set to 'application/json'");
        return done(Object.assign(invalid, { statusCode: 400, status: 400, code: 'FST_ERR_CTP_INVALID_JSON_BODY' }));
      }
      done(null, parsed);
    },
  );
  applyApiConventions(app, options.config);
  app
    .get(AnonymousThreadStreams, { strict: false })
    .install(app.getHttpServer() as Server, trust as Parameters<AnonymousThreadStreams['install']>[1]);
  return app;
}
