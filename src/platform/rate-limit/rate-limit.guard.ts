import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { RATE_LIMIT } from './rate-limit.decorator.js';
import { RateLimitService, type RateLimitBucket } from './rate-limit.service.js';

/** Applies `@RateLimit(bucket)` per client IP (Express's req.ip honours the trusted proxy setting). */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly rateLimits: RateLimitService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const bucket = this.reflector.get<RateLimitBucket | undefined>(RATE_LIMIT, context.getHandler());
    if (!bucket) return true;
    const request = context.switchToHttp().getRequest<Request>();
    await this.rateLimits.consume(bucket, `ip:${request.ip ?? 'unknown'}`);
    return true;
  }
}
