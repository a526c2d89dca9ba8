import type { Actor, Role } from '../../common/auth/decorators.js';
import { canEditArticle, canSeeArticle } from './articles.policy.js';

const actor = (role: Role, status: Actor['status'] = 'active'): Actor => ({
  id: role,
  username: role,
  role,
  status,
  suspendedUntil: null,
  createdAt: new Date(0),
});

describe('articles policy', () => {
  it('editors and admins edit, when active', () => {
    expect(canEditArticle(actor('editor'))).toBe(true);
    expect(canEditArticle(actor('admin'))).toBe(true);
    expect(canEditArticle(actor('moderator'))).toBe(false);
    expect(canEditArticle(actor('reader'))).toBe(false);
    expect(canEditArticle(actor('editor', 'suspended'))).toBe(false);
    expect(canEditArticle(undefined)).toBe(false);
  });

  it('a scheduled article is seen by editors and admins only', () => {
    const now = new Date('2030-01-01T00:00:00Z');
    const later = { publishedAt: new Date('2030-01-02T00:00:00Z') };
    expect(canSeeArticle(undefined, later, now)).toBe(false);
    expect(canSeeArticle(actor('moderator'), later, now)).toBe(false);
    expect(canSeeArticle(actor('editor'), later, now)).toBe(true);
    expect(canSeeArticle(undefined, { publishedAt: now }, now)).toBe(true);
  });
});
