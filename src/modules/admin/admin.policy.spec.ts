import { ProblemError } from '../../common/errors/problem.js';
import {
  canAnonymize,
  canBan,
  canChangeRole,
  ensureCanAnonymize,
  ensureCanBan,
  ensureCanChangeRole,
  wouldRemoveLastAdmin,
} from './admin.policy.js';

const admin = { id: 'a', role: 'admin' as const };
const otherAdmin = { id: 'b', role: 'admin' as const };
const moderator = { id: 'm', role: 'moderator' as const };
const reader = { id: 'r', role: 'reader' as const };

const statusOf = (run: () => void): number | null => {
  try {
    run();
    return null;
  } catch (error) {
    return (error as ProblemError).getStatus();
  }
};

describe('admin policy', () => {
  it('lets an admin change the role of anyone but themself', () => {
    expect(canChangeRole(admin, reader)).toBe(true);
    expect(canChangeRole(admin, otherAdmin)).toBe(true);
    expect(canChangeRole(admin, admin)).toBe(false);
    expect(statusOf(() => ensureCanChangeRole(admin, admin))).toBe(403);
    expect(statusOf(() => ensureCanChangeRole(admin, otherAdmin))).toBeNull();
  });

  it('refuses role changes, bans and erasures to non-admins', () => {
    expect(canChangeRole(moderator, reader)).toBe(false);
    expect(canBan(moderator, reader)).toBe(false);
    expect(canAnonymize(moderator, reader)).toBe(false);
    expect(statusOf(() => ensureCanBan(moderator, reader))).toBe(403);
  });

  it('refuses an admin banning or erasing themself', () => {
    expect(canBan(admin, admin)).toBe(false);
    expect(canAnonymize(admin, admin)).toBe(false);
    expect(statusOf(() => ensureCanBan(admin, admin))).toBe(403);
    expect(statusOf(() => ensureCanAnonymize(admin, admin))).toBe(403);
    expect(statusOf(() => ensureCanAnonymize(admin, reader))).toBeNull();
  });

  it('detects the last usable admin', () => {
    expect(wouldRemoveLastAdmin(otherAdmin, ['b'])).toBe(true);
    expect(wouldRemoveLastAdmin(otherAdmin, ['a', 'b'])).toBe(false);
    expect(wouldRemoveLastAdmin(reader, ['a'])).toBe(false);
    // A banned admin is not among the usable ones: taking it out removes nobody.
    expect(wouldRemoveLastAdmin(otherAdmin, ['a'])).toBe(false);
  });
});
