import { Module, type OnModuleInit } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { ApiKeysModule } from '../api-keys/api-keys.module.js';
import { UsersModule } from '../users/users.module.js';
import { UsersService } from '../users/users.service.js';
import { AccessGuard } from './access.guard.js';
import { AccountController } from './account.controller.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { EmailVerificationService } from './email-verification.service.js';
import { JwtStrategy } from './jwt.strategy.js';
import { LocalStrategy } from './local.strategy.js';
import { IdentitiesService } from './identities.service.js';
import { OidcController } from './oidc.controller.js';
import { OidcService } from './oidc.service.js';
import { SsoController } from './sso.controller.js';
import { SsoService } from './sso.service.js';
import { StaffTwoFactorGuard } from './staff-two-factor.guard.js';
import { TwoFactorController } from './two-factor.controller.js';
import { TwoFactorService } from './two-factor.service.js';
import { SessionsRepository } from './sessions.repository.js';

@Module({
  imports: [
    PassportModule,
    UsersModule,
    ApiKeysModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.JWT_SECRET,
        signOptions: { algorithm: 'HS256', expiresIn: config.JWT_ACCESS_TTL_SECONDS },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  controllers: [AuthController, AccountController, SsoController, OidcController, TwoFactorController],
  providers: [
    AuthService,
    EmailVerificationService,
    IdentitiesService,
    SsoService,
    OidcService,
    TwoFactorService,
    JwtStrategy,
    LocalStrategy,
    { provide: APP_GUARD, useClass: AccessGuard },
    // After the access guard, which sets request.user.
    { provide: APP_GUARD, useClass: StaffTwoFactorGuard },
  ],
  exports: [AuthService, TwoFactorService, JwtModule],
})
export class AuthModule implements OnModuleInit {
  constructor(private readonly users: UsersService) {}

  /** An erased account keeps no session and no reset token. */
  onModuleInit(): void {
    this.users.onErase((manager, userId) => SessionsRepository.deleteAll(manager, userId));
  }
}
