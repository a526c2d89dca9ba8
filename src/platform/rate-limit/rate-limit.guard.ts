import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { RATE_LIMIT } from './rate-limit.decorator.js';
import { RateLimitService, type RateLimitBucket } from './rate-limit.service.js';

/** Applies `@RateLimit(bucket)` per client IP (Fastify's request.ip honours TRUST_PROXY). */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly rateLimits: RateLimitService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const bucket = this.reflector.get<RateLimitBucket | undefined>(RATE_LIMIT, context.getHandler());
    if (!bucket) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    // Typed string, but undefined once the client has gone (no socket address left).
    await this.rateLimits.consume(bucket, `ip:${request.ip ?? 'unknown'}`);
    return true;
  }
}
