import type { Actor, Role } from '../../common/auth/decorators.js';
import {
  canDeletePost,
  canEditPost,
  canReadPostBody,
  canReadRevisions,
  ensureCanEditPost,
  ensureCanVote,
} from './posts.policy.js';

const actor = (id: string, role: Role = 'reader', status: Actor['status'] = 'active'): Actor => ({
  id,
  username: id,
  role,
  status,
  suspendedUntil: null,
  createdAt: new Date(0),
});
const post = (overrides: Partial<Parameters<typeof canEditPost>[1]> = {}) => ({
  authorId: 'author',
  status: 'visible' as const,
  threadStatus: 'open' as const,
  createdAt: new Date('2030-01-01T00:00:00Z'),
  ...overrides,
});
const now = new Date('2030-01-01T00:10:00Z');

describe('posts policy', () => {
  it('body: visible to all; pending to its author and staff; hidden and deleted to staff only', () => {
    expect(canReadPostBody(undefined, post())).toBe(true);
    expect(canReadPostBody(actor('author'), post({ status: 'pending' }))).toBe(true);
    expect(canReadPostBody(actor('x'), post({ status: 'pending' }))).toBe(false);
    expect(canReadPostBody(actor('author'), post({ status: 'hidden' }))).toBe(false);
    expect(canReadPostBody(actor('m', 'moderator'), post({ status: 'deleted' }))).toBe(true);
    expect(canReadPostBody(actor('e', 'editor'), post({ status: 'hidden' }))).toBe(false);
  });

  it('edit: the active author while open and within the window; staff always; others never', () => {
    expect(canEditPost(actor('author'), post(), 0, now)).toBe(true);
    expect(canEditPost(actor('author'), post(), 5, now)).toBe(false);
    expect(canEditPost(actor('author'), post(), 15, now)).toBe(true);
    expect(canEditPost(actor('author'), post({ threadStatus: 'locked' }), 0, now)).toBe(false);
    expect(canEditPost(actor('author', 'reader', 'suspended'), post(), 0, now)).toBe(false);
    expect(canEditPost(actor('m', 'moderator'), post({ threadStatus: 'locked' }), 5, now)).toBe(true);
    expect(canEditPost(actor('x'), post(), 0, now)).toBe(false);
    expect(canEditPost(undefined, post(), 0, now)).toBe(false);
    expect(canEditPost(actor('author'), post({ status: 'deleted' }), 0, now)).toBe(false);
  });

  it('edit refusals: 403 for a stranger or a passed window, 409 for a locked thread', () => {
    expect(() => ensureCanEditPost(actor('x'), post(), 0, now)).toThrow(expect.objectContaining({ status: 403 }));
    expect(() => ensureCanEditPost(actor('author'), post(), 5, now)).toThrow(expect.objectContaining({ status: 403 }));
    expect(() => ensureCanEditPost(actor('author'), post({ threadStatus: 'locked' }), 0, now)).toThrow(
      expect.objectContaining({ status: 409 }),
    );
  });

  it('delete: the active author only; revisions: the author and staff', () => {
    expect(canDeletePost(actor('author'), post())).toBe(true);
    expect(canDeletePost(actor('a', 'admin'), post())).toBe(false);
    expect(canDeletePost(actor('author'), post({ status: 'deleted' }))).toBe(false);
    expect(canReadRevisions(actor('author'), post())).toBe(true);
    expect(canReadRevisions(actor('m', 'moderator'), post())).toBe(true);
    expect(canReadRevisions(actor('e', 'editor'), post())).toBe(false);
  });

  it('vote: 422 on one own post, 409 on a post that is not visible', () => {
    expect(() => ensureCanVote(actor('author'), post())).toThrow(expect.objectContaining({ status: 422 }));
    expect(() => ensureCanVote(actor('x'), post({ status: 'hidden' }))).toThrow(
      expect.objectContaining({ status: 409 }),
    );
    expect(() => ensureCanVote(actor('x'), post())).not.toThrow();
  });
});
