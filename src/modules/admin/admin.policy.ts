import type { Actor, Role } from '../../common/auth/decorators.js';
import { forbidden } from '../../common/errors/problem.js';

export interface ManagedUser {
  id: string;
  role: Role;
}

type AdminActor = Pick<Actor, 'id' | 'role'>;

/**
 * What an admin may do to an account. Acting on oneself is refused (403): an
 * admin cannot change their own role (no self-demotion, so the last admin can
 * never lock everyone out by mistake), ban or erase themself through the admin
 * routes. The "last admin" rule depends on the database and is a 409 in the service.
 */
export function canChangeRole(actor: AdminActor, target: ManagedUser): boolean {
  return actor.role === 'admin' && actor.id !== target.id;
}

export function ensureCanChangeRole(actor: AdminActor, target: ManagedUser): void {
  if (actor.id === target.id) throw forbidden('admin.cannot_change_own_role');
  if (!canChangeRole(actor, target)) throw forbidden('auth.role_required', { roles: 'admin' });
}

export function canBan(actor: AdminActor, target: ManagedUser): boolean {
  return actor.role === 'admin' && actor.id !== target.id;
}

export function ensureCanBan(actor: AdminActor, target: ManagedUser): void {
  if (actor.id === target.id) throw forbidden('admin.cannot_sanction_self');
  if (!canBan(actor, target)) throw forbidden('auth.role_required', { roles: 'admin' });
}

export function canAnonymize(actor: AdminActor, target: ManagedUser): boolean {
  return actor.role === 'admin' && actor.id !== target.id;
}

export function ensureCanAnonymize(actor: AdminActor, target: ManagedUser): void {
  if (actor.id === target.id) throw forbidden('admin.cannot_erase_self');
  if (!canAnonymize(actor, target)) throw forbidden('auth.role_required', { roles: 'admin' });
}

/** Would taking `target` out of the usable admins (demotion, ban, erasure) leave none? */
export function wouldRemoveLastAdmin(target: ManagedUser, usableAdminIds: readonly string[]): boolean {
  return target.role === 'admin' && usableAdminIds.includes(target.id) && usableAdminIds.length <= 1;
}
