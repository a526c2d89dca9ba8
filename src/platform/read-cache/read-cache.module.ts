import { Global, Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { ReadCacheInterceptor } from './read-cache.interceptor.js';
import { ReadCacheMiddleware } from './read-cache.middleware.js';
import { ReadCacheService } from './read-cache.service.js';

/** The anonymous read cache: see ReadCacheService. Import it after the logging, draining and metrics modules. */
@Global()
@Module({
  providers: [ReadCacheService, ReadCacheInterceptor],
  exports: [ReadCacheService, ReadCacheInterceptor],
})
export class ReadCacheModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(ReadCacheMiddleware).forRoutes({ path: '*path', method: RequestMethod.GET });
  }
}
