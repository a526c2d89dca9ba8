import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppModule, type AppModuleOptions } from './app.module.js';
import { ProblemFilter } from './common/errors/problem.filter.js';
import { hardenHttpServer } from './common/http/http-server.js';
import { refuseDeepJson } from './common/http/json-depth.js';
import { CORS_EXPOSED_HEADERS, securityHeaders } from './common/http/security-headers.js';
import { createValidationPipe } from './common/http/validation.js';
import { trustProxySetting, type AppConfig } from './config/config.js';
import { buildOpenApiDocument } from './openapi/openapi-document.js';
import { AnonymousThreadStreams } from './modules/realtime/anonymous-thread-streams.js';
import { precompressedStatic } from './modules/web/precompressed.js';
import { ProfilePagesService } from './modules/web/profile-pages.service.js';
import { webRoot } from './modules/web/web-root.js';

/** Every route is under /api, but for these controller paths. */
export const API_PREFIX = { globalPrefix: 'api', unprefixed: ['metrics', 'count.js'] };

const documents = new WeakMap<object, OpenAPIObject>();

/** The OpenAPI document an application built by createApp serves. */
export function openApiDocumentOf(app: object): OpenAPIObject {
  const document = documents.get(app);
  if (!document) throw new Error('not an application built by createApp');
  return document;
}

/**
 * What createApp sets up through Nest alone, whatever the HTTP adapter (the bench's
 * Fastify twin, bench/fastify-app.ts, runs it too): CORS, the /api prefix, validation,
 * problem+json and the shutdown hooks.
 */
export function applyApiConventions(app: INestApplication, config: AppConfig): void {
  // The widget runs on the news site's own pages: those origins may call the API.
  // Tokens travel in the Authorization header, never in cookies, so no credentials mode.
  if (config.CORS_ORIGINS.length > 0) {
    app.enableCors({
      origin: config.CORS_ORIGINS,
      methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: ['Authorization', 'Content-Type', 'Accept-Language', 'Last-Event-ID'],
      exposedHeaders: CORS_EXPOSED_HEADERS,
      maxAge: 600,
    });
  }
  app.setGlobalPrefix(API_PREFIX.globalPrefix, { exclude: API_PREFIX.unprefixed });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemFilter(app.get(HttpAdapterHost)));
  // process.exit(0) after a clean shutdown: SIGTERM while draining is a success, not a crash.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });
}

/**
 * Builds a fully configured application without listening, so main.ts, the CLI
 * and the e2e tests all run exactly the same app.
 */
export async function createApp(options: AppModuleOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  // Only the proxies named in TRUST_PROXY may say who the client is (X-Forwarded-For):
  // by default nobody, so no client picks its own IP to escape a per-IP limit.
  app.set('trust proxy', trustProxySetting(options.config.TRUST_PROXY));
  hardenHttpServer(app.getHttpServer() as Server, options.config);
  app.set('query parser', 'simple');
  app.disable('x-powered-by');
  // The depth cap runs on the raw text (body-parser's `verify`, which Nest's type leaves out
  // because it uses it for rawBody, off here): a body nested 2,000 levels never reaches a
  // recursive parser.
  const jsonOptions = { limit: '256kb', strict: true, verify: refuseDeepJson };
  app.useBodyParser('json', jsonOptions);
  app.use(securityHeaders());
  // public/'s brotli and gzip copies (written at build time): mounted here, outside Nest's
  // middleware (which only covers /api), so that it runs before the static module's originals.
  // Before both: /u/<name> of nobody is a 404 page, not the profile page's 200.
  app.use(app.get(ProfilePagesService).middleware(webRoot()));
  app.use(precompressedStatic(webRoot()));
  applyApiConventions(app, options.config);

  // Anonymous readers' thread streams are answered before Express (see AnonymousThreadStreams).
  app
    .get(AnonymousThreadStreams, { strict: false })
    .install(app.getHttpServer() as Server, app.getHttpAdapter().getInstance().get('trust proxy fn'));

  const document = buildOpenApiDocument(app, API_PREFIX);
  documents.set(app, document);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  // The same document at a stable, short address for client generators.
  const adapter = app.getHttpAdapter();
  adapter.get('/openapi.json', (_request: unknown, response: unknown) => adapter.reply(response, document, 200));
  return app;
}

/**
 * The OpenAPI document without a database: the module graph is built in
 * preview mode (no provider is instantiated, nothing connects), which is all
 * the document needs. Used by `npm run openapi` and the build.
 */
export async function buildOfflineOpenApiDocument(config: AppConfig): Promise<OpenAPIObject> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ config, databaseUrl: config.DATABASE_URL ?? 'postgres://offline/offline' }),
    { preview: true, logger: false, abortOnError: false },
  );
  app.setGlobalPrefix(API_PREFIX.globalPrefix, { exclude: API_PREFIX.unprefixed });
  try {
    return buildOpenApiDocument(app, API_PREFIX);
  } finally {
    await app.close();
  }
}
