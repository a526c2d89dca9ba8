import { Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { stdSerializers } from 'pino';
import type { AppConfig } from './config/config.js';
import { ConfigModule } from './config/config.module.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { entities } from './entities.js';
import { featureModules } from './feature-modules.js';
import { HealthModule } from './modules/health/health.module.js';
import { MetricsModule } from './modules/metrics/metrics.module.js';
import { JobsModule } from './platform/jobs/jobs.module.js';
import { ReadCacheModule } from './platform/read-cache/read-cache.module.js';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  /** Runs after Nest closed the HTTP server and its database pool (stops an embedded PostgreSQL). */
  afterShutdown?: () => Promise<void>;
}

/** Runs the caller's teardown once everything Nest owns is closed. */
class AfterShutdown implements OnApplicationShutdown {
  constructor(private readonly callback: () => Promise<void>) {}
  async onApplicationShutdown(): Promise<void> {
    await this.callback();
  }
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, afterShutdown }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.LOG_LEVEL,
            // No genReqId: pino-http logs the id Fastify minted and keeps on the Node request
            // (genRequestId in createApp; a sane upstream X-Request-Id, else a UUID), which
            // Fastify's request hook also sends back. pino-http only mints one when it is absent.
            // One line per request with what an operator reads, never headers or bodies (so no
            // Authorization or cookie to redact): serialising and redacting every header was
            // about a tenth of the CPU of a page served from the read cache. The serializers
            // read the raw request and response (the same fields pino's standard ones give):
            // wrapped, each first built pino's full copy (query string parsed again, headers
            // copied, peer address), a quarter of the request log's CPU in a reply's profile.
            wrapSerializers: false,
            serializers: {
              req: (request: { id: unknown; method: string; url: string; originalUrl?: string }) => ({
                id: request.id,
                method: request.method,
                url: request.originalUrl || request.url,
              }),
              // null before a response's headers are sent, as pino's own; a plain `{statusCode}`
              // (the anonymous thread streams' line) as given.
              res: (response: { statusCode: number; headersSent?: boolean }) => ({
                statusCode: response.headersSent === false ? null : response.statusCode,
              }),
              err: stdSerializers.err,
            },
            autoLogging: { ignore: (request) => request.url === '/api/health' || request.url === '/metrics' },
            quietReqLogger: true,
          },
        }),
        TypeOrmModule.forRoot(dataSourceOptions(config, databaseUrl, entities)),
        // Lets tests (and future tooling) list every route with its access rule.
        DiscoveryModule,
        HealthModule,
        MetricsModule,
        JobsModule.forRoot(databaseUrl),
        // After logging, draining and metrics: a cache hit is logged, counted and identified too.
        ReadCacheModule,
        ...featureModules,
      ],
      providers: afterShutdown ? [{ provide: AfterShutdown, useValue: new AfterShutdown(afterShutdown) }] : [],
    };
  }
}
