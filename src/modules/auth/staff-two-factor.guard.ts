import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { REQUIRED_ROLES, type Actor, type Role } from '../../common/auth/decorators.js';
import { forbidden } from '../../common/errors/problem.js';
import { SettingsService } from '../../platform/settings/settings.service.js';
import { TwoFactorService } from './two-factor.service.js';

const STAFF_ROLES: readonly Role[] = ['editor', 'moderator', 'admin'];

/**
 * Runs after the access guard. With the live setting `requireStaffTwoFactor`
 * on, a staff route (one whose roles exclude readers) is refused to an editor,
 * moderator or admin whose account has no two-factor authentication: 403
 * `auth.two_factor_required`. Routes every user may call (their own account,
 * turning 2FA on) stay open, so the way out is never blocked.
 */
@Injectable()
export class StaffTwoFactorGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly settings: SettingsService,
    private readonly twoFactor: TwoFactorService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!roles || roles.includes('reader')) return true;
    const actor = context.switchToHttp().getRequest<{ user?: Actor }>().user;
    if (!actor || !STAFF_ROLES.includes(actor.role)) return true;
    if (!(await this.settings.get()).requireStaffTwoFactor) return true;
    if (await this.twoFactor.isEnabled(actor.id)) return true;
    throw forbidden('auth.two_factor_required');
  }
}
