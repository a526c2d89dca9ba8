import type { Role } from '../../common/auth/decorators.js';
import { ProblemError } from '../../common/errors/problem.js';
import { CLAIM_TTL_MS } from './moderation.policy.js';
import { decidePostAction, type LockedPost, type OpenItem, type PostActionState } from './post-action.js';

const moderator = { id: 'mod', role: 'moderator' as Role };
const post = (status: LockedPost['status'], extra: Partial<LockedPost> = {}): LockedPost => ({
  id: 'p',
  status,
  thread_id: 't',
  number: 3,
  author_id: 'a',
  flag_count: 2,
  moderation_reason: 'spam?',
  ...extra,
});
const item = (extra: Partial<OpenItem> = {}): OpenItem => ({
  id: 'i',
  kind: 'flagged',
  reasons: {},
  created_at: new Date('2026-01-01T00:00:00Z'),
  claimed_by_id: null,
  claimed_at: null,
  claimed_by_username: null,
  ...extra,
});
const state = (p: LockedPost, i: OpenItem | null = null, authorRole: Role = 'reader'): PostActionState => ({
  post: p,
  author: { id: 'a', role: authorRole },
  item: i,
});

function problem(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return `${(error as ProblemError).getStatus()} ${(error as ProblemError).code}`;
  }
  throw new Error('no problem thrown');
}

describe('decidePostAction', () => {
  it('approving a pending post publishes it and dismisses its flags', () => {
    expect(decidePostAction(moderator, 'approve', null, state(post('pending'), item({ kind: 'pending' })))).toEqual({
      transition: {
        status: 'visible',
        flagOutcome: 'dismissed',
        resetFlags: true,
        resolution: 'approved',
        moderationReason: null,
      },
      flagCount: 0,
      published: true,
    });
  });

  it('approving a flagged post dismisses the flags: a hidden one comes back, a visible one keeps its reason', () => {
    const hidden = decidePostAction(moderator, 'approve', null, state(post('hidden'), item()));
    expect([hidden.transition.status, hidden.transition.resolution, hidden.transition.moderationReason]).toEqual([
      'visible',
      'dismissed',
      null,
    ]);
    expect(hidden.published).toBe(false);
    const visible = decidePostAction(moderator, 'approve', null, state(post('visible'), item()));
    expect([visible.transition.status, visible.transition.moderationReason, visible.flagCount]).toEqual([
      'visible',
      'spam?',
      0,
    ]);
  });

  it('approving a post under a DSA notice keeps it (notices dismissed); an appealed one is decided by its appeal', () => {
    const kept = decidePostAction(moderator, 'approve', null, state(post('visible'), item({ kind: 'dsa_notice' })));
    expect([kept.transition.status, kept.transition.resolution]).toEqual(['visible', 'dismissed']);
    expect(
      problem(() => decidePostAction(moderator, 'approve', null, state(post('hidden'), item({ kind: 'appeal' })))),
    ).toBe('409 moderation.invalid_transition');
  });

  it('rejecting and hiding keep the flags (agreed) and store the reason', () => {
    const rejected = decidePostAction(
      moderator,
      'reject',
      'off topic',
      state(post('pending'), item({ kind: 'pending' })),
    );
    expect([rejected.transition.status, rejected.transition.flagOutcome, rejected.flagCount]).toEqual([
      'hidden',
      'agreed',
      2,
    ]);
    expect(rejected.transition.moderationReason).toBe('off topic');
    expect(decidePostAction(moderator, 'hide', 'abuse', state(post('visible'))).transition.resolution).toBe('hidden');
    expect(decidePostAction(moderator, 'restore', null, state(post('hidden'))).transition.status).toBe('visible');
  });

  it('hiding an auto-hidden post under review confirms the hide: it stays hidden, flags agreed; without an open item, 409', () => {
    for (const kind of ['flagged', 'dsa_notice'] as const) {
      const confirmed = decidePostAction(moderator, 'hide', 'injures', state(post('hidden'), item({ kind })));
      expect(confirmed).toEqual({
        transition: {
          status: 'hidden',
          flagOutcome: 'agreed',
          resetFlags: false,
          resolution: 'hidden',
          moderationReason: 'injures',
        },
        flagCount: 2,
        published: false,
      });
    }
    expect(problem(() => decidePostAction(moderator, 'hide', 'encore', state(post('hidden'))))).toBe(
      '409 moderation.invalid_transition',
    );
    expect(
      problem(() => decidePostAction(moderator, 'hide', 'encore', state(post('hidden'), item({ kind: 'appeal' })))),
    ).toBe('409 moderation.invalid_transition');
  });

  it('refuses an action that does not apply to the post state (409 naming the state)', () => {
    expect(problem(() => decidePostAction(moderator, 'approve', null, state(post('visible'))))).toBe(
      '409 moderation.invalid_transition',
    );
    expect(problem(() => decidePostAction(moderator, 'reject', null, state(post('visible'))))).toBe(
      '409 moderation.invalid_transition',
    );
    expect(problem(() => decidePostAction(moderator, 'hide', null, state(post('deleted'))))).toBe(
      '409 moderation.invalid_transition',
    );
    expect(problem(() => decidePostAction(moderator, 'restore', null, state(post('visible'))))).toBe(
      '409 moderation.invalid_transition',
    );
  });

  it("refuses a moderator on an admin's post (403) before looking at the claim", () => {
    const claimed = item({ claimed_by_id: 'other', claimed_at: new Date() });
    expect(problem(() => decidePostAction(moderator, 'hide', null, state(post('visible'), claimed, 'admin')))).toBe(
      '403 moderation.cannot_act_on_staff',
    );
  });

  it("refuses while another moderator's claim is live, not once it expired", () => {
    const now = new Date('2026-01-01T12:00:00Z');
    const claimedAt = new Date(now.getTime() - CLAIM_TTL_MS + 1000);
    const live = item({ claimed_by_id: 'other', claimed_at: claimedAt, claimed_by_username: 'olga' });
    expect(problem(() => decidePostAction(moderator, 'hide', null, state(post('visible'), live), now))).toBe(
      '409 moderation.item_claimed',
    );
    const later = new Date(now.getTime() + 2000);
    expect(decidePostAction(moderator, 'hide', null, state(post('visible'), live), later).transition.status).toBe(
      'hidden',
    );
  });
});
