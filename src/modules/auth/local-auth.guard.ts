import { Injectable, type ExecutionContext } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import { ProblemError } from '../../common/errors/problem.js';
import { prototypeKeyPaths } from '../../common/http/validation.js';
import { RateLimitService } from '../../platform/rate-limit/rate-limit.service.js';
import { LoginDto } from './dto/auth.dto.js';

/**
 * Runs passport-local for POST /auth/login, after checking the body's shape
 * (guards run before pipes, so a malformed body would otherwise read as a bad
 * password) and counting the attempt against the login name's rate limit.
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  constructor(private readonly rateLimits: RateLimitService) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const forbidden = prototypeKeyPaths(request.body);
    if (forbidden.length > 0) {
      throw new ProblemError(
        400,
        'validation.failed',
        {},
        forbidden.map((field) => ({ field, code: 'validation.forbidden_key' })),
      );
    }
    const dto = plainToInstance(LoginDto, request.body ?? {});
    const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
    if (errors.length > 0) {
      throw new ProblemError(
        400,
        'validation.failed',
        {},
        errors.flatMap((e) => Object.values(e.constraints ?? {}).map((message) => ({ field: e.property, message }))),
      );
    }
    await this.rateLimits.consume('loginPerMinute', `login:${dto.login.trim().toLowerCase()}`);
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    if (error) throw error;
    if (!user) throw new ProblemError(401, 'auth.invalid_credentials');
    return user;
  }
}
