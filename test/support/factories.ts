import { randomBytes } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import type { AccountStatus, Role } from '../../src/common/auth/decorators.js';
import { hashPassword } from '../../src/platform/passwords/passwords.js';
import type { TestApp } from './app.js';

export const DEFAULT_PASSWORD = 'correct-horse-battery-staple';
let defaultHash: Promise<string> | null = null;

export interface TestUser {
  id: string;
  username: string;
  email: string;
  password: string;
  role: Role;
  token: string;
  /** `{ Authorization: 'Bearer …' }` for supertest's .set(). */
  auth: { Authorization: string };
}

export interface NewUserOptions {
  role?: Role;
  status?: AccountStatus;
  suspendedUntil?: Date;
  username?: string;
  createdAt?: Date;
}

/**
 * Inserts a user directly (argon2 once per process, not per user) and mints an
 * access token the way the app does, so a test starts from "a signed-in editor"
 * in one line.
 */
export async function newUser(t: TestApp, options: NewUserOptions = {}): Promise<TestUser> {
  defaultHash ??= hashPassword(DEFAULT_PASSWORD);
  const username = options.username ?? `u_${randomBytes(5).toString('hex')}`;
  const email = `${username.toLowerCase()}@example.test`;
  const role = options.role ?? 'reader';
  const status = options.status ?? 'active';
  const suspendedUntil = options.suspendedUntil ?? (status === 'suspended' ? new Date(Date.now() + 86_400_000) : null);
  const [row]: Array<{ id: string }> = await t.db.query(
    `INSERT INTO users (username, email, display_name, role, status, suspended_until, sanction_reason, password_hash, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, coalesce($9, now())) RETURNING id`,
    [
      username,
      email,
      username,
      role,
      status,
      suspendedUntil,
      status === 'active' ? null : 'test sanction',
      await defaultHash,
      options.createdAt ?? null,
    ],
  );
  const token = await t.app.get(JwtService).signAsync({ sub: row.id, typ: 'access' });
  return {
    id: row.id,
    username,
    email,
    password: DEFAULT_PASSWORD,
    role,
    token,
    auth: { Authorization: `Bearer ${token}` },
  };
}

/** The cast of the permission matrix. */
export interface Cast {
  reader: TestUser;
  otherReader: TestUser;
  editor: TestUser;
  moderator: TestUser;
  admin: TestUser;
  suspended: TestUser;
  banned: TestUser;
}

export async function newCast(t: TestApp): Promise<Cast> {
  const [reader, otherReader, editor, moderator, admin, suspended, banned] = await Promise.all([
    newUser(t),
    newUser(t),
    newUser(t, { role: 'editor' }),
    newUser(t, { role: 'moderator' }),
    newUser(t, { role: 'admin' }),
    newUser(t, { status: 'suspended' }),
    newUser(t, { status: 'banned' }),
  ]);
  return { reader, otherReader, editor, moderator, admin, suspended, banned };
}
