import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import type { User } from '../users/entities/user.entity.js';
import { AuthService } from './auth.service.js';

/** passport-local over `{login, password}`; login is a username or an email. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'login', passwordField: 'password', session: false });
  }

  validate(login: string, password: string): Promise<User> {
    return this.auth.validateLogin(login, password);
  }
}
