import { Entity } from 'typeorm';
import { OneTimeToken } from './one-time-token.js';

/** Single-use, one-hour password reset tokens, stored hashed. */
@Entity('password_reset_tokens')
export class PasswordResetToken extends OneTimeToken {}
