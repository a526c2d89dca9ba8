import {
  appealDeadline,
  appealEligibility,
  canDecideAppeal,
  decisionGround,
  decisionSource,
  HOUSE_RULES_GROUND,
} from './dsa.policy.js';

describe('DSA policy', () => {
  const decidedAt = new Date('2026-01-31T10:00:00Z');

  it('gives six calendar months to appeal, to the second', () => {
    expect(appealDeadline(decidedAt).toISOString()).toBe('2026-07-31T10:00:00.000Z');
    const decision = { authorId: 'author', createdAt: decidedAt };
    expect(appealEligibility('author', decision, new Date('2026-07-31T10:00:00Z'))).toBe('allowed');
    expect(appealEligibility('author', decision, new Date('2026-07-31T10:00:01Z'))).toBe('too_late');
  });

  it('hides a decision from anyone but its subject', () => {
    expect(appealEligibility('someone', { authorId: 'author', createdAt: decidedAt }, decidedAt)).toBe('not_found');
    expect(appealEligibility('someone', { authorId: null, createdAt: decidedAt }, decidedAt)).toBe('not_found');
  });

  it('lets anyone but the deciding moderator decide the appeal', () => {
    expect(canDecideAppeal({ id: 'mod-a' }, { decidedById: 'mod-a' })).toBe(false);
    expect(canDecideAppeal({ id: 'mod-b' }, { decidedById: 'mod-a' })).toBe(true);
    expect(canDecideAppeal({ id: 'mod-a' }, { decidedById: null })).toBe(true);
  });

  it('names the source of each decision', () => {
    const cases: Array<[Parameters<typeof decisionSource>, string]> = [
      [[null, false], 'moderator'],
      [[null, true], 'automated'],
      [[{ kind: 'flagged', reasons: { autoHidden: true } }, true], 'automated'],
      [[{ kind: 'pending', reasons: { watchedWords: ['x'] } }, true], 'watched_word'],
      [[{ kind: 'dsa_notice', reasons: { dsaNotices: 1 } }, false], 'notice'],
      [[{ kind: 'flagged', reasons: { dsaNotices: 2 } }, false], 'notice'],
      [[{ kind: 'flagged', reasons: { watchedWords: ['x'] } }, false], 'watched_word'],
      [[{ kind: 'pending', reasons: { newAccount: true } }, false], 'premoderation'],
      [[{ kind: 'flagged', reasons: { flags: { spam: 1 } } }, false], 'flag'],
      [[{ kind: 'appeal', reasons: {} }, false], 'moderator'],
      [
        [{ kind: 'pending', reasons: { score: { total: 1, threshold: 1, signals: [], automated: true } } }, false],
        'automated',
      ],
    ];
    for (const [args, expected] of cases) expect(decisionSource(...args)).toBe(expected);
    expect(cases).toHaveLength(11);
  });

  it('cites the notices’ legal grounds, once each, or the house rules', () => {
    expect(decisionGround([])).toBe(HOUSE_RULES_GROUND);
    expect(decisionGround([' diffamation ', 'diffamation', 'injure'])).toBe('diffamation ; injure');
  });
});
