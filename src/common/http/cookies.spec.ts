import { readCookie, serializeCookie } from './cookies.js';

const options = { path: '/api/auth/oidc', httpOnly: true, secure: true, sameSite: 'Lax' as const, maxAge: 600 };

describe('serializeCookie', () => {
  it('writes the value URI-encoded, then Max-Age, Path, Expires, HttpOnly, Secure and SameSite', () => {
    expect(serializeCookie('tribune_oidc', 'a b/c', options, Date.UTC(2026, 0, 1))).toBe(
      'tribune_oidc=a%20b%2Fc; Max-Age=600; Path=/api/auth/oidc; Expires=Thu, 01 Jan 2026 00:10:00 GMT; ' +
        'HttpOnly; Secure; SameSite=Lax',
    );
  });

  it('deletes with Max-Age=0 and an Expires in 1970; Secure only when asked', () => {
    expect(serializeCookie('tribune_oidc', '', { ...options, secure: false, maxAge: 0 })).toBe(
      'tribune_oidc=; Max-Age=0; Path=/api/auth/oidc; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax',
    );
  });
});

describe('readCookie', () => {
  it('finds the named cookie among others and decodes it', () => {
    expect(readCookie({ cookie: 'a=1; tribune_oidc=x%3Dy=z; b=2' }, 'tribune_oidc')).toBe('x=y=z');
  });

  it('is undefined when the cookie is absent, only a prefix matches, or its escape is malformed', () => {
    expect(readCookie({}, 'tribune_oidc')).toBeUndefined();
    expect(readCookie({ cookie: 'tribune_oidc_old=1' }, 'tribune_oidc')).toBeUndefined();
    expect(readCookie({ cookie: 'tribune_oidc=%E0%A4%A' }, 'tribune_oidc')).toBeUndefined();
  });
});
