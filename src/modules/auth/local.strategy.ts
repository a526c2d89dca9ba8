import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-local';
import type { User } from '../users/entities/user.entity.js';
import { AuthService } from './auth.service.js';

/** passport-local over `{login, password, otp?}`; login is a username or an email, otp the second factor. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'login', passwordField: 'password', session: false, passReqToCallback: true });
  }

  validate(request: FastifyRequest, login: string, password: string): Promise<User> {
    const otp = (request.body as { otp?: unknown } | undefined)?.otp;
    return this.auth.validateLogin(login, password, typeof otp === 'string' ? otp : undefined);
  }
}
