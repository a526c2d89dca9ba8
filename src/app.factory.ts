import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppModule, type AppModuleOptions } from './app.module.js';
import { ProblemFilter } from './common/errors/problem.filter.js';
import { answerClientError, hardenHttpServer } from './common/http/http-server.js';
import {
  answerFrameworkError,
  compileTrust,
  genRequestId,
  installJsonParser,
  installResponseConventions,
  JSON_BODY_LIMIT,
} from './common/http/fastify-server.js';
import { CORS_EXPOSED_HEADERS } from './common/http/security-headers.js';
import { createValidationPipe } from './common/http/validation.js';
import { trustProxySetting, type AppConfig } from './config/config.js';
import { buildOpenApiDocument } from './openapi/openapi-document.js';
import { AnonymousThreadStreams } from './modules/realtime/anonymous-thread-streams.js';
import { installWebFrontEnds } from './modules/web/web-front-ends.js';

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
 * and the e2e tests all run exactly the same app: Nest on Fastify (README → Choices).
 */
export async function createApp(
  options: AppModuleOptions & {
    /** Where the built web front ends are (public/ by default; a test serves a folder of its own). */
    webRoot?: string;
  },
): Promise<NestFastifyApplication> {
  // Only the proxies named in TRUST_PROXY may say who the client is (X-Forwarded-For):
  // by default nobody, so no client picks its own IP to escape a per-IP limit.
  const trustProxy = compileTrust(trustProxySetting(options.config.TRUST_PROXY));
  const adapter = new FastifyAdapter({
    trustProxy,
    bodyLimit: JSON_BODY_LIMIT,
    genReqId: genRequestId,
    clientErrorHandler: answerClientError,
    frameworkErrors: answerFrameworkError,
    // A slug or a username longer than Fastify's default of 100 is still a route.
    routerOptions: { maxParamLength: 500, ignoreTrailingSlash: true },
  });
  installResponseConventions(adapter);
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(options), adapter, {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  hardenHttpServer(app.getHttpServer() as Server, options.config);
  installJsonParser(app);
  applyApiConventions(app, options.config);

  // Anonymous readers' thread streams are answered before Fastify (see AnonymousThreadStreams).
  app.get(AnonymousThreadStreams, { strict: false }).install(app.getHttpServer() as Server, trustProxy);

  const document = buildOpenApiDocument(app, API_PREFIX);
  documents.set(app, document);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  // The same document at a stable, short address for client generators.
  const httpAdapter = app.getHttpAdapter();
  httpAdapter.get('/openapi.json', (_request: unknown, response: unknown) =>
    httpAdapter.reply(response, document, 200),
  );
  // public/ (the widget, the demo site, the reader and staff pages): last, so that a path
  // routed above (/openapi.json) stays with its route.
  await installWebFrontEnds(app, options.webRoot);
  return app;
}

/**
 * The OpenAPI document without a database: the module graph is built in
 * preview mode (no provider is instantiated, nothing connects), which is all
 * the document needs. Used by `npm run openapi` and the build.
 */
export async function buildOfflineOpenApiDocument(config: AppConfig): Promise<OpenAPIObject> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot({ config, databaseUrl: config.DATABASE_URL ?? 'postgres://offline/offline' }),
    new FastifyAdapter(),
    { preview: true, logger: false, abortOnError: false },
  );
  app.setGlobalPrefix(API_PREFIX.globalPrefix, { exclude: API_PREFIX.unprefixed });
  try {
    return buildOpenApiDocument(app, API_PREFIX);
  } finally {
    await app.close();
  }
}
