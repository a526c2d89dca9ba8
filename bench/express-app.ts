/**
 * The bench's Express twin of createApp (src/app.factory.ts): the same AppModule on
 * `@nestjs/platform-express`, set up as Tribune ran on Express until the HTTP layer moved to
 * Fastify, for `BENCH_ONLY=http-layer` only (README → Benchmark → the HTTP layer). What it
 * does differently, and what it leaves out, is in EXPRESS_DIFFERENCES.
 */
import type { Server, ServerResponse } from 'node:http';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { applyApiConventions } from '../src/app.factory.js';
import { AppModule, type AppModuleOptions } from '../src/app.module.js';
import { answerClientError, hardenHttpServer } from '../src/common/http/http-server.js';
import { refuseDeepJson } from '../src/common/http/json-depth.js';
import { fixedSecurityHeaders } from '../src/common/http/security-headers.js';
import { trustProxySetting } from '../src/config/config.js';
import { featureModules } from '../src/feature-modules.js';
import { AnonymousThreadStreams } from '../src/modules/realtime/anonymous-thread-streams.js';
import { WebModule } from '../src/modules/web/web.module.js';

/** What the Express twin does not do as createApp does, printed with its results. */
export const EXPRESS_DIFFERENCES = [
  'left out: the web front ends (/, /articles/*, /u/*, reader pages, /embed.js), Swagger UI and /openapi.json (not on the measured path)',
  "same: Express's own ETag on every body (weak SHA-1) and 304 for a GET naming it, as createApp's onSend hook; the request id (an upstream X-Request-Id, else a UUID) in X-Request-Id and the log line; fixedSecurityHeaders; JSON body limit 256 KiB with the depth cap (body-parser's verify)",
  'same: trust proxy, hardened server timeouts, client errors as problem+json, applyApiConventions (CORS when configured, /api prefix, validation pipe, problem filter, shutdown hooks), the anonymous thread streams in front',
];

/** The AppModule under Express, in a process of its own (the bench's server). */
export async function createExpressApp(options: AppModuleOptions): Promise<NestExpressApplication> {
  const web = featureModules.indexOf(WebModule);
  if (web !== -1) featureModules.splice(web, 1);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', trustProxySetting(options.config.TRUST_PROXY));
  const server = app.getHttpServer() as Server;
  hardenHttpServer(server, options.config);
  server.on('clientError', answerClientError);
  app.set('query parser', 'simple');
  app.disable('x-powered-by');
  // The depth cap runs on the raw text (body-parser's `verify`, which Nest's type leaves out).
  const jsonOptions = { limit: '256kb', strict: true, verify: refuseDeepJson };
  app.useBodyParser('json', jsonOptions);
  const headers = fixedSecurityHeaders();
  app.use((_request: unknown, response: ServerResponse, next: () => void) => {
    for (let i = 0; i < headers.length; i += 2) response.setHeader(headers[i]!, headers[i + 1]!);
    next();
  });
  applyApiConventions(app, options.config);
  app
    .get(AnonymousThreadStreams, { strict: false })
    .install(server, app.getHttpAdapter().getInstance().get('trust proxy fn'));
  return app;
}
