import type { Role } from '../../common/auth/decorators.js';
import { ProblemError } from '../../common/errors/problem.js';
import {
  canFlagPost,
  canSanctionUser,
  canSeePost,
  ensureCanFlagPost,
  ensureCanModeratePostBy,
  ensureCanSanctionUser,
  isClaimedByAnother,
} from './moderation.policy.js';

const user = (id: string, role: Role = 'reader') => ({ id, role });

function statusOf(run: () => void): number | null {
  try {
    run();
    return null;
  } catch (error) {
    return (error as ProblemError).getStatus();
  }
}

describe('moderation policy', () => {
  it('everyone sees visible posts; only staff see hidden ones; authors see their pending posts', () => {
    expect(canSeePost(null, { status: 'visible', authorId: 'a' })).toBe(true);
    expect(canSeePost(user('r'), { status: 'hidden', authorId: 'a' })).toBe(false);
    expect(canSeePost(user('m', 'moderator'), { status: 'hidden', authorId: 'a' })).toBe(true);
    expect(canSeePost(user('a'), { status: 'pending', authorId: 'a' })).toBe(true);
    expect(canSeePost(user('r'), { status: 'pending', authorId: 'a' })).toBe(false);
    expect(canSeePost(user('m', 'admin'), { status: 'deleted', authorId: 'a' })).toBe(false);
  });

  it('nobody flags their own post (422); an invisible post is a 404', () => {
    expect(canFlagPost(user('a'), { status: 'visible', authorId: 'a' })).toBe(false);
    expect(canFlagPost(user('b'), { status: 'visible', authorId: 'a' })).toBe(true);
    expect(statusOf(() => ensureCanFlagPost(user('a'), { status: 'visible', authorId: 'a' }))).toBe(422);
    expect(statusOf(() => ensureCanFlagPost(user('b'), { status: 'hidden', authorId: 'a' }))).toBe(404);
    expect(statusOf(() => ensureCanFlagPost(user('b'), { status: 'visible', authorId: 'a' }))).toBeNull();
  });

  it.each<[Role, Role, boolean]>([
    ['moderator', 'reader', true],
    ['moderator', 'editor', true],
    ['moderator', 'moderator', false],
    ['moderator', 'admin', false],
    ['admin', 'reader', true],
    ['admin', 'moderator', true],
    ['admin', 'admin', true],
    ['editor', 'reader', false],
    ['reader', 'reader', false],
  ])('%s may sanction another %s: %s', (actorRole, targetRole, allowed) => {
    expect(canSanctionUser(user('x', actorRole), user('y', targetRole))).toBe(allowed);
    expect(statusOf(() => ensureCanSanctionUser(user('x', actorRole), user('y', targetRole)))).toBe(
      allowed ? null : 403,
    );
  });

  it('nobody sanctions themselves, admins included', () => {
    expect(canSanctionUser(user('x', 'admin'), user('x', 'admin'))).toBe(false);
    expect(statusOf(() => ensureCanSanctionUser(user('x', 'admin'), user('x', 'admin')))).toBe(403);
  });

  it("acting on a post follows its author's rank; an erased author's post is fair game", () => {
    expect(statusOf(() => ensureCanModeratePostBy(user('m', 'moderator'), user('r', 'reader')))).toBeNull();
    expect(statusOf(() => ensureCanModeratePostBy(user('m', 'moderator'), user('m2', 'moderator')))).toBe(403);
    expect(statusOf(() => ensureCanModeratePostBy(user('m', 'moderator'), user('a', 'admin')))).toBe(403);
    expect(statusOf(() => ensureCanModeratePostBy(user('m', 'moderator'), user('m', 'moderator')))).toBe(403);
    expect(statusOf(() => ensureCanModeratePostBy(user('a', 'admin'), user('m', 'moderator')))).toBeNull();
    expect(statusOf(() => ensureCanModeratePostBy(user('m', 'moderator'), null))).toBeNull();
  });

  it('a claim binds others for 15 minutes, never its holder', () => {
    const now = new Date('2030-01-01T12:00:00Z');
    const claimed = (minutesAgo: number, by = 'm1') => ({
      claimedById: by,
      claimedAt: new Date(now.getTime() - minutesAgo * 60_000),
    });
    expect(isClaimedByAnother(user('m2'), claimed(1), now)).toBe(true);
    expect(isClaimedByAnother(user('m1'), claimed(1), now)).toBe(false);
    expect(isClaimedByAnother(user('m2'), claimed(15), now)).toBe(false);
    expect(isClaimedByAnother(user('m2'), { claimedById: null, claimedAt: null }, now)).toBe(false);
  });
});
