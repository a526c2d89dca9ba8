import { signUnsubscribeToken, unsubscribeKey, verifyUnsubscribeToken } from './unsubscribe-token.js';

const key = unsubscribeKey('a-test-secret-of-at-least-thirty-two-characters');
const claim = { userId: '0b0e6f3e-4c1a-4d5e-9f00-000000000001', kind: 'reply' as const, issuedAt: 1_800_000_000 };

describe('unsubscribe tokens', () => {
  it('verifies what it signed', () => {
    expect(verifyUnsubscribeToken(key, signUnsubscribeToken(key, claim), claim.issuedAt + 10)).toEqual(claim);
  });

  it('refuses a token signed with another key, a changed kind or user, an expired one, garbage', () => {
    const token = signUnsubscribeToken(key, claim);
    const other = signUnsubscribeToken(unsubscribeKey('another-secret-of-at-least-thirty-two-chars'), claim);
    const cases = [
      other,
      token.replace('.reply.', '.mention.'),
      token.replace('000000000001', '000000000002'),
      'nonsense',
      `${token}x`,
      '',
    ];
    expect(cases.map((candidate) => verifyUnsubscribeToken(key, candidate, claim.issuedAt + 10))).toEqual(
      cases.map(() => null),
    );
    expect(verifyUnsubscribeToken(key, token, claim.issuedAt + 181 * 86_400)).toBeNull();
    expect(
      verifyUnsubscribeToken(key, signUnsubscribeToken(key, { ...claim, kind: 'toString' as never }), claim.issuedAt),
    ).toBeNull();
  });
});
