import { hash, verify } from '@node-rs/argon2';

/** argon2id (the library's default algorithm) with OWASP's recommended minimums. */
const ARGON2_OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

/** Refused outright: the commonest passwords of at least 10 characters. */
const COMMON_PASSWORDS = new Set([
  '1234567890',
  '0123456789',
  '12345678910',
  '123456789a',
  'qwertyuiop',
  'azertyuiop',
  'password12',
  'password123',
  'password1234',
  'motdepasse',
  'motdepasse1',
  'motdepasse123',
  'iloveyou12',
  '1q2w3e4r5t',
  'qwerty1234',
  'azerty1234',
  'abcdefghij',
  'abc1234567',
  '0987654321',
  '1111111111',
  '0000000000',
  'aaaaaaaaaa',
  'letmein123',
  'welcome123',
  'football10',
  'sunshine12',
  'princess12',
  'baseball12',
  'trustno1234',
  'passw0rd12',
  'administrator',
  'changeme123',
  'soleil1234',
  'bonjour123',
  'doudou1234',
  'chouchou12',
  'marseille13',
  'qwertyuiop1',
  'zaq12wsxcde',
  '1qaz2wsx3edc',
  'password!',
  'tribune123',
]);

export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.toLowerCase());
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * A real hash of a random string, verified against when the login name is
 * unknown, so that "no such user" costs as much time as "wrong password".
 */
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(`dummy-${Math.random()}`);
  return dummyHash;
}
