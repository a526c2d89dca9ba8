import { VerifiedTokens } from './verified-tokens.js';

describe('VerifiedTokens', () => {
  it('returns the claims of a stored token until it expires, then forgets it', () => {
    const tokens = new VerifiedTokens<{ exp: number; sub: string }>(10);
    tokens.add('a.b.c', { exp: 1000, sub: 'u1' });
    expect(tokens.get('a.b.c', 999)).toEqual({ exp: 1000, sub: 'u1' });
    expect(tokens.get('a.b.c', 1000)).toBeUndefined();
    expect(tokens.size).toBe(0);
    expect(tokens.get('a.b.c', 10)).toBeUndefined();
  });

  it('knows nothing of a token it was not given', () => {
    const tokens = new VerifiedTokens<{ exp: number }>(10);
    tokens.add('a.b.c', { exp: 1000 });
    expect(tokens.get('a.b.d', 10)).toBeUndefined();
  });

  it('refuses a token before its not-before time, as jsonwebtoken does', () => {
    const tokens = new VerifiedTokens<{ exp: number; nbf: number }>(10);
    tokens.add('a.b.c', { exp: 1000, nbf: 500 });
    expect(tokens.get('a.b.c', 499)).toBeUndefined();
    tokens.add('a.b.c', { exp: 1000, nbf: 500 });
    expect(tokens.get('a.b.c', 500)).toBeDefined();
  });

  it('never returns claims without a numeric expiry', () => {
    const tokens = new VerifiedTokens<{ exp?: unknown }>(10);
    tokens.add('a.b.c', {});
    tokens.add('d.e.f', { exp: '2000' });
    expect(tokens.get('a.b.c', 10)).toBeUndefined();
    expect(tokens.get('d.e.f', 10)).toBeUndefined();
  });

  it('holds at most its capacity, dropping the oldest first', () => {
    const tokens = new VerifiedTokens<{ exp: number }>(2);
    tokens.add('t1', { exp: 1000 });
    tokens.add('t2', { exp: 1000 });
    tokens.add('t3', { exp: 1000 });
    expect(tokens.size).toBe(2);
    expect(tokens.get('t1', 10)).toBeUndefined();
    expect(tokens.get('t2', 10)).toBeDefined();
    expect(tokens.get('t3', 10)).toBeDefined();
  });
});
