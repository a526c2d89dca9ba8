import type { Server } from 'node:http';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule, type AppModuleOptions } from './app.module.js';
import { ProblemFilter } from './common/errors/problem.filter.js';
import { hardenHttpServer } from './common/http/http-server.js';
import { refuseDeepJson } from './common/http/json-depth.js';
import { createValidationPipe } from './common/http/validation.js';
import { trustProxySetting } from './config/config.js';

/** The pages' Content-Security-Policy: everything from our own origin (inline styles allowed). */
const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  frameAncestors: ["'self'"],
};

/** Paths served outside the /api prefix. */
const UNPREFIXED = ['metrics', 'count.js'];

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
  app.use(helmet({ contentSecurityPolicy: { directives: CSP_DIRECTIVES } }));
  // The widget runs on the news site's own pages: those origins may call the API.
  // Tokens travel in the Authorization header, never in cookies, so no credentials mode.
  if (options.config.CORS_ORIGINS.length > 0) {
    app.enableCors({
      origin: options.config.CORS_ORIGINS,
      methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: ['Authorization', 'Content-Type', 'Accept-Language', 'Last-Event-ID'],
      exposedHeaders: ['Retry-After', 'X-Request-Id'],
      maxAge: 600,
    });
  }
  app.setGlobalPrefix('api', { exclude: UNPREFIXED });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemFilter());
  // process.exit(0) after a clean shutdown: SIGTERM while draining is a success, not a crash.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Tribune')
      .setDescription(
        'Reader discussions, polls, error reports and moderation for a news site. Errors are RFC 9457 problem+json.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return app;
}
