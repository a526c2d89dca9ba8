import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { RateLimitGuard } from './rate-limit.guard.js';
import { RateLimitService, THROTTLER_STORAGE, createThrottlerStorage } from './rate-limit.service.js';

@Global()
@Module({
  providers: [
    {
      provide: THROTTLER_STORAGE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => createThrottlerStorage(config),
    },
    RateLimitService,
    { provide: APP_GUARD, useClass: RateLimitGuard },
  ],
  exports: [RateLimitService],
})
export class RateLimitModule {}
