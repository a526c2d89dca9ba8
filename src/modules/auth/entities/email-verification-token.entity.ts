import { Entity } from 'typeorm';
import { OneTimeToken } from './one-time-token.js';

/** Single-use e-mail verification tokens (mailed at registration, 48 h), stored hashed. */
@Entity('email_verification_tokens')
export class EmailVerificationToken extends OneTimeToken {}
